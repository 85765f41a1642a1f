import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/ui/page-header";
import { listMetricKeys } from "@/lib/projects/list-metric-keys";
import { listWaves } from "@/lib/projects/list-waves";
import { ImportFlow } from "./import-flow";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "import");
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "import" }}>
      <PageHeader
        title="Import data"
        description="Transcripts (.txt, .docx, .vtt, .srt) become one document each. Survey exports (.csv, .xlsx) become respondents, and one document per free-text question."
      />
      <ImportFlow
        projectSlug={slug}
        waves={listWaves(db, project.id).map((wave) => wave.label)}
        metricKeys={listMetricKeys(db, project.id)}
      />
    </AppShell>
  );
}
