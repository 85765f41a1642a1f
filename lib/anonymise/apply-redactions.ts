import { AppError } from "../errors";
import type { Redaction } from "./types";

type Replaceable = Pick<Redaction, "start" | "end" | "replacement"> & Partial<Pick<Redaction, "text">>;

/**
 * Writes each redaction's replacement over its span. Used again after the author undoes or adds a
 * redaction, so the offsets are checked: inside the text, not splitting a surrogate pair, and (when
 * `text` is given) still covering that text. Overlapping redactions are merged under the first one's
 * replacement rather than leaving part of either showing.
 */
export function applyRedactions(input: string, redactions: readonly Replaceable[]): string {
  for (const redaction of redactions) assertValid(input, redaction);
  const sorted = [...redactions].sort((left, right) => left.start - right.start || right.end - left.end);
  let output = "";
  let cursor = 0;
  for (const redaction of sorted) {
    if (redaction.end <= cursor) continue;
    if (redaction.start < cursor) {
      cursor = redaction.end;
      continue;
    }
    output += input.slice(cursor, redaction.start) + redaction.replacement;
    cursor = redaction.end;
  }
  return output + input.slice(cursor);
}

function assertValid(input: string, redaction: Replaceable): void {
  const { start, end } = redaction;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > input.length || start >= end) {
    throw new AppError(
      "invalid_input",
      `Redaction offsets ${start}–${end} are outside the text (length ${input.length}).`,
    );
  }
  if (splitsSurrogatePair(input, start) || splitsSurrogatePair(input, end)) {
    throw new AppError("invalid_input", `Redaction offsets ${start}–${end} split a character in two.`);
  }
  if (redaction.text !== undefined && input.slice(start, end) !== redaction.text) {
    throw new AppError("conflict", `Redaction at ${start}–${end} no longer covers “${redaction.text}”.`);
  }
}

function splitsSurrogatePair(input: string, index: number): boolean {
  if (index <= 0 || index >= input.length) return false;
  const before = input.charCodeAt(index - 1);
  const after = input.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
