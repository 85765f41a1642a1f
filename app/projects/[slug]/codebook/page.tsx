import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { CodebookEditor } from "@/components/codebook/codebook-editor";
import { PageHeader } from "@/components/ui/page-header";
import { roleAllows } from "@/lib/auth/permissions";
import { listCodeKeys } from "@/lib/codebook/list-code-keys";
import { listCodebook } from "@/lib/codebook/list-codebook";
import { listProjectCodeMemos } from "@/lib/memos/list-memos";
import { listMetricLabels } from "@/lib/metrics/list-metric-labels";

export const metadata: Metadata = { title: "Codebook" };

export default async function CodebookPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const canEdit = roleAllows(role, "code");
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "codebook" }}>
      <PageHeader
        title="Codebook"
        description="The project's codes (themes and sub-themes), with how often each has been applied and in how many documents."
      />
      <CodebookEditor
        projectSlug={slug}
        codes={listCodebook(db, project.id, { includeArchived: true, viewer: { userId: user.id, role } })}
        memos={listProjectCodeMemos(db, project.id)}
        metricLabels={listMetricLabels(db, project.id)}
        canEdit={canEdit}
        codeKeys={canEdit ? listCodeKeys(db, project.id, user.id) : []}
        currentUser={{ id: user.id, name: user.name }}
      />
    </AppShell>
  );
}
