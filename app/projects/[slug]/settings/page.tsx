import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { countingStatement } from "@/lib/adjudication/counted-codings";
import { listAgreementChoices } from "@/lib/agreement/agreement-selection";
import { roleAllows } from "@/lib/auth/permissions";
import { listDocuments } from "@/lib/documents/list-documents";
import { listImports } from "@/lib/imports/list-imports";
import { getComparison } from "@/lib/waves/comparison";
import { ComparisonForm } from "./comparison-form";
import { CountingForm } from "./counting-form";
import { DeleteImportButton } from "./delete-import-button";
import { RenameForm } from "./rename-form";

export const metadata: Metadata = { title: "Waves and imports" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function WavesAndImportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "import");
  const comparison = getComparison(db, project.id);
  const isOwner = roleAllows(role, "manage_project");
  const imported = listImports(db, project.id);
  const documents = listDocuments(db, project.id);
  const eligible = comparison.waves.filter((wave) => wave.eligible);
  const counting = countingStatement(db, project.id);

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "waves" }}>
      <PageHeader
        title="Waves and imports"
        description="Which waves every page compares, the waves and documents by name, and the imports that brought them in: any import can be deleted with all it created."
      />

      <Card aria-labelledby="comparison-title">
        <CardTitle id="comparison-title">Waves compared</CardTitle>
        <CardDescription>
          Every page that shows change — themes, theme pages, themes and metrics, metrics, the report and its exports —
          compares <strong data-testid="project-comparison">{comparison.label ?? "no pair of waves yet"}</strong>
          {comparison.source === "project"
            ? ", as the owner chose."
            : `: by default the two waves with the most respondents, never one with fewer than ${comparison.threshold}.`}{" "}
          Anyone can look at another pair on a page without changing this.
        </CardDescription>
        {comparison.notice ? <p className="mt-2 text-sm text-amber-800">{comparison.notice}</p> : null}
        <div className="mt-4">
          {isOwner ? (
            <ComparisonForm
              projectSlug={slug}
              waves={eligible.map((wave) => ({ id: wave.id, label: wave.label, respondents: wave.respondents }))}
              baselineId={comparison.baseline?.id ?? null}
              currentId={comparison.current?.id ?? null}
              chosen={comparison.source === "project"}
            />
          ) : (
            <p className="text-sm text-gray-700">Only the project's owner can change the pair.</p>
          )}
        </div>
      </Card>

      <Card aria-labelledby="counting-title" className="mt-6">
        <CardTitle id="counting-title">Codings counted</CardTitle>
        <CardDescription>
          Every theme summary, prevalence figure, joint display, retrieval, report and export counts the same codings:{" "}
          <strong data-testid="project-counting">{counting.text}</strong>
        </CardDescription>
        <div className="mt-4">
          {isOwner ? (
            <CountingForm
              projectSlug={slug}
              mode={counting.mode}
              coderId={counting.coderId}
              coders={listAgreementChoices(db, project.id).coders}
            />
          ) : (
            <p className="text-sm text-gray-700">Only the project's owner can change which codings are counted.</p>
          )}
        </div>
      </Card>

      <section aria-labelledby="waves-title" className="mt-10">
        <h2 id="waves-title" className="mb-3 text-lg font-semibold text-gray-900">
          Waves
        </h2>
        <Table>
          <TableCaption>
            Every wave with its respondents; waves with fewer than {comparison.threshold} are listed but never compared
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Wave</TableHead>
              <TableHead className="text-right">Respondents</TableHead>
              <TableHead>Compared?</TableHead>
              <TableHead>Rename</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {comparison.waves.map((wave) => (
              <TableRow key={wave.id} data-testid={`wave-row-${wave.label}`}>
                <TableHead scope="row">{wave.label}</TableHead>
                <TableCell className="text-right tabular-nums">{wave.respondents.toLocaleString("en-GB")}</TableCell>
                <TableCell>
                  {wave.id === comparison.baseline?.id ? (
                    <Badge>baseline</Badge>
                  ) : wave.id === comparison.current?.id ? (
                    <Badge>current</Badge>
                  ) : wave.eligible ? (
                    "can be"
                  ) : (
                    `no: fewer than ${comparison.threshold} respondents`
                  )}
                </TableCell>
                <TableCell>
                  <RenameForm
                    projectSlug={slug}
                    kind="wave"
                    id={wave.id}
                    name={wave.label}
                    label={`New label for wave ${wave.label}`}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>

      <section aria-labelledby="imports-title" className="mt-10">
        <h2 id="imports-title" className="mb-3 text-lg font-semibold text-gray-900">
          Imports
        </h2>
        {imported.length === 0 ? (
          <EmptyState
            title="No finished import"
            description="Files imported through the import page are listed here; the demo's own data was seeded without one."
          />
        ) : (
          <Table>
            <TableCaption>Finished imports, newest first, with what each brought in</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>File</TableHead>
                <TableHead>Imported</TableHead>
                <TableHead className="text-right">Documents</TableHead>
                <TableHead className="text-right">Respondents</TableHead>
                <TableHead>
                  <span className="sr-only">Delete</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {imported.map((job) => (
                <TableRow key={job.id} data-testid={`import-row-${job.id}`}>
                  <TableHead scope="row">{job.filename}</TableHead>
                  <TableCell>
                    {dateFormat.format(job.createdAt)}
                    {job.by ? ` by ${job.by}` : ""}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{job.documents}</TableCell>
                  <TableCell className="text-right tabular-nums">{job.respondents.toLocaleString("en-GB")}</TableCell>
                  <TableCell className="text-right">
                    <DeleteImportButton
                      projectSlug={slug}
                      importId={job.id}
                      filename={job.filename}
                      isOwner={isOwner}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section aria-labelledby="documents-title" className="mt-10">
        <h2 id="documents-title" className="mb-3 text-lg font-semibold text-gray-900">
          Documents
        </h2>
        <Table>
          <TableCaption>Every document with its wave; renaming changes the title only, never the text</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Document</TableHead>
              <TableHead>Kind</TableHead>
              <TableHead>Wave</TableHead>
              <TableHead>Rename</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {documents.map((document) => (
              <TableRow key={document.id}>
                <TableHead scope="row">
                  <Link
                    href={`/projects/${slug}/${document.kind === "transcript" ? "documents" : "questions"}/${document.id}`}
                  >
                    {document.title}
                  </Link>
                </TableHead>
                <TableCell>{document.kind === "transcript" ? "transcript" : "question"}</TableCell>
                <TableCell>{document.wave ?? "–"}</TableCell>
                <TableCell>
                  <RenameForm
                    projectSlug={slug}
                    kind="document"
                    id={document.id}
                    name={document.title}
                    label={`New title for ${document.title}`}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </AppShell>
  );
}
