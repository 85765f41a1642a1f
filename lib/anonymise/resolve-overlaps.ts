import type { Detection, RedactionCategory, RedactionSource } from "./types";

const SOURCE_RANK: Record<RedactionSource, number> = {
  manual: 0,
  structured: 1,
  roster: 2,
  custom: 3,
  list: 4,
  nlp: 5,
};
const STRUCTURED_RANK: Partial<Record<RedactionCategory, number>> = {
  email: 0,
  url: 1,
  nhs_number: 2,
  ni_number: 3,
  phone: 4,
  postcode: 5,
  date: 6,
  case_number: 7,
};

/** Ordering of competing detections: structured shapes first, then the longer, then the more trusted source. */
function compare(left: Detection, right: Detection): number {
  const leftStructured = left.source === "structured" || left.source === "manual" ? 0 : 1;
  const rightStructured = right.source === "structured" || right.source === "manual" ? 0 : 1;
  if (leftStructured !== rightStructured) return leftStructured - rightStructured;
  const lengthDifference = right.end - right.start - (left.end - left.start);
  if (lengthDifference !== 0) return lengthDifference;
  const sourceDifference = SOURCE_RANK[left.source] - SOURCE_RANK[right.source];
  if (sourceDifference !== 0) return sourceDifference;
  const categoryDifference = (STRUCTURED_RANK[left.category] ?? 99) - (STRUCTURED_RANK[right.category] ?? 99);
  if (categoryDifference !== 0) return categoryDifference;
  return left.start - right.start;
}

/**
 * Keeps one detection per stretch of text. The winner of an overlap is the first by `compare`;
 * a loser that reaches past the winner widens it, so no part of an identifier is left showing.
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ordered = detections.filter((detection) => detection.end > detection.start).sort(compare);
  const kept: Detection[] = [];
  // Which kept detection (index + 1) covers each UTF-16 unit, so finding overlaps stays linear in the text.
  const owner = new Int32Array(ordered.reduce((furthest, detection) => Math.max(furthest, detection.end), 0));
  const claim = (index: number, start: number, end: number) => {
    for (let position = start; position < end; position++) if (owner[position] === 0) owner[position] = index + 1;
  };
  for (const candidate of ordered) {
    let first = 0;
    for (let position = candidate.start; position < candidate.end; position++) {
      const index = owner[position];
      if (index !== 0 && (first === 0 || index < first)) first = index;
    }
    if (first === 0) {
      kept.push({ ...candidate });
      claim(kept.length - 1, candidate.start, candidate.end);
      continue;
    }
    const winner = kept[first - 1];
    winner.start = Math.min(winner.start, candidate.start);
    winner.end = Math.max(winner.end, candidate.end);
    claim(first - 1, winner.start, winner.end);
  }
  return mergeTouching(kept.sort((left, right) => left.start - right.start));
}

function mergeTouching(sorted: Detection[]): Detection[] {
  const merged: Detection[] = [];
  for (const detection of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && detection.start < previous.end) {
      const keepPrevious = compare(previous, detection) <= 0;
      const winner = keepPrevious ? previous : detection;
      merged[merged.length - 1] = { ...winner, start: previous.start, end: Math.max(previous.end, detection.end) };
      continue;
    }
    merged.push(detection);
  }
  return merged;
}
