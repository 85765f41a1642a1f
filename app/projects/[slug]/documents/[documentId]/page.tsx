import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireProjectPage } from "@/app/_server/page";
import { documentPageTitle } from "@/app/_server/page-title";
import { AppShell } from "@/components/app-shell";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { type DocumentHeader, getDocumentHeader } from "@/lib/documents/get-document";
import { AppError } from "@/lib/errors";
import { TranscriptCoding } from "./transcript-coding";

type Params = Promise<{ slug: string; documentId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return documentPageTitle(params);
}

export default async function DocumentPage({ params }: { params: Params }) {
  const { slug, documentId: rawId } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const documentId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : Number.NaN;
  if (!Number.isInteger(documentId) || documentId <= 0) notFound();
  let header: DocumentHeader;
  try {
    header = getDocumentHeader(db, project.id, documentId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }

  // A question's answers are read and coded in the answer grid.
  if (header.kind === "question") redirect(`/projects/${slug}/questions/${documentId}`);

  const facts = (
    [
      ["kind", header.kind === "transcript" ? "Transcript" : "Survey question"],
      ["wave", header.wave ? `Wave ${header.wave}` : null],
      ["group", header.groupType],
      ["held", header.heldOn ? `Held on ${header.heldOn}` : null],
      ["source", header.sourceFilename ? `From ${header.sourceFilename}` : null],
    ] as [string, string | null][]
  ).filter((fact): fact is [string, string] => Boolean(fact[1]));

  return (
    <AppShell
      user={user}
      project={{ slug, name: project.name, role, current: "documents" }}
      skipTo={header.kind === "transcript" ? { target: ".coding-editor", label: "Skip to the transcript" } : undefined}
    >
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`/projects/${slug}/documents`}>Documents</Link>
        <span aria-hidden="true" className="mx-1.5 text-gray-500">
          /
        </span>
        <span className="text-gray-700">{header.kind === "transcript" ? "Transcript" : "Survey question"}</span>
      </nav>
      <PageHeader
        title={<span className="break-words">{header.title}</span>}
        description={
          <span className="flex flex-wrap gap-1.5">
            {facts.map(([key, fact]) => (
              <Badge key={key} tone={key === "kind" ? "accent" : "neutral"}>
                {fact}
              </Badge>
            ))}
          </span>
        }
      />
      {header.kind === "transcript" ? (
        <TranscriptCoding
          db={db}
          projectSlug={slug}
          projectId={project.id}
          documentId={documentId}
          role={role}
          user={user}
        />
      ) : null}
    </AppShell>
  );
}
