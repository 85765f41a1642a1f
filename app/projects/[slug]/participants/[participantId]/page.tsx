import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireProjectPage } from "@/app/_server/page";
import { projectPageTitle } from "@/app/_server/page-title";
import { AppShell } from "@/components/app-shell";
import { CodedUnit, PersonAttributes } from "@/components/retrieval/coded-unit";
import { unitHref } from "@/components/search/unit-href";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AppError } from "@/lib/errors";
import { getParticipant, type ParticipantView } from "@/lib/participants/get-participant";

type Params = Promise<{ slug: string; participantId: string }>;

const idOf = (raw: string): number | null => (/^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, participantId } = await params;
  const id = idOf(participantId);
  return projectPageTitle(slug, "read_text", "Participants", ({ db, project }) =>
    id === null ? null : getParticipant(db, project.id, id).name,
  );
}

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/** One participant: their attributes and every turn they speak, focus group by focus group, with codings. */
export default async function ParticipantPage({ params }: { params: Params }) {
  const { slug, participantId } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_text");
  const id = idOf(participantId);
  if (id === null) notFound();
  let view: ParticipantView;
  try {
    view = getParticipant(db, project.id, id, { userId: user.id, role });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "participants" }}>
      <PageHeader
        eyebrow={<Link href={`/projects/${slug}/participants`}>Participants</Link>}
        title={view.name}
        description={`${view.turnCount} ${view.turnCount === 1 ? "turn" : "turns"} in ${view.documents.length} ${view.documents.length === 1 ? "transcript" : "transcripts"}.`}
      />
      <PersonAttributes attributes={view.attributes} />
      {view.documents.length === 0 ? (
        <EmptyState title="No turns" description="This participant speaks in no transcript." />
      ) : (
        view.documents.map((document) => (
          <section key={document.documentId} aria-labelledby={`transcript-${document.documentId}`} className="mb-6">
            <h2
              id={`transcript-${document.documentId}`}
              className="mb-2 flex flex-wrap items-center gap-2 text-lg font-semibold text-gray-900"
            >
              <Link href={`/projects/${slug}/documents/${document.documentId}`}>{document.title}</Link>
              {document.wave ? <Badge>Wave {document.wave}</Badge> : null}
            </h2>
            <ol className="space-y-3" aria-label={`Turns in ${document.title}`}>
              {document.turns.map((turn) => (
                <li
                  key={turn.turnId}
                  className="space-y-2 rounded-lg border border-gray-200 bg-white p-4"
                  data-testid="participant-turn"
                >
                  <p className="text-sm text-gray-700">
                    <Link
                      href={unitHref(slug, {
                        kind: "turn",
                        documentId: document.documentId,
                        unitId: turn.turnId,
                        offset: turn.start,
                      })}
                    >
                      Turn {turn.position + 1}
                      {turn.startMs !== null ? ` at ${clock(turn.startMs)}` : ""}
                    </Link>
                  </p>
                  <CodedUnit
                    text={turn.text}
                    start={turn.start}
                    codings={turn.codings}
                    label={`Codes on turn ${turn.position + 1}`}
                  />
                </li>
              ))}
            </ol>
          </section>
        ))
      )}
    </AppShell>
  );
}
