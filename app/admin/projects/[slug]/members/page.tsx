import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminPage } from "@/app/_server/page";
import { adminAddMemberAction } from "@/app/admin/actions";
import { AddMemberForm } from "@/app/projects/[slug]/members/add-member-form";
import { AppShell } from "@/components/app-shell";
import { ROLE_LABELS } from "@/components/role-labels";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getProjectForAdmin } from "@/lib/admin/get-project-for-admin";
import { AppError } from "@/lib/errors";

export const metadata: Metadata = { title: "Project members · Administration" };

/** A site admin's view of any project's members, where they add the first ones (an owner among them). */
export default async function AdminProjectMembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, db } = await requireAdminPage();
  let project: ReturnType<typeof getProjectForAdmin>;
  try {
    project = getProjectForAdmin(db, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const hasOwner = project.members.some((member) => member.role === "owner");
  return (
    <AppShell user={user}>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/admin">Administration</Link>
      </nav>
      <PageHeader
        title={`Members of ${project.name}`}
        description="As a site admin you can add members to any project. Its owners manage roles from then on."
      />
      <section aria-labelledby="admin-members-title" className="mb-8">
        <h2 id="admin-members-title" className="mb-3 text-lg font-semibold text-gray-900">
          Members <span className="font-normal text-gray-600">({project.members.length})</span>
        </h2>
        {project.members.length === 0 ? (
          <p className="text-gray-700">No members yet: add an owner first.</p>
        ) : (
          <Table>
            <TableCaption>Members of {project.name}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Email</TableHead>
                <TableHead>Name</TableHead>
                <TableHead>Role</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {project.members.map((member) => (
                <TableRow key={member.userId}>
                  <TableHead scope="row">{member.email}</TableHead>
                  <TableCell>{member.name}</TableCell>
                  <TableCell>{ROLE_LABELS[member.role]}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <Card aria-labelledby="admin-add-member-title" className="max-w-xl">
        <CardTitle id="admin-add-member-title">Add a member</CardTitle>
        <CardDescription>
          {hasOwner ? (
            "The person needs an account first."
          ) : (
            <>
              <Badge tone="warning">No owner</Badge> Add an owner, who then manages the project&apos;s members.
            </>
          )}
        </CardDescription>
        <div className="mt-4">
          <AddMemberForm projectSlug={project.slug} action={adminAddMemberAction} />
        </div>
      </Card>
    </AppShell>
  );
}
