import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents } from "../../db/schema";
import { ensureSegment } from "../coding/ensure-segment";
import { sliceRange } from "../coding/offsets";
import { AppError } from "../errors";

/**
 * The segment covering exactly [start, end) of a document (UTF-16 offsets, end exclusive), created
 * with its covered text if there is none yet.
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
  return ensureSegment(db, { ...input, documentId: document.id, text });
}
