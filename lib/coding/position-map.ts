import { AppError } from "../errors";

/** Where a turn (or answer) sits in its document's plain text. */
export interface TurnSpan {
  startOffset: number;
  endOffset: number;
}

/**
 * Which way an offset or position that lies between turns (in the separator, or between two
 * turn nodes) resolves: -1 to the end of the turn before, 1 to the start of the turn after.
 */
export type Association = -1 | 1;

export interface PositionMap {
  /** The ProseMirror position of a text offset. */
  toPos(offset: number, association?: Association): number;
  /** The text offset of a ProseMirror position. */
  toOffset(pos: number, association?: Association): number;
  /**
   * The positions a text range covers. A range that begins or ends in a separator is
   * tightened to the turn text on either side; one that covers only a separator collapses.
   */
  rangeToPos(start: number, end: number): { from: number; to: number };
  /**
   * The text range a selection covers. A selection across turns includes the separators
   * between them, but never starts or ends with one.
   */
  posRangeToOffsets(from: number, to: number): { start: number; end: number };
  /** The size of the document's content: `doc.content.size`. */
  readonly size: number;
}

function assertTurns(turns: readonly TurnSpan[]): void {
  if (turns.length === 0) {
    throw new AppError("invalid_input", "A document needs at least one turn or answer to be shown.");
  }
  let previousEnd = 0;
  turns.forEach(({ startOffset, endOffset }, index) => {
    if (!Number.isInteger(startOffset) || !Number.isInteger(endOffset) || startOffset > endOffset) {
      throw new AppError("invalid_input", `Turn ${index + 1} has an invalid range ${startOffset}–${endOffset}.`);
    }
    if (startOffset < previousEnd) {
      throw new AppError("invalid_input", `Turn ${index + 1} starts before the turn before it ends.`);
    }
    previousEnd = endOffset;
  });
}

/**
 * Maps between offsets into a document's plain text and positions in an editor document
 * shaped `doc(turn(text)…)`, where each turn node holds exactly its turn's text.
 */
export function buildPositionMap(turns: readonly TurnSpan[]): PositionMap {
  assertTurns(turns);
  const last = turns.length - 1;
  const contentStarts: number[] = [];
  let pos = 1;
  for (const turn of turns) {
    contentStarts.push(pos);
    pos += turn.endOffset - turn.startOffset + 2;
  }
  const size = pos - 1;
  const textEnd = turns[last].endOffset;
  const contentEnd = (index: number) => contentStarts[index] + turns[index].endOffset - turns[index].startOffset;
  const isEmpty = (index: number) => turns[index].startOffset === turns[index].endOffset;

  function lastIndexWhere(matches: (index: number) => boolean): number {
    let low = 0;
    let high = last;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (matches(middle)) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  function assertOffset(offset: number): void {
    if (!Number.isInteger(offset) || offset < 0 || offset > textEnd) {
      throw new AppError("invalid_input", `The offset ${offset} is outside the document text (0–${textEnd}).`);
    }
  }

  function assertPos(position: number): void {
    if (!Number.isInteger(position) || position < 0 || position > size) {
      throw new AppError("invalid_input", `The position ${position} is outside the editor document (0–${size}).`);
    }
  }

  function toPos(offset: number, association: Association = 1): number {
    assertOffset(offset);
    const index =
      association === 1
        ? lastIndexWhere((i) => turns[i].startOffset <= offset)
        : lastIndexWhere((i) => turns[i].startOffset < offset);
    if (index === -1) return contentStarts[0];
    if (offset <= turns[index].endOffset) return contentStarts[index] + offset - turns[index].startOffset;
    if (association === 1 && index < last) return contentStarts[index + 1];
    return contentEnd(index);
  }

  function toOffset(position: number, association: Association = 1): number {
    assertPos(position);
    const index = lastIndexWhere((i) => contentStarts[i] <= position);
    if (index === -1) return turns[0].startOffset;
    if (position <= contentEnd(index)) return turns[index].startOffset + position - contentStarts[index];
    if (association === 1 && index < last) return turns[index + 1].startOffset;
    return turns[index].endOffset;
  }

  function tightenStart(offset: number): number {
    const index = lastIndexWhere((i) => turns[i].startOffset <= offset);
    if (index !== -1 && offset < turns[index].endOffset) return offset;
    let next = index + 1;
    while (next <= last && isEmpty(next)) next++;
    return next <= last ? turns[next].startOffset : offset;
  }

  function tightenEnd(offset: number): number {
    let index = lastIndexWhere((i) => turns[i].startOffset < offset);
    if (index !== -1 && offset <= turns[index].endOffset) return offset;
    while (index >= 0 && isEmpty(index)) index--;
    return index >= 0 ? turns[index].endOffset : offset;
  }

  function tightenRange(start: number, end: number): { start: number; end: number } {
    const tightStart = tightenStart(start);
    const tightEnd = tightenEnd(end);
    return tightStart < tightEnd ? { start: tightStart, end: tightEnd } : { start, end: start };
  }

  return {
    size,
    toPos,
    toOffset,
    rangeToPos(start, end) {
      assertOffset(start);
      assertOffset(end);
      if (start > end) throw new AppError("invalid_input", `The range ${start}–${end} ends before it starts.`);
      const tight = tightenRange(start, end);
      if (tight.start === tight.end) {
        const collapsed = toPos(start, 1);
        return { from: collapsed, to: collapsed };
      }
      return { from: toPos(tight.start, 1), to: toPos(tight.end, -1) };
    },
    posRangeToOffsets(from, to) {
      assertPos(from);
      assertPos(to);
      if (from > to) throw new AppError("invalid_input", `The selection ${from}–${to} ends before it starts.`);
      return tightenRange(toOffset(from, 1), toOffset(to, -1));
    },
  };
}
