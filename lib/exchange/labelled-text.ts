/** A turn as the export sees it: its range in the document text and its speaker. */
export interface LabelledTurn {
  startOffset: number;
  endOffset: number;
  speaker: string | null;
}

export interface LabelledText {
  /** The document text with "Speaker: " before each attributed turn that does not already show it. */
  text: string;
  /** Where a start offset of the document text lands in `text` (a turn's start lands after its label). */
  mapStart(offset: number): number;
  /** Where an end offset lands (an end at a turn's start stays before that turn's label). */
  mapEnd(offset: number): number;
}

export function speakerLabel(speaker: string): string {
  return `${speaker}: `;
}

/**
 * The text a transcript is exported with, so it reads as a transcript in another tool: each
 * turn's speaker label is put back in front of it. Labels already in the text between turns (a
 * transcript that came in from another tool keeps its own) are not written twice.
 */
export function labelledText(text: string, turns: readonly LabelledTurn[]): LabelledText {
  const insertions: { at: number; label: string }[] = [];
  let previousEnd = 0;
  for (const turn of turns) {
    if (turn.speaker) {
      const label = speakerLabel(turn.speaker);
      const gap = text.slice(previousEnd, turn.startOffset);
      if (!gap.includes(`${turn.speaker}:`)) insertions.push({ at: turn.startOffset, label });
    }
    previousEnd = turn.endOffset;
  }
  if (insertions.length === 0) return { text, mapStart: (offset) => offset, mapEnd: (offset) => offset };
  const parts: string[] = [];
  let from = 0;
  const at: number[] = [];
  const shiftAfter: number[] = [];
  let shift = 0;
  for (const insertion of insertions) {
    parts.push(text.slice(from, insertion.at), insertion.label);
    from = insertion.at;
    shift += insertion.label.length;
    at.push(insertion.at);
    shiftAfter.push(shift);
  }
  parts.push(text.slice(from));
  // Shift of an offset: the labels inserted at or before it (starts) or strictly before it (ends).
  const shiftFor = (offset: number, inclusive: boolean) => {
    let low = 0;
    let high = at.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (inclusive ? at[middle] <= offset : at[middle] < offset) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? 0 : shiftAfter[low - 1];
  };
  return {
    text: parts.join(""),
    mapStart: (offset) => offset + shiftFor(offset, true),
    mapEnd: (offset) => offset + shiftFor(offset, false),
  };
}
