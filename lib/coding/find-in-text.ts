import type { StripeSpan } from "./stripe-layout";

/** One match of a find: UTF-16 offsets into the document text, end exclusive, and its turn's index. */
export interface FindHit {
  start: number;
  end: number;
  turnIndex: number;
}

/** More hits than anyone steps through; the count says "at least". */
export const FIND_HIT_LIMIT = 5000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every case-insensitive match of `query` inside the turns (or answers) of a document's text, in
 * order; a match never runs across the separator between two turns. Whitespace in the query
 * matches any run of whitespace. Case folding keeps offsets in the document's own UTF-16 units.
 */
export function findInText(text: string, turns: readonly StripeSpan[], query: string): FindHit[] {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "giu");
  const hits: FindHit[] = [];
  for (let turnIndex = 0; turnIndex < turns.length; turnIndex++) {
    const { startOffset, endOffset } = turns[turnIndex];
    const turnText = text.slice(startOffset, endOffset);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(turnText); match; match = pattern.exec(turnText)) {
      hits.push({ start: startOffset + match.index, end: startOffset + match.index + match[0].length, turnIndex });
      if (hits.length >= FIND_HIT_LIMIT) return hits;
    }
  }
  return hits;
}

/** The hit to go to first: the first one at or after `offset` (where the reader is), wrapping round. */
export function hitFrom(hits: readonly FindHit[], offset: number): number {
  if (hits.length === 0) return -1;
  const index = hits.findIndex((hit) => hit.start >= offset);
  return index === -1 ? 0 : index;
}
