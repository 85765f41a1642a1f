/** Between two turns or answers in a document's plain text. */
export const UNIT_SEPARATOR = "\n\n";

export interface LaidOutUnit<T> {
  unit: T;
  startOffset: number;
  endOffset: number;
}

/**
 * Joins turns or answers into the document's plain text and records where each one lies
 * (UTF-16 offsets, end exclusive), so segments can span units and still index one string.
 */
export function layoutText<T extends { text: string }>(units: T[]): { text: string; units: LaidOutUnit<T>[] } {
  const parts: string[] = [];
  const laidOut: LaidOutUnit<T>[] = [];
  let offset = 0;
  for (const unit of units) {
    if (parts.length > 0) {
      parts.push(UNIT_SEPARATOR);
      offset += UNIT_SEPARATOR.length;
    }
    parts.push(unit.text);
    laidOut.push({ unit, startOffset: offset, endOffset: offset + unit.text.length });
    offset += unit.text.length;
  }
  return { text: parts.join(""), units: laidOut };
}
