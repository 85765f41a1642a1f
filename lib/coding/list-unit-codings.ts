import { and, asc, eq, gt, lt, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, segments, users } from "../../db/schema";
import { type CodingViewer, resolveCodingScope } from "./coding-scope";

/** A turn or answer: a stretch of one document (UTF-16 offsets, end exclusive). */
export interface UnitSpan {
  documentId: number;
  start: number;
  end: number;
}

export interface UnitCoding {
  id: number;
  codeId: number;
  codeName: string;
  colour: string;
  coderName: string;
  /** Clipped to the unit. */
  start: number;
  end: number;
}

/**
 * The codings the viewer may see (blind rounds) touching each of a few turns or answers, in text order:
 * one query per document over the stretch its units cover, so a person's page reads only their part of
 * a long transcript or question.
 */
export function listUnitCodings(
  db: Db,
  projectId: number,
  units: readonly UnitSpan[],
  viewer: CodingViewer = null,
): UnitCoding[][] {
  const { visible } = resolveCodingScope(db, projectId, viewer);
  const result = units.map((): UnitCoding[] => []);
  const byDocument = new Map<number, number[]>();
  units.forEach((unit, index) => {
    byDocument.set(unit.documentId, [...(byDocument.get(unit.documentId) ?? []), index]);
  });
  for (const [documentId, indexes] of byDocument) {
    const from = Math.min(...indexes.map((index) => units[index].start));
    const to = Math.max(...indexes.map((index) => units[index].end));
    const conditions: SQL[] = [
      eq(codings.projectId, projectId),
      eq(segments.documentId, documentId),
      lt(segments.startOffset, to),
      gt(segments.endOffset, from),
    ];
    if (visible) conditions.push(visible);
    const rows = db
      .select({
        id: codings.id,
        codeId: codes.id,
        codeName: codes.name,
        colour: codes.colour,
        coderName: users.name,
        start: segments.startOffset,
        end: segments.endOffset,
      })
      .from(codings)
      .innerJoin(segments, eq(segments.id, codings.segmentId))
      .innerJoin(codes, eq(codes.id, codings.codeId))
      .innerJoin(users, eq(users.id, codings.coderId))
      .where(and(...conditions))
      .orderBy(asc(segments.startOffset), asc(segments.endOffset), asc(codes.name), asc(codings.id))
      .all();
    for (const index of indexes) {
      const unit = units[index];
      for (const row of rows) {
        if (row.start < unit.end && row.end > unit.start) {
          result[index].push({ ...row, start: Math.max(row.start, unit.start), end: Math.min(row.end, unit.end) });
        }
      }
    }
  }
  return result;
}
