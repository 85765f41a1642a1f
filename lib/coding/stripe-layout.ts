import { assignLanes } from "./segment-layout";

/** A coding as the margin draws it: UTF-16 offsets into the document text, end exclusive. */
export interface StripeCoding {
  key: string;
  start: number;
  end: number;
  codeId: number;
  codeName: string;
}

/** Where a turn (or answer) sits in the document text. */
export interface StripeSpan {
  startOffset: number;
  endOffset: number;
}

/** One bar in a turn's margin: one coding, drawn from `top` to `top + height` (shares of the turn's text). */
export interface Stripe<Coding extends StripeCoding = StripeCoding> {
  coding: Coding;
  /** 0 nearest the text; codings that overlap inside the turn never share a lane. */
  lane: number;
  top: number;
  height: number;
  /** The coding goes on in the turn before or after this one. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface TurnStripes<Coding extends StripeCoding = StripeCoding> {
  stripes: Stripe<Coding>[];
  /** Lanes drawn: at most `STRIPE_LANES_SHOWN`, the last of them holding `more` when there are more. */
  laneCount: number;
  /**
   * Codings beyond the lanes shown, drawn as one "+N" bar in the last lane spanning them all; `start` and
   * `end` are the offsets the bar covers, clipped to the turn.
   */
  more: {
    codings: Coding[];
    /** Their codes, each once, in name order (as `codeNames`). */
    codeNames: string[];
    lane: number;
    top: number;
    height: number;
    start: number;
    end: number;
  } | null;
  /** The codes covering some of the turn, each once, in name order: what a screen reader is told. */
  codeNames: string[];
}

/**
 * Lanes a margin draws at most. Every turn's margin is as wide as the most stacked turn needs, so one
 * turn with dozens of nested codings would otherwise squeeze the text of the whole transcript.
 */
export const STRIPE_LANES_SHOWN = 6;

const byName = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** The codes of these codings, each once, in name order. */
function namesOf(codings: readonly StripeCoding[]): string[] {
  return [...new Set(codings.map((coding) => coding.codeName))].sort(byName.compare);
}

/**
 * Lays out the stripes of one turn: each coding clipped to the turn, placed by the share of the
 * turn's text before it, in the lowest lane free (nested and overlapping codings stack). The result
 * does not depend on the order of `codings`.
 */
export function layoutStripes<Coding extends StripeCoding>(
  span: StripeSpan,
  codings: readonly Coding[],
  maxLanes = STRIPE_LANES_SHOWN,
): TurnStripes<Coding> {
  const length = span.endOffset - span.startOffset;
  const clipped = codings
    .map((coding) => ({
      coding,
      startOffset: Math.max(coding.start, span.startOffset),
      endOffset: Math.min(coding.end, span.endOffset),
    }))
    .filter((piece) => piece.startOffset < piece.endOffset);
  if (length <= 0 || clipped.length === 0) return { stripes: [], laneCount: 0, more: null, codeNames: [] };
  const { lanes, laneCount } = assignLanes(
    clipped.map((piece) => ({ id: piece.coding.key, startOffset: piece.startOffset, endOffset: piece.endOffset })),
  );
  const stripes = clipped
    .map(({ coding, startOffset, endOffset }) => ({
      coding,
      lane: lanes.get(coding.key)!,
      top: (startOffset - span.startOffset) / length,
      height: (endOffset - startOffset) / length,
      continuesBefore: coding.start < span.startOffset,
      continuesAfter: coding.end > span.endOffset,
    }))
    .sort((a, b) => a.lane - b.lane || a.top - b.top);
  const codeNames = namesOf(clipped.map((piece) => piece.coding));
  if (laneCount <= maxLanes) return { stripes, laneCount, more: null, codeNames };
  const lane = maxLanes - 1;
  const hidden = stripes.filter((stripe) => stripe.lane >= lane);
  const hiddenCodings = hidden.map((stripe) => stripe.coding);
  const top = Math.min(...hidden.map((stripe) => stripe.top));
  const bottom = Math.max(...hidden.map((stripe) => stripe.top + stripe.height));
  return {
    stripes: stripes.filter((stripe) => stripe.lane < lane),
    laneCount: maxLanes,
    more: {
      codings: hiddenCodings,
      codeNames: namesOf(hiddenCodings),
      lane,
      top,
      height: bottom - top,
      start: span.startOffset + Math.round(top * length),
      end: span.startOffset + Math.round(bottom * length),
    },
    codeNames,
  };
}

/** What a screen reader hears for a turn's codes, e.g. "Coded: Caseloads, Pay". */
export function describeCodes(codeNames: readonly string[]): string {
  return codeNames.length === 0 ? "Not coded" : `Coded: ${codeNames.join(", ")}`;
}

/**
 * Groups codings by the turns they touch (turns sorted by start, not overlapping): index → codings.
 * A coding across several turns is listed under each.
 */
export function codingsByTurn<Coding extends StripeCoding>(
  turns: readonly StripeSpan[],
  codings: Iterable<Coding>,
): Map<number, Coding[]> {
  const byTurn = new Map<number, Coding[]>();
  for (const coding of codings) {
    for (let index = firstTurnEndingAfter(turns, coding.start); index < turns.length; index++) {
      const turn = turns[index];
      if (turn.startOffset >= coding.end) break;
      if (turn.endOffset <= coding.start) continue;
      const list = byTurn.get(index);
      if (list) list.push(coding);
      else byTurn.set(index, [coding]);
    }
  }
  return byTurn;
}

/** The index of the first turn whose end lies after `offset` (binary search), or `turns.length`. */
export function firstTurnEndingAfter(turns: readonly StripeSpan[], offset: number): number {
  let low = 0;
  let high = turns.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (turns[middle].endOffset <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
