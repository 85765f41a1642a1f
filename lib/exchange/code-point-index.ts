/**
 * Converts between UTF-16 offsets (what Quoteline stores, see db/schema.ts) and Unicode code
 * point offsets (what REFI-QDA counts) for one text, in O(log n) per offset after one pass,
 * so a document with thousands of codings is converted in one go.
 */
export interface CodePointIndex {
  /** Code points in the text. */
  readonly length: number;
  toCodePoint(utf16Offset: number): number;
  /** Null when the code point offset lies past the end of the text. */
  toUtf16(codePointOffset: number): number | null;
}

export function codePointIndex(text: string): CodePointIndex {
  // UTF-16 index of the high surrogate of each astral character, and its code point index.
  const pairs: number[] = [];
  const pairCodePoints: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairCodePoints.push(index - pairs.length);
        pairs.push(index);
        index++;
      }
    }
  }
  const length = text.length - pairs.length;
  return {
    length,
    toCodePoint(utf16Offset) {
      // Pairs that end at or before the offset each count one code point for two units.
      return utf16Offset - countBelow(pairs, utf16Offset - 1);
    },
    toUtf16(codePointOffset) {
      if (codePointOffset < 0 || codePointOffset > length) return null;
      return codePointOffset + countBelow(pairCodePoints, codePointOffset);
    },
  };
}

/** How many entries of the ascending `values` are < limit. */
function countBelow(values: number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle] < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
