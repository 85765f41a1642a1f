import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codings, segments } from "../../db/schema";

export interface CodeSpan {
  codingId: number;
  coderId: number;
  documentId: number;
  start: number;
  end: number;
}

/** The segments the given coders applied one code to, in some documents: what a queue or a decision compares. */
export function codeSpans(
  db: Db,
  input: { projectId: number; codeId: number; coderIds: number[]; documentIds: number[] },
): CodeSpan[] {
  if (input.coderIds.length === 0 || input.documentIds.length === 0) return [];
  return db
    .select({
      codingId: codings.id,
      coderId: codings.coderId,
      documentId: segments.documentId,
      start: segments.startOffset,
      end: segments.endOffset,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .where(
      and(
        eq(codings.projectId, input.projectId),
        eq(codings.codeId, input.codeId),
        inArray(codings.coderId, input.coderIds),
        inArray(segments.documentId, input.documentIds),
      ),
    )
    .all();
}
