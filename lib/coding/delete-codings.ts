import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codings, memos, quotes, segments } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { liveHub } from "./live/live-hub";

/**
 * Removes codings of the project; a segment left with no coding, quote or memo goes too. `visible` (the
 * actor's coding scope) makes a coding the actor may not see (another coder's in a blind round) as
 * unknown as one that does not exist.
 */
export function deleteCodings(
  db: Db,
  input: { projectId: number; actorId: number; codingIds: number[]; visible?: SQL },
): number[] {
  if (input.codingIds.length === 0) return [];
  const removed = db.transaction((tx) => {
    const rows = tx
      .select({ id: codings.id, segmentId: codings.segmentId, documentId: segments.documentId })
      .from(codings)
      .innerJoin(segments, eq(segments.id, codings.segmentId))
      .where(and(eq(codings.projectId, input.projectId), inArray(codings.id, input.codingIds), input.visible))
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
    return rows;
  });
  const byDocument = new Map<number, number[]>();
  for (const row of removed) {
    const ids = byDocument.get(row.documentId);
    if (ids) ids.push(row.id);
    else byDocument.set(row.documentId, [row.id]);
  }
  for (const [documentId, removedIds] of byDocument)
    liveHub().publish({ projectId: input.projectId, documentId, actorId: input.actorId, addedIds: [], removedIds });
  return removed.map((r) => r.id);
}
