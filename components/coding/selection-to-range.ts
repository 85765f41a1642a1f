import type { CodingRange } from "@/lib/coding/apply-codings";
import { snapToGraphemes } from "@/lib/coding/offsets";
import type { PositionMap } from "@/lib/coding/position-map";
import { snapToWords } from "@/lib/coding/snap-to-words";

const SPACE = /\s/;

/**
 * The text range an editor selection codes: separators between turns never start or end it,
 * it is widened to whole characters (an emoji, a letter with its accent), and spaces at either
 * end are dropped. Null when nothing but spaces is selected.
 */
export function selectionToRange(map: PositionMap, text: string, from: number, to: number): CodingRange | null {
  if (from === to) return null;
  const offsets = map.posRangeToOffsets(Math.min(from, to), Math.max(from, to));
  if (offsets.start >= offsets.end) return null;
  let { start, end } = snapToGraphemes(text, offsets.start, offsets.end);
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/** A code name made from selected words (in-vivo coding): one line, at most `max` characters, cut at a word. */
export function inVivoName(selected: string, max = 80): string {
  const words = selected.replace(/\s+/g, " ").trim();
  if (words.length <= max) return words;
  const cut = words.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * An editor selection widened to whole words (see snapToWords), as editor positions; null when it
 * holds nothing but spaces. Turn separators are spaces to the snapping, so it never crosses a turn.
 */
export function snapSelectionToWords(
  map: PositionMap,
  text: string,
  from: number,
  to: number,
): { from: number; to: number } | null {
  if (from === to) return null;
  const offsets = map.posRangeToOffsets(Math.min(from, to), Math.max(from, to));
  if (offsets.start >= offsets.end) return null;
  const snapped = snapToWords(text, offsets.start, offsets.end);
  return snapped ? map.rangeToPos(snapped.start, snapped.end) : null;
}
