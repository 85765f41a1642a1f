import type { StripeSpan } from "./stripe-layout";

export interface CodedShare {
  /** Characters (UTF-16 code units) of turn text covered by at least one coding. */
  codedCharacters: number;
  /** Characters of turn text in all; the separators between turns are not counted. */
  totalCharacters: number;
  /** Turns with at least one coded character. */
  codedTurns: number;
  turnCount: number;
}

/**
 * How much of a document is coded: the union of the codings' ranges, clipped to the turns (or
 * answers), so overlapping codings count once and separators never count.
 */
export function codedShare(
  turns: readonly StripeSpan[],
  codings: Iterable<{ start: number; end: number }>,
): CodedShare {
  const ranges = [...codings].filter((coding) => coding.start < coding.end).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  let codedCharacters = 0;
  let totalCharacters = 0;
  let codedTurns = 0;
  let at = 0;
  for (const turn of turns) {
    totalCharacters += turn.endOffset - turn.startOffset;
    while (at < merged.length && merged[at].end <= turn.startOffset) at++;
    let covered = 0;
    for (let index = at; index < merged.length && merged[index].start < turn.endOffset; index++) {
      covered += Math.min(merged[index].end, turn.endOffset) - Math.max(merged[index].start, turn.startOffset);
    }
    codedCharacters += covered;
    if (covered > 0) codedTurns++;
  }
  return { codedCharacters, totalCharacters, codedTurns, turnCount: turns.length };
}

/** A whole-number percentage that says "0%" only when nothing is coded and "100%" only when all is. */
export function sharePercent(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
}
