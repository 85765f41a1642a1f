import { codePointIndex } from "./code-point-index";

/**
 * How a file counted its selection offsets. The standard counts Unicode code points over the
 * plain text as written; some exporters count UTF-16 units (NVivo for Windows), count the text
 * with CRLF read as LF, or count the byte order mark as a character.
 */
export interface OffsetConvention {
  unit: "code points" | "UTF-16 units";
  lineEnds: "as written" | "LF";
  bom: "not counted" | "counted";
}

export const STANDARD_CONVENTION: OffsetConvention = {
  unit: "code points",
  lineEnds: "as written",
  bom: "not counted",
};

export function describeConvention(convention: OffsetConvention, crlf: boolean, bom: boolean): string {
  const parts = [
    convention.unit === "code points" ? "Unicode code points (the standard)" : "UTF-16 units instead of code points",
  ];
  if (crlf)
    parts.push(
      convention.lineEnds === "as written" ? "over the CRLF text as written" : "over the text with CRLF read as LF",
    );
  if (bom)
    parts.push(convention.bom === "counted" ? "counting the byte order mark" : "not counting the byte order mark");
  return parts.join(", ");
}

/** Maps a file's offsets in one convention to UTF-16 offsets into the text as stored (BOM removed, line ends kept). */
export type OffsetMapper = (offset: number) => number | null;

export function offsetMapper(text: string, convention: OffsetConvention): OffsetMapper {
  const lf = convention.lineEnds === "LF" && text.includes("\r\n");
  // Positions, in the LF view, of each "\n" that stands for a "\r\n" of the text.
  const crlfAt: number[] = [];
  let view = text;
  if (lf) {
    let removed = 0;
    for (let index = text.indexOf("\r\n"); index >= 0; index = text.indexOf("\r\n", index + 2)) {
      crlfAt.push(index - removed);
      removed++;
    }
    view = text.replace(/\r\n/g, "\n");
  }
  const points = convention.unit === "code points" ? codePointIndex(view) : null;
  const bom = convention.bom === "counted" ? 1 : 0;
  return (offset) => {
    if (!Number.isInteger(offset) || offset < 0) return null;
    let index = Math.max(0, offset - bom);
    if (points) {
      const utf16 = points.toUtf16(index);
      if (utf16 === null) return null;
      index = utf16;
    } else if (index > view.length) {
      return null;
    }
    if (lf) {
      let low = 0;
      let high = crlfAt.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (crlfAt[middle] < index) low = middle + 1;
        else high = middle;
      }
      index += low;
    }
    return index;
  };
}

/** The conventions worth trying for a text: only those that give different answers for it. */
export function candidateConventions(text: string, hadBom: boolean): OffsetConvention[] {
  const astral = /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
  const crlf = text.includes("\r\n");
  const list: OffsetConvention[] = [];
  for (const unit of ["code points", "UTF-16 units"] as const) {
    if (unit === "UTF-16 units" && !astral) continue;
    for (const lineEnds of ["as written", "LF"] as const) {
      if (lineEnds === "LF" && !crlf) continue;
      for (const bom of ["not counted", "counted"] as const) {
        if (bom === "counted" && !hadBom) continue;
        list.push({ unit, lineEnds, bom });
      }
    }
  }
  return list;
}

const WORD = /[\p{L}\p{N}]/u;

function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.codePointAt(index)!;
  // A low surrogate belongs to the character before it.
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return WORD.test(String.fromCodePoint(code));
}

function splitsPair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Scores a convention by reading the text each selection would select: a start or end that falls
 * on a word boundary scores one, a selection that falls outside the text or cuts a character in
 * half costs five. People select whole words, so the right reading lands on boundaries.
 */
export function scoreConvention(
  text: string,
  mapper: OffsetMapper,
  selections: readonly { start: number; end: number }[],
): number {
  let score = 0;
  for (const selection of selections) {
    const start = mapper(selection.start);
    const end = mapper(selection.end);
    if (start === null || end === null || start >= end || splitsPair(text, start) || splitsPair(text, end)) {
      score -= 5;
      continue;
    }
    if (!isWordAt(text, start - 1) || !isWordAt(text, start)) score++;
    if (!isWordAt(text, end - 1) || !isWordAt(text, end)) score++;
  }
  return score;
}

/** How many selections start and end on word boundaries under a convention (for the import summary). */
export function countOnBoundaries(
  text: string,
  mapper: OffsetMapper,
  selections: readonly { start: number; end: number }[],
): number {
  return selections.filter((selection) => scoreConvention(text, mapper, [selection]) === 2).length;
}
