import { type LocatableTerm, locateTerms, mergeRanges, type TextRange } from "./locate-terms";

/** How much of a hit "code all hits" codes: the matched words, their sentences, or the whole turn or answer. */
export const HIT_SCOPES = ["exact", "sentence", "unit"] as const;
export type HitScope = (typeof HIT_SCOPES)[number];

export const HIT_SCOPE_LABELS: Record<HitScope, string> = {
  exact: "Exact match",
  sentence: "Sentence",
  unit: "Whole turn or answer",
};

export interface HitUnit {
  /** The turn's or answer's text. */
  text: string;
  /** Where the unit starts in its document's text (UTF-16 code units). */
  startOffset: number;
}

const sentenceSegmenter = new Intl.Segmenter("en-GB", { granularity: "sentence" });

/** Sentence boundaries of a text, each trimmed of the spaces and line breaks that follow it. */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const { segment, index } of sentenceSegmenter.segment(text)) {
    const trimmedEnd = index + segment.trimEnd().length;
    const trimmedStart = index + (segment.length - segment.trimStart().length);
    if (trimmedEnd > trimmedStart) ranges.push({ start: trimmedStart, end: trimmedEnd });
  }
  return ranges;
}

/** Widens each range to the whole sentences it touches; ranges sharing a sentence become one. */
export function expandToSentences(text: string, ranges: readonly TextRange[]): TextRange[] {
  const sentences = sentenceRanges(text);
  const widened = ranges.map((range) => {
    const touched = sentences.filter((s) => s.start < range.end && range.start < s.end);
    if (touched.length === 0) return range;
    return {
      start: Math.min(range.start, touched[0].start),
      end: Math.max(range.end, touched[touched.length - 1].end),
    };
  });
  return mergeRanges(widened);
}

/**
 * The document ranges (UTF-16 offsets into the document's text) to code for one hit at a scope.
 * Exact and sentence scopes need a located term; a hit whose text holds none gives no range.
 */
export function hitRanges(unit: HitUnit, terms: readonly (LocatableTerm | string)[], scope: HitScope): TextRange[] {
  let local: TextRange[];
  if (scope === "unit") {
    local = unit.text.trim() ? [{ start: 0, end: unit.text.length }] : [];
  } else {
    const exact = locateTerms(unit.text, terms);
    local = scope === "exact" ? exact : expandToSentences(unit.text, exact);
  }
  return local.map((range) => ({ start: unit.startOffset + range.start, end: unit.startOffset + range.end }));
}
