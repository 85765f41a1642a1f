import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, documents } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { ensureSegment } from "./ensure-segment";
import { liveHub } from "./live/live-hub";
import { validateRange } from "./offsets";

export interface CodingRange {
  /** UTF-16 offsets into the document's plain text, end exclusive. */
  start: number;
  end: number;
}

export interface CreatedCoding {
  id: number;
  segmentId: number;
  codeId: number;
  coderId: number;
  documentId: number;
  start: number;
  end: number;
  /** False when this coder had already applied this code to this exact segment. */
  created: boolean;
}

/**
 * Applies each code to each range of one document, by one coder, in one transaction: a segment
 * is found or created per range (keeping its covered text), and a coding that already exists
 * is returned rather than duplicated, so retrying a request is harmless.
 */
export function applyCodings(
  db: Db,
  input: { projectId: number; coderId: number; documentId: number; ranges: CodingRange[]; codeIds: number[] },
): CreatedCoding[] {
  if (input.ranges.length === 0 || input.codeIds.length === 0) return [];
  const results = db.transaction((tx) => {
    const document = tx
      .select({ id: documents.id, text: documents.text, textLength: documents.textLength })
      .from(documents)
      .where(and(eq(documents.id, input.documentId), eq(documents.projectId, input.projectId)))
      .get();
    if (!document) throw new AppError("not_found", "Document not found.");
    const codeIds = [...new Set(input.codeIds)];
    const found = tx
      .select({ id: codes.id, archivedAt: codes.archivedAt })
      .from(codes)
      .where(and(eq(codes.projectId, input.projectId), inArray(codes.id, codeIds)))
      .all();
    if (found.length !== codeIds.length) throw new AppError("not_found", "Code not found.");
    if (found.some((code) => code.archivedAt))
      throw new AppError("invalid_input", "This code is archived; restore it to apply it.");
    const results: CreatedCoding[] = [];
    for (const range of input.ranges) {
      validateRange(document.textLength, range.start, range.end);
      const text = document.text.slice(range.start, range.end);
      if (!text.trim()) throw new AppError("invalid_input", "Select some text to code (the selection is only spaces).");
      const segmentId = ensureSegment(tx as unknown as Db, {
        projectId: input.projectId,
        documentId: document.id,
        start: range.start,
        end: range.end,
        text,
      }).id;
      for (const codeId of codeIds) {
        const inserted = tx
          .insert(codings)
          .values({ projectId: input.projectId, segmentId, codeId, coderId: input.coderId })
          .onConflictDoNothing()
          .returning({ id: codings.id })
          .get();
        const id =
          inserted?.id ??
          tx
            .select({ id: codings.id })
            .from(codings)
            .where(
              and(eq(codings.segmentId, segmentId), eq(codings.codeId, codeId), eq(codings.coderId, input.coderId)),
            )
            .get()!.id;
        results.push({
          id,
          segmentId,
          codeId,
          coderId: input.coderId,
          documentId: document.id,
          start: range.start,
          end: range.end,
          created: Boolean(inserted),
        });
      }
    }
    const created = results.filter((r) => r.created);
    if (created.length > 0) {
      recordEvent(tx, {
        projectId: input.projectId,
        actorId: input.coderId,
        action: "coding.create",
        target: { type: "document", id: document.id },
        detail: { codings: created.map((r) => r.id) },
      });
    }
    return results;
  });
  // After the commit: the others' views re-read what they are told of.
  liveHub().publish({
    projectId: input.projectId,
    documentId: input.documentId,
    actorId: input.coderId,
    addedIds: results.filter((r) => r.created).map((r) => r.id),
    removedIds: [],
  });
  return results;
}
