import { FileText } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { firstParam, positiveIntParam } from "@/components/search-param";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleAllows } from "@/lib/auth/permissions";
import { listDocuments } from "@/lib/documents/list-documents";
import { listWaves } from "@/lib/projects/list-waves";

export const metadata: Metadata = { title: "Documents" };

const number = new Intl.NumberFormat("en-GB");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const query = await searchParams;
  const kindParam = firstParam(query.kind);
  const kind = kindParam === "transcript" || kindParam === "question" ? kindParam : undefined;
  const waves = listWaves(db, project.id);
  const waveLabel = firstParam(query.wave);
  const wave = waves.find((w) => w.label === waveLabel);
  const importId = positiveIntParam(query.import);
  const documents = listDocuments(db, project.id, { kind, waveId: wave?.id, importId });
  const filtered = Boolean(kind || wave || importId);

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "documents" }}>
      <PageHeader
        title="Documents"
        description="Transcripts are made of turns; each survey question in a wave is a document made of answers."
        actions={
          roleAllows(role, "import") ? (
            <Link href={`/projects/${slug}/import`} className={buttonClasses("secondary")}>
              Import data
            </Link>
          ) : null
        }
      />

      <form method="get" className="mb-5 flex flex-wrap items-end gap-3" aria-label="Filter documents">
        <div className="space-y-1.5">
          <Label htmlFor="filter-kind">Kind</Label>
          <Select id="filter-kind" name="kind" defaultValue={kind ?? ""} wrapperClassName="w-44">
            <option value="">All kinds</option>
            <option value="transcript">Transcripts</option>
            <option value="question">Survey questions</option>
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="filter-wave">Wave</Label>
          <Select id="filter-wave" name="wave" defaultValue={wave?.label ?? ""} wrapperClassName="w-36">
            <option value="">All waves</option>
            {waves.map((w) => (
              <option key={w.id} value={w.label}>
                {w.label}
              </option>
            ))}
          </Select>
        </div>
        {importId ? <input type="hidden" name="import" value={importId} /> : null}
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {filtered ? (
          <Link href={`/projects/${slug}/documents`} className={buttonClasses("ghost")}>
            Clear filters
          </Link>
        ) : null}
      </form>
      {importId ? <p className="mb-4 text-sm text-gray-700">Showing the documents of import #{importId}.</p> : null}

      {documents.length === 0 ? (
        <EmptyState
          icon={<FileText className="size-8" />}
          title={filtered ? "No documents match these filters" : "No documents yet"}
          description={filtered ? "Try other filters." : "Imported transcripts and survey questions appear here."}
        />
      ) : (
        <Table>
          <TableCaption>
            {documents.length} {documents.length === 1 ? "document" : "documents"}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Title</TableHead>
              <TableHead>Kind</TableHead>
              <TableHead>Wave</TableHead>
              <TableHead>Group type</TableHead>
              <TableHead>Held on</TableHead>
              <TableHead className="text-right">Turns / answers</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {documents.map((document) => (
              <TableRow key={document.id}>
                <TableHead scope="row" className="max-w-md">
                  <Link
                    href={`/projects/${slug}/${document.kind === "question" ? "questions" : "documents"}/${document.id}`}
                    className="break-words"
                  >
                    {document.title}
                  </Link>
                </TableHead>
                <TableCell>
                  <Badge tone={document.kind === "transcript" ? "accent" : "neutral"}>
                    {document.kind === "transcript" ? "Transcript" : "Survey question"}
                  </Badge>
                </TableCell>
                <TableCell>{document.wave ?? "—"}</TableCell>
                <TableCell>{document.groupType ?? "—"}</TableCell>
                <TableCell className="whitespace-nowrap">{document.heldOn ?? "—"}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {number.format(document.units)} {document.kind === "transcript" ? "turns" : "answers"}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </AppShell>
  );
}
