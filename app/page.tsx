import { FolderOpen } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/components/role-labels";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listUserProjects } from "@/lib/projects/list-user-projects";

export const metadata: Metadata = { title: "Your projects" };

export default async function HomePage() {
  const { user, db } = await requireUserPage();
  const projects = listUserProjects(db, user.id);
  return (
    <AppShell user={user}>
      <PageHeader
        title="Your projects"
        description={`Signed in as ${user.name}.`}
        actions={
          user.isAdmin ? (
            <Link href="/admin" className={buttonClasses("secondary")}>
              Administration
            </Link>
          ) : null
        }
      />
      {projects.length === 0 ? (
        <EmptyState
          icon={<FolderOpen className="size-8" />}
          title="You are not in any project yet"
          description={
            user.isAdmin
              ? "Create a project on the administration page, then add members."
              : "Ask a project owner to add you, using the email you sign in with."
          }
          action={
            user.isAdmin ? (
              <Link href="/admin" className={buttonClasses("primary")}>
                Go to administration
              </Link>
            ) : null
          }
        />
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2" aria-label="Projects">
          {projects.map((project) => (
            <li key={project.slug}>
              <Link
                href={project.href}
                className="block h-full rounded-lg border border-gray-200 bg-white p-5 no-underline shadow-xs transition-colors hover:border-accent-600 hover:no-underline"
              >
                <span className="flex items-start justify-between gap-3">
                  <span className="text-base font-semibold text-gray-900">{project.name}</span>
                  <Badge tone="accent" title={ROLE_DESCRIPTIONS[project.role]}>
                    {ROLE_LABELS[project.role]}
                  </Badge>
                </span>
                {project.description ? (
                  <span className="mt-1 block text-sm text-gray-700">{project.description}</span>
                ) : null}
                <span className="mt-3 block text-sm text-gray-600">
                  {project.documents} {project.documents === 1 ? "document" : "documents"} · /{project.slug}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </AppShell>
  );
}
