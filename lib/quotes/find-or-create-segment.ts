import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents, segments } from "../../db/schema";
import { sliceRange } from "../coding/offsets";
import { AppError } from "../errors";

/**
 * The segment covering exactly [start, end) of a document (UTF-16 offsets, end exclusive), created
 * with its covered text if there is none yet. Same rules as `createCodings` in lib/codings.
 */
export function findOrCreateSegment(
  db: Db,
  input: { projectId: number; documentId: number; start: number; end: number },
): { id: number; text: string } {
  const document = db
    .select({ id: documents.id, text: documents.text })
    .from(documents)
    .where(and(eq(documents.id, input.documentId), eq(documents.projectId, input.projectId)))
    .get();
  if (!document) throw new AppError("not_found", "Document not found.");
  const text = sliceRange(document.text, input.start, input.end);
  if (!text.trim()) throw new AppError("invalid_input", "Select some text to quote (the selection is only spaces).");
  const existing = db
    .select({ id: segments.id, text: segments.text })
    .from(segments)
    .where(
      and(
        eq(segments.documentId, document.id),
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
      documentId: document.id,
      startOffset: input.start,
      endOffset: input.end,
      text,
    })
    .returning({ id: segments.id, text: segments.text })
    .get();
}
