import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { roleAllows } from "@/lib/auth/permissions";
import { uploadLimit } from "@/lib/imports/read-capped-body";
import { ExchangeImportForm } from "./exchange-import-form";

export const metadata: Metadata = { title: "Exchange with other tools" };

export default async function ExchangePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user } = await requireProjectPage(slug, "read_text");
  const canExportProject = roleAllows(role, "export_raw");
  const canImport = roleAllows(role, "import");
  const base = `/api/projects/${encodeURIComponent(slug)}/exchange`;
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "exchange" }}>
      <PageHeader
        title="Exchange with other tools"
        description="Move work to and from NVivo, MAXQDA, ATLAS.ti and QualCoder with REFI-QDA files: a whole project (.qdpx) or a codebook (.qdc)."
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card aria-labelledby="exchange-download">
          <CardTitle id="exchange-download">Download</CardTitle>
          <CardDescription>
            The project file holds every document's text with its speaker labels, the codebook, every coding with its
            coder, participants and respondents with their attributes, and memos.
          </CardDescription>
          <div className="mt-4 flex flex-wrap gap-2">
            {canExportProject ? (
              <a className={buttonClasses("primary")} href={`${base}/qdpx`} download>
                Download project (.qdpx)
              </a>
            ) : null}
            <a className={buttonClasses("secondary")} href={`${base}/qdc`} download>
              Download codebook (.qdc)
            </a>
          </div>
          {canExportProject ? null : (
            <p className="mt-3 text-sm text-gray-600">
              Only owners and researchers can download the project file, because it holds the coded text.
            </p>
          )}
        </Card>
        {canImport ? (
          <Card aria-labelledby="exchange-import">
            <CardTitle id="exchange-import">Import</CardTitle>
            <CardDescription>
              A project file adds its documents, codes, codings, coders, cases and memos to this project; a codebook
              adds the codes this project does not have yet. Coders from the other tool cannot sign in.
            </CardDescription>
            <ExchangeImportForm projectSlug={slug} qdpxLimitBytes={uploadLimit("qdpx")} />
          </Card>
        ) : null}
      </div>
    </AppShell>
  );
}
