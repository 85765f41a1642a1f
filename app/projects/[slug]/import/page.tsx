import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { PageHeader } from "@/components/ui/page-header";
import { findImport } from "@/lib/imports/import-jobs";
import { uploadLimit } from "@/lib/imports/read-capped-body";
import { listMetricKeys } from "@/lib/projects/list-metric-keys";
import { listWaves } from "@/lib/projects/list-waves";
import { ImportFlow } from "./import-flow";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ import?: string | string[] }>;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "import");
  const requested = Number((await searchParams).import);
  // Coming back to an upload (reload, the browser's back button, or the overview's link to a waiting preview).
  const resumed = Number.isInteger(requested) && requested > 0 ? findImport(db, project.id, requested) : undefined;
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "import" }}>
      <PageHeader
        title="Import data"
        description={`Transcripts (.txt, .docx, .vtt, .srt) become one document each. Survey exports (.csv, .xlsx) become respondents, and one document per free-text question. A REFI-QDA project (.qdpx, up to ${Math.round(uploadLimit("qdpx") / 1024 / 1024)} MB) from NVivo, MAXQDA, ATLAS.ti or QualCoder brings its documents, codes and codings.`}
      />
      <ImportFlow
        projectSlug={slug}
        waves={listWaves(db, project.id).map((wave) => wave.label)}
        metricKeys={listMetricKeys(db, project.id)}
        resume={resumed ? { importId: resumed.id, filename: resumed.filename } : null}
      />
    </AppShell>
  );
}
