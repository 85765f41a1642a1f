import { SNIPPET_ELLIPSIS } from "../../db/search-queries";
import { type LocatableTerm, locateTerms, type TextRange } from "./locate-terms";
import type { SnippetPart } from "./snippet-parts";

/*
 * Snippets for long turns and answers, cut in JavaScript with a cost bounded by the window it
 * scans, never by the unit's length. FTS5's snippet() scores every pair of hits in a unit, so a
 * 190,000-character turn that repeats a word took seconds and a 1 MB answer more than half a minute.
 */

/** Characters a snippet shows, about FTS5's 24 tokens of context. */
export const SNIPPET_LENGTH = 200;
/** Characters of context kept before the first hit. */
export const SNIPPET_LEAD = 60;
/** At most this many hits are highlighted in one snippet. */
export const SNIPPET_MAX_HITS = 8;
/** The first hit is looked for in at most this many characters of the unit. */
export const SNIPPET_SCAN_LIMIT = 40_000;
/** Characters located at a time while looking for the first hit. */
const CHUNK = 2_000;
/** How far a boundary may move to fall between words. */
const SNAP = 40;

const WORD_CHARACTER = /[\p{L}\p{N}\p{Co}\p{M}]/u;

function splitsPair(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff;
}

function isWordCharacter(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  return code !== undefined && WORD_CHARACTER.test(String.fromCodePoint(code));
}

/** Never between the two halves of a surrogate pair (an emoji). */
function outsidePair(text: string, index: number): number {
  return splitsPair(text, index) ? index - 1 : index;
}

/** A position between two characters, at least one of which is not part of a word. */
function isBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  if (splitsPair(text, at)) return false;
  return !isWordCharacter(text, at) || !isWordCharacter(text, outsidePair(text, at - 1));
}

/** The nearest position at or after `index` (within SNAP) that does not split a word. */
function boundaryAfter(text: string, index: number): number {
  if (index >= text.length) return text.length;
  for (let at = index; at < Math.min(text.length, index + SNAP); at++) {
    if (isBoundary(text, at)) return at;
  }
  return outsidePair(text, index);
}

/** The nearest position at or before `index` (within SNAP) that does not split a word. */
function boundaryBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  for (let at = index; at > Math.max(0, index - SNAP); at--) {
    if (isBoundary(text, at)) return at;
  }
  return outsidePair(text, index);
}

function termLength(term: LocatableTerm | string): number {
  return typeof term === "string" ? term.length : term.text.length;
}

/**
 * The first hits of `terms` in `text`, found a chunk at a time so that the cost stays bounded by
 * where the hits are (and at most `scanLimit` characters), whatever the text's length. Phrases are
 * found across chunk ends as long as they span fewer than a few hundred characters.
 */
export function locateFirstHits(
  text: string,
  terms: readonly (LocatableTerm | string)[],
  { maxHits = SNIPPET_MAX_HITS, scanLimit = SNIPPET_SCAN_LIMIT }: { maxHits?: number; scanLimit?: number } = {},
): TextRange[] {
  const overlap = 200 + 4 * Math.max(0, ...terms.map(termLength));
  const limit = Math.min(text.length, scanLimit);
  const found: TextRange[] = [];
  let from = 0;
  while (from < limit && found.length < maxHits) {
    const to = boundaryAfter(text, Math.min(limit, from + CHUNK));
    const window = text.slice(from, boundaryAfter(text, Math.min(text.length, to + overlap)));
    for (const range of locateTerms(window, terms)) {
      if (from + range.start >= to) break;
      found.push({ start: from + range.start, end: from + range.end });
      if (found.length === maxHits) break;
    }
    if (to <= from) break;
    from = to;
  }
  return found;
}

/**
 * A snippet of at most about SNIPPET_LENGTH characters around the first hit of `terms` in `text`,
 * with up to SNIPPET_MAX_HITS hits highlighted and "…" where text was cut. `continues` says that
 * `text` is only the start of the unit. When no hit is found near the start (it lies further in),
 * the snippet is the unit's opening.
 */
export function boundedSnippet(
  text: string,
  terms: readonly (LocatableTerm | string)[],
  options: { continues?: boolean; scanLimit?: number } = {},
): SnippetPart[] {
  const [first] = locateFirstHits(text, terms, { maxHits: 1, scanLimit: options.scanLimit });
  const from = first ? boundaryAfter(text, Math.max(0, first.start - SNIPPET_LEAD)) : 0;
  const start = first && from > first.start ? first.start : from;
  let end = boundaryBefore(text, Math.min(text.length, start + SNIPPET_LENGTH));
  if (first && end < first.end) end = first.end;
  if (end <= start) end = Math.min(text.length, start + SNIPPET_LENGTH);
  const window = text.slice(start, end);
  const parts: SnippetPart[] = [];
  const push = (part: string, hit: boolean) => {
    const previous = parts[parts.length - 1];
    if (!part) return;
    if (previous && previous.hit === hit) previous.text += part;
    else parts.push({ text: part, hit });
  };
  let at = 0;
  for (const hit of first ? locateTerms(window, terms).slice(0, SNIPPET_MAX_HITS) : []) {
    push(window.slice(at, hit.start), false);
    push(window.slice(hit.start, hit.end), true);
    at = hit.end;
  }
  push(window.slice(at), false);
  if (start > 0) {
    if (parts[0]?.hit === false) parts[0].text = SNIPPET_ELLIPSIS + parts[0].text.trimStart();
    else parts.unshift({ text: SNIPPET_ELLIPSIS, hit: false });
  }
  if (end < text.length || options.continues === true) {
    const last = parts[parts.length - 1];
    if (last && !last.hit) last.text = last.text.trimEnd();
    push(SNIPPET_ELLIPSIS, false);
  }
  return parts;
}
