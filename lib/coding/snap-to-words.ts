import { snapToGraphemes } from "./offsets";

const WORD = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
/** Apostrophes (straight, curly, modifier) and hyphens join two words into one: "don’t", "work-life". */
const JOINER = /^['\u2019\u02bc\-\u2010\u2011]$/u;
const SPACE = /\s/u;

function charBefore(text: string, offset: number): string {
  if (offset <= 0) return "";
  const low = text.charCodeAt(offset - 1);
  const pair = offset >= 2 && low >= 0xdc00 && low <= 0xdfff;
  return text.slice(pair ? offset - 2 : offset - 1, offset);
}

function charFrom(text: string, offset: number): string {
  if (offset >= text.length) return "";
  return String.fromCodePoint(text.codePointAt(offset)!);
}

/** Whether the character ending at `offset` belongs to a word (a joiner counts between two word characters). */
function wordBefore(text: string, offset: number): boolean {
  const char = charBefore(text, offset);
  if (WORD.test(char)) return true;
  return JOINER.test(char) && WORD.test(charBefore(text, offset - 1)) && WORD.test(charFrom(text, offset));
}

function wordFrom(text: string, offset: number): boolean {
  const char = charFrom(text, offset);
  if (WORD.test(char)) return true;
  return JOINER.test(char) && WORD.test(charBefore(text, offset)) && WORD.test(charFrom(text, offset + 1));
}

/**
 * Widens a selection (UTF-16 offsets, end exclusive) to whole words: an edge inside a word moves
 * out to the word's edge, so "…to questio" codes "question". Letters with accents (é, ś, combining
 * marks), digits, and apostrophes or hyphens between letters are word; spaces, punctuation and emoji
 * are not, and whole characters are never split. Spaces at either end are dropped; a selection of
 * nothing but spaces gives null.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let { start: from, end: to } = snapToGraphemes(text, start, end);
  while (from < to && SPACE.test(text[from])) from++;
  while (to > from && SPACE.test(text[to - 1])) to--;
  if (from >= to) return null;
  while (from > 0 && wordBefore(text, from) && wordFrom(text, from)) from -= charBefore(text, from).length;
  while (to < text.length && wordBefore(text, to) && wordFrom(text, to)) to += charFrom(text, to).length;
  return snapToGraphemes(text, from, to);
}
