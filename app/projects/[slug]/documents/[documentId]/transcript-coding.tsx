import type { PageDb } from "@/app/_server/page";
import { TranscriptCodingClient } from "@/components/coding/transcript-coding-client";
import { EmptyState } from "@/components/ui/empty-state";
import { roleAllows } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { listCodeKeys } from "@/lib/codebook/list-code-keys";
import { listCodebook } from "@/lib/codebook/list-codebook";
import { listRecentCodeIds } from "@/lib/codebook/recent-codes";
import { getTranscriptForCoding } from "@/lib/coding/get-transcript-for-coding";
import { listPackedDocumentCodings } from "@/lib/coding/list-packed-document-codings";
import { listDocumentMemos } from "@/lib/memos/list-memos";

/** A transcript in the coding view: its text, codings, codes and memos (the page has checked read_text). */
export function TranscriptCoding({
  db,
  projectSlug,
  projectId,
  documentId,
  role,
  user,
}: {
  db: PageDb;
  projectSlug: string;
  projectId: number;
  documentId: number;
  role: Role;
  user: { id: number; name: string };
}) {
  const transcript = getTranscriptForCoding(db, projectId, documentId);
  if (transcript.turns.length === 0) return <EmptyState title="This transcript has no turns" />;
  const canCode = roleAllows(role, "code");
  const codes = canCode
    ? listCodebook(db, projectId, { counts: false }).map((code) => ({
        id: code.id,
        name: code.name,
        colour: code.colour,
        path: code.path,
      }))
    : [];
  return (
    <TranscriptCodingClient
      key={documentId}
      projectSlug={projectSlug}
      documentId={documentId}
      text={transcript.text}
      turns={transcript.turns}
      participants={transcript.participants}
      codings={listPackedDocumentCodings(db, projectId, documentId, { userId: user.id, role })}
      codes={codes}
      recentCodeIds={canCode ? listRecentCodeIds(db, projectId, user.id) : []}
      codeKeys={canCode ? listCodeKeys(db, projectId, user.id) : []}
      memos={listDocumentMemos(db, projectId, documentId)}
      currentUser={{ id: user.id, name: user.name }}
      canCode={canCode}
      canPropose={roleAllows(role, "propose_quote")}
    />
  );
}
