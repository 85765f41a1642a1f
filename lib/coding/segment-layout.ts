import { AppError } from "../errors";

export type LayoutId = string | number;

export interface LayoutInterval<Id extends LayoutId = number> {
  id: Id;
  startOffset: number;
  endOffset: number;
}

export interface LayoutSegment<Id extends LayoutId = number, CodeId extends LayoutId = number>
  extends LayoutInterval<Id> {
  /** The codes applied to this segment (by any coder shown). */
  codeIds: readonly CodeId[];
}

/** A stretch of text covered by the same segments throughout. */
export interface SegmentPiece<Id extends LayoutId = number, CodeId extends LayoutId = number> {
  startOffset: number;
  endOffset: number;
  segmentIds: Id[];
  codeIds: CodeId[];
}

export interface LaneAssignment<Id extends LayoutId = number> {
  /** Lane per interval, 0 nearest the text; overlapping intervals never share a lane. */
  lanes: Map<Id, number>;
  laneCount: number;
}

export interface SegmentLayout<Id extends LayoutId = number, CodeId extends LayoutId = number>
  extends LaneAssignment<Id> {
  /** Sorted, non-overlapping, and only where some segment covers the text. */
  pieces: SegmentPiece<Id, CodeId>[];
}

function compareIds(a: LayoutId, b: LayoutId): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a !== typeof b) return typeof a === "number" ? -1 : 1;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function assertIntervals(intervals: readonly LayoutInterval<LayoutId>[]): void {
  const seen = new Set<LayoutId>();
  for (const { id, startOffset, endOffset } of intervals) {
    if (seen.has(id)) throw new AppError("invalid_input", `Segment ${id} appears twice.`);
    seen.add(id);
    if (!Number.isInteger(startOffset) || !Number.isInteger(endOffset) || startOffset < 0 || startOffset >= endOffset) {
      throw new AppError("invalid_input", `Segment ${id} has an invalid range ${startOffset}–${endOffset}.`);
    }
  }
}

/** Outer (longer) intervals first at the same start, so nested ones sit in outer lanes. */
function compareIntervals(a: LayoutInterval<LayoutId>, b: LayoutInterval<LayoutId>): number {
  return a.startOffset - b.startOffset || b.endOffset - a.endOffset || compareIds(a.id, b.id);
}

/**
 * Gives each interval the lowest lane free at its start (greedy interval-graph colouring in start
 * order), which uses as few lanes as the deepest overlap. The result ignores input order.
 */
export function assignLanes<Id extends LayoutId>(intervals: readonly LayoutInterval<Id>[]): LaneAssignment<Id> {
  assertIntervals(intervals);
  const laneEnds: number[] = [];
  const lanes = new Map<Id, number>();
  for (const interval of [...intervals].sort(compareIntervals)) {
    let lane = laneEnds.findIndex((end) => end <= interval.startOffset);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = interval.endOffset;
    lanes.set(interval.id, lane);
  }
  return { lanes, laneCount: laneEnds.length };
}

/**
 * Splits coded text into pieces, each with every segment and code covering it (for stripes and
 * underlines), and gives each segment a margin lane. Overlapping and nested segments are both fine.
 */
export function layoutSegments<Id extends LayoutId, CodeId extends LayoutId>(
  segments: readonly LayoutSegment<Id, CodeId>[],
): SegmentLayout<Id, CodeId> {
  const { lanes, laneCount } = assignLanes(segments);
  const boundaries = [...new Set(segments.flatMap((segment) => [segment.startOffset, segment.endOffset]))].sort(
    (a, b) => a - b,
  );
  const starting = new Map<number, LayoutSegment<Id, CodeId>[]>();
  for (const segment of segments) {
    starting.set(segment.startOffset, [...(starting.get(segment.startOffset) ?? []), segment]);
  }
  const active = new Map<Id, LayoutSegment<Id, CodeId>>();
  const pieces: SegmentPiece<Id, CodeId>[] = [];
  boundaries.forEach((boundary, index) => {
    for (const [id, segment] of active) {
      if (segment.endOffset === boundary) active.delete(id);
    }
    for (const segment of starting.get(boundary) ?? []) active.set(segment.id, segment);
    const next = boundaries[index + 1];
    if (next === undefined || active.size === 0) return;
    const covering = [...active.values()];
    pieces.push({
      startOffset: boundary,
      endOffset: next,
      segmentIds: covering.map((segment) => segment.id).sort(compareIds),
      codeIds: [...new Set(covering.flatMap((segment) => segment.codeIds))].sort(compareIds),
    });
  });
  return { pieces, lanes, laneCount };
}
