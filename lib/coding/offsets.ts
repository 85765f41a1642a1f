import { AppError } from "../errors";

/*
 * Offset arithmetic for segments. Offsets are the ones defined in `db/schema.ts`
 * (UTF-16 code units, end exclusive); code points appear only at the REFI-QDA boundary.
 */

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when `offset` falls between the two halves of one astral character (an emoji, say). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

function assertOffset(offset: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AppError("invalid_input", `The offset ${offset} is not a whole number of ${unit} from 0 upwards.`);
  }
}

/** Converts a UTF-16 offset into `text` to a Unicode code point offset (what REFI-QDA counts). */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  assertOffset(utf16Offset, "code units");
  if (utf16Offset > text.length) {
    throw new AppError("invalid_input", `The offset ${utf16Offset} is past the end of the text (${text.length}).`);
  }
  if (splitsSurrogatePair(text, utf16Offset)) {
    throw new AppError("invalid_input", `The offset ${utf16Offset} falls inside a character (a surrogate pair).`);
  }
  let codePoints = 0;
  for (let index = 0; index < utf16Offset; index++) {
    if (isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1))) {
      index++;
    }
    codePoints++;
  }
  return codePoints;
}

/** Converts a Unicode code point offset into `text` (as REFI-QDA stores it) to a UTF-16 offset. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  assertOffset(codePointOffset, "code points");
  let index = 0;
  for (let codePoints = 0; codePoints < codePointOffset; codePoints++) {
    if (index >= text.length) {
      throw new AppError(
        "invalid_input",
        `The code point offset ${codePointOffset} is past the end of the text (${codePoints} code points).`,
      );
    }
    const pair = isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1));
    index += pair ? 2 : 1;
  }
  return index;
}

/**
 * Checks that [start, end) is a non-empty range inside a text of `textLength` code units.
 * @throws AppError "invalid_input"
 */
export function validateRange(textLength: number, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new AppError("invalid_input", `The range ${start}–${end} must use whole-number offsets.`);
  }
  if (start < 0 || end > textLength) {
    throw new AppError(
      "invalid_input",
      `The range ${start}–${end} lies outside the text, which is ${textLength} code units long.`,
    );
  }
  if (start >= end) {
    throw new AppError("invalid_input", `The range ${start}–${end} is empty: a segment must cover some text.`);
  }
}

/**
 * The text a segment covers. Refuses ranges that cut an astral character in half, because a
 * lone surrogate cannot be stored as UTF-8 and would corrupt the segment's saved text.
 * @throws AppError "invalid_input"
 */
export function sliceRange(text: string, start: number, end: number): string {
  validateRange(text.length, start, end);
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new AppError("invalid_input", `The range ${start}–${end} cuts a character (such as an emoji) in half.`);
  }
  return text.slice(start, end);
}

/**
 * Widens [start, end) to whole grapheme clusters, so a segment never splits a surrogate pair,
 * an emoji with its skin-tone modifier, or a letter from its combining accent.
 */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new AppError("invalid_input", `The range ${start}–${end} does not fit a text of length ${text.length}.`);
  }
  const segments = graphemeSegmenter.segment(text);
  let snappedStart = start;
  if (start < text.length) {
    snappedStart = segments.containing(start)!.index;
  }
  let snappedEnd = end;
  if (end > 0 && end < text.length) {
    const cluster = segments.containing(end)!;
    if (cluster.index !== end) {
      snappedEnd = cluster.index + cluster.segment.length;
    }
  }
  return { start: snappedStart, end: Math.max(snappedStart, snappedEnd) };
}
