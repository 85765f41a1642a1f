import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, documents, memos, quotes, segments } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { ensureSegment } from "./ensure-segment";
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
export function createCodings(
  db: Db,
  input: { projectId: number; coderId: number; documentId: number; ranges: CodingRange[]; codeIds: number[] },
): CreatedCoding[] {
  if (input.ranges.length === 0 || input.codeIds.length === 0) return [];
  return db.transaction((tx) => {
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
}

/** Removes codings of the project; a segment left with no coding, quote or memo goes too. */
export function deleteCodings(db: Db, input: { projectId: number; actorId: number; codingIds: number[] }): number[] {
  if (input.codingIds.length === 0) return [];
  return db.transaction((tx) => {
    const rows = tx
      .select({ id: codings.id, segmentId: codings.segmentId })
      .from(codings)
      .where(and(eq(codings.projectId, input.projectId), inArray(codings.id, input.codingIds)))
      .all();
    if (rows.length !== new Set(input.codingIds).size) throw new AppError("not_found", "Coding not found.");
    tx.delete(codings)
      .where(
        inArray(
          codings.id,
          rows.map((r) => r.id),
        ),
      )
      .run();
    for (const segmentId of new Set(rows.map((r) => r.segmentId))) {
      // Memos and quotes cascade with their segment, so a segment they use is kept.
      const stillUsed =
        tx.select({ id: codings.id }).from(codings).where(eq(codings.segmentId, segmentId)).limit(1).get() ??
        tx.select({ id: quotes.id }).from(quotes).where(eq(quotes.segmentId, segmentId)).limit(1).get() ??
        tx.select({ id: memos.id }).from(memos).where(eq(memos.segmentId, segmentId)).limit(1).get();
      if (!stillUsed) tx.delete(segments).where(eq(segments.id, segmentId)).run();
    }
    recordEvent(tx, {
      projectId: input.projectId,
      actorId: input.actorId,
      action: "coding.delete",
      detail: { codings: rows.map((r) => r.id) },
    });
    return rows.map((r) => r.id);
  });
}
