import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { segments } from "../../db/schema";
import type { AnalysisFrame, FrameDocument, SegmentUnits } from "./frame-types";

/** Whether ids spanning `range` are dense enough, for `count` segments, to index an array (and a range read). */
export function denseEnough(range: number, count: number): boolean {
  return range < count * 8 + 65_536;
}

export function emptySegmentUnits(): SegmentUnits {
  return { base: 0, count: 0, dense: null, sparse: new Map(), multi: new Map(), spans: null, sparseSpans: new Map() };
}

/** Records a segment: its units, and its document and offsets (which never change). */
export function setSegmentUnits(
  table: SegmentUnits,
  id: number,
  units: number[],
  span: [number, number, number],
): void {
  const value = units.length === 0 ? -1 : units.length === 1 ? units[0] : -2;
  if (units.length > 1) table.multi.set(id, units);
  table.count++;
  if (table.dense && id - table.base >= table.dense.length && !denseEnough(id - table.base + 1, table.count)) {
    // Other projects' segments have spread this project's ids out: fall back to a map.
    const spans = table.spans;
    table.dense.forEach((unit, at) => {
      if (unit === -1 && spans?.[at * 3] === 0) return;
      table.sparse.set(table.base + at, unit);
      if (spans) table.sparseSpans.set(table.base + at, [spans[at * 3], spans[at * 3 + 1], spans[at * 3 + 2]]);
    });
    table.dense = null;
    table.spans = null;
  }
  if (table.dense) {
    const at = id - table.base;
    if (at >= table.dense.length) {
      const length = Math.max(at + 1, Math.ceil(table.dense.length * 1.5));
      const grown = new Int32Array(length).fill(-1);
      grown.set(table.dense);
      table.dense = grown;
      const grownSpans = new Int32Array(length * 3);
      if (table.spans) grownSpans.set(table.spans);
      table.spans = grownSpans;
    }
    table.dense[at] = value;
    table.spans ??= new Int32Array(table.dense.length * 3);
    table.spans.set(span, at * 3);
  } else {
    table.sparse.set(id, value);
    table.sparseSpans.set(id, span);
  }
}

/**
 * Writes a segment's document, start and end into `into` (reused across calls in hot loops); false when
 * the frame has not seen the segment.
 */
export function segmentSpanOf(table: SegmentUnits, id: number, into: [number, number, number]): boolean {
  if (table.dense && table.spans) {
    const at = id - table.base;
    // Document id 0 (ids start at 1) marks a slot no segment of the project filled.
    if (at < 0 || at >= table.dense.length || table.spans[at * 3] === 0) return false;
    into[0] = table.spans[at * 3];
    into[1] = table.spans[at * 3 + 1];
    into[2] = table.spans[at * 3 + 2];
    return true;
  }
  const span = table.sparseSpans.get(id);
  if (!span) return false;
  into[0] = span[0];
  into[1] = span[1];
  into[2] = span[2];
  return true;
}

export function segmentUnitOf(table: SegmentUnits, id: number): number {
  if (table.dense) {
    const at = id - table.base;
    return at >= 0 && at < table.dense.length ? table.dense[at] : -1;
  }
  return table.sparse.get(id) ?? -1;
}

/** JSON arrays built by SQLite: one row to read instead of one per unit, several times faster here. */
export function jsonRows<T>(json: string | null | undefined): T[] {
  return json ? (JSON.parse(json) as T[]) : [];
}

/** The units a range of a document overlaps (a segment reaching across turns or answers counts for each). */
export function unitsOverlapping(document: FrameDocument, start: number, end: number): number[] {
  return unitIndexesOverlapping(document, start, end).map((index) => document.units[index]);
}

/** The same as places in the document's `starts`, `ends` and `units` (to read the units' bounds too). */
export function unitIndexesOverlapping(document: FrameDocument, start: number, end: number): number[] {
  let low = 0;
  let high = document.ends.length;
  // First unit ending after `start`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (document.ends[middle] <= start) low = middle + 1;
    else high = middle;
  }
  const result: number[] = [];
  for (let index = low; index < document.starts.length && document.starts[index] < end; index++) {
    result.push(index);
  }
  return result;
}

/** Maps segments created since the frame last looked (ids only grow) to their units. */
export function refreshSegments(db: Db, frame: AnalysisFrame): void {
  const rows = jsonRows<[number, number, number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${segments.id}, ${segments.documentId}, ${segments.startOffset}, ${segments.endOffset}))`,
      })
      .from(segments)
      .where(and(eq(segments.projectId, frame.projectId), gt(segments.id, frame.maxSegmentId)))
      .get()?.json,
  );
  if (rows.length === 0) return;
  const table = frame.segmentUnits;
  if (frame.maxSegmentId === 0) {
    // First load: a typed array when the project's ids are not too spread out among other projects'.
    let first = rows[0][0];
    let last = first;
    for (const [id] of rows) {
      if (id < first) first = id;
      if (id > last) last = id;
    }
    table.base = first;
    if (denseEnough(last - first + 1, rows.length)) {
      table.dense = new Int32Array(last - first + 1).fill(-1);
      table.spans = new Int32Array((last - first + 1) * 3);
    }
  }
  for (const [id, documentId, start, end] of rows) {
    const document = frame.documents.get(documentId);
    setSegmentUnits(table, id, document ? unitsOverlapping(document, start, end) : [], [documentId, start, end]);
    if (id > frame.maxSegmentId) frame.maxSegmentId = id;
  }
}
