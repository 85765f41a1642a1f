import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listMembers } from "@/lib/projects/members";
import { getProjectSettings } from "@/lib/projects/settings";
import { AddMemberForm } from "./add-member-form";
import { MembersTable } from "./members-table";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Members and settings" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "manage_project");
  const members = listMembers(db, project.id);
  const settings = getProjectSettings(db, project.id);
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "members" }}>
      <PageHeader
        title="Members and settings"
        description="Who can work on this project, and how its findings are protected."
      />

      <section aria-labelledby="members-title">
        <h2 id="members-title" className="mb-3 text-lg font-semibold text-gray-900">
          Members <span className="font-normal text-gray-600">({members.length})</span>
        </h2>
        <MembersTable projectSlug={slug} members={members} currentUserId={user.id} />
      </section>

      <div className="mt-8 grid items-start gap-6 xl:grid-cols-2">
        <Card aria-labelledby="add-member-title">
          <CardTitle id="add-member-title">Add a member</CardTitle>
          <CardDescription>The person needs an account first; a site admin creates accounts.</CardDescription>
          <div className="mt-4">
            <AddMemberForm projectSlug={slug} />
          </div>
        </Card>
        <Card aria-labelledby="settings-title">
          <CardTitle id="settings-title">Project settings</CardTitle>
          <CardDescription>Disclosure control for counts and quotes in this project.</CardDescription>
          <div className="mt-4">
            <SettingsForm projectSlug={slug} settings={settings} />
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
