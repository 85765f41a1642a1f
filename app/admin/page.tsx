import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listProjects } from "@/lib/admin/list-projects";
import { listUsers } from "@/lib/admin/list-users";
import { CreateProjectForm } from "./create-project-form";
import { CreateUserForm } from "./create-user-form";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";

export const metadata: Metadata = { title: "Administration" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

export default async function AdminPage() {
  const { user, db } = await requireAdminPage();
  const users = listUsers(db);
  const projects = listProjects(db);
  return (
    <AppShell user={user}>
      <PageHeader
        title="Administration"
        description="Create accounts and projects, and add a project's first members; its owners manage them from then on."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="create-user-title">
          <CardTitle id="create-user-title">Create user</CardTitle>
          <CardDescription>
            The new user gets a one-time password and must change it when they first sign in.
          </CardDescription>
          <div className="mt-4">
            <CreateUserForm />
          </div>
        </Card>
        <Card aria-labelledby="create-project-title">
          <CardTitle id="create-project-title">Create project</CardTitle>
          <CardDescription>
            The owner can add members, import data and change the project&apos;s settings.
          </CardDescription>
          <div className="mt-4">
            <CreateProjectForm defaultOwnerEmail={user.email} />
          </div>
        </Card>
      </div>

      <section aria-labelledby="users-title" className="mt-10">
        <h2 id="users-title" className="mb-3 text-lg font-semibold text-gray-900">
          Users <span className="font-normal text-gray-600">({users.length})</span>
        </h2>
        <Table>
          <TableCaption>All user accounts</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Email</TableHead>
              <TableHead>Name</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="text-right">Projects</TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Sessions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((row) => (
              <TableRow key={row.id}>
                <TableHead scope="row">{row.email}</TableHead>
                <TableCell>{row.name}</TableCell>
                <TableCell>
                  <span className="flex flex-wrap gap-1.5">
                    {row.isAdmin ? <Badge tone="accent">Admin</Badge> : null}
                    {row.mustChangePassword ? <Badge tone="warning">One-time password</Badge> : <Badge>Active</Badge>}
                  </span>
                </TableCell>
                <TableCell className="text-right tabular-nums">{row.projects}</TableCell>
                <TableCell>{dateFormat.format(row.createdAt)}</TableCell>
                <TableCell>
                  <SignOutEverywhereButton userId={row.id} email={row.email} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <section aria-labelledby="projects-title" className="mt-10">
        <h2 id="projects-title" className="mb-3 text-lg font-semibold text-gray-900">
          Projects <span className="font-normal text-gray-600">({projects.length})</span>
        </h2>
        {projects.length === 0 ? (
          <p className="text-gray-700">No projects yet.</p>
        ) : (
          <Table>
            <TableCaption>All projects</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Slug</TableHead>
                <TableHead>Owners</TableHead>
                <TableHead className="text-right">Members</TableHead>
                <TableHead>Created</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {projects.map((project) => (
                <TableRow key={project.id}>
                  <TableHead scope="row">
                    <Link href={`/admin/projects/${project.slug}/members`}>{project.name}</Link>
                  </TableHead>
                  <TableCell className="font-mono text-xs">{project.slug}</TableCell>
                  <TableCell>
                    {project.owners.length ? project.owners.join(", ") : <Badge tone="warning">No owner</Badge>}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{project.members}</TableCell>
                  <TableCell>{dateFormat.format(project.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </AppShell>
  );
}
