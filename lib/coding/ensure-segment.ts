import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { segments } from "../../db/schema";

/**
 * The segment covering exactly [start, end) of a document, inserted with its covered text if there
 * is none yet. Callers have already checked the range against the document and sliced `text`.
 */
export function ensureSegment(
  db: Db,
  input: { projectId: number; documentId: number; start: number; end: number; text: string },
): { id: number; text: string } {
  const existing = db
    .select({ id: segments.id, text: segments.text })
    .from(segments)
    .where(
      and(
        eq(segments.documentId, input.documentId),
        eq(segments.startOffset, input.start),
        eq(segments.endOffset, input.end),
      ),
    )
    .get();
  if (existing) return existing;
  return db
    .insert(segments)
    .values({
      projectId: input.projectId,
      documentId: input.documentId,
      startOffset: input.start,
      endOffset: input.end,
      text: input.text,
    })
    .returning({ id: segments.id, text: segments.text })
    .get();
}
