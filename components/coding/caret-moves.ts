import type { Node as ProseMirrorNode } from "@tiptap/pm/model";

export type CaretMove =
  | "characterForward"
  | "characterBackward"
  | "wordForward"
  | "wordBackward"
  | "turnStart"
  | "turnEnd"
  | "documentStart"
  | "documentEnd";

interface TurnPlace {
  index: number;
  /** Positions of the turn's first and last text position. */
  start: number;
  end: number;
  text: string;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const words = new Intl.Segmenter(undefined, { granularity: "word" });

function turnAtIndex(doc: ProseMirrorNode, index: number): TurnPlace {
  let start = 1;
  for (let i = 0; i < index; i++) start += doc.child(i).nodeSize;
  const node = doc.child(index);
  return { index, start, end: start + node.content.size, text: node.textContent };
}

/** The turn a position is in (a position between turns counts as the start of the next one). */
export function turnAt(doc: ProseMirrorNode, pos: number): TurnPlace {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  const index = $pos.depth === 0 ? Math.min($pos.index(0), doc.childCount - 1) : $pos.index(0);
  return turnAtIndex(doc, index);
}

/** A position inside a turn's text nearest to `pos`. */
export function clampToText(doc: ProseMirrorNode, pos: number): number {
  const turn = turnAt(doc, pos);
  return Math.max(turn.start, Math.min(pos, turn.end));
}

function nextBoundary(text: string, offset: number): number {
  for (const segment of graphemes.segment(text)) if (segment.index > offset) return segment.index;
  return text.length;
}

function previousBoundary(text: string, offset: number): number {
  let last = 0;
  for (const segment of graphemes.segment(text)) {
    if (segment.index >= offset) break;
    last = segment.index;
  }
  return last;
}

function wordEndAfter(text: string, offset: number): number | null {
  for (const segment of words.segment(text)) {
    const end = segment.index + segment.segment.length;
    if (segment.isWordLike && end > offset) return end;
  }
  return null;
}

function wordStartBefore(text: string, offset: number): number | null {
  let found: number | null = null;
  for (const segment of words.segment(text)) {
    if (segment.index >= offset) break;
    if (segment.isWordLike) found = segment.index;
  }
  return found;
}

/**
 * Where the caret goes for a key, in a document of turns: by whole characters (an emoji is one
 * step), to the end of the next word or the start of the previous one, or to the ends of the turn
 * or document. Stepping past a turn's end lands at the start of the next turn.
 */
export function moveCaret(doc: ProseMirrorNode, pos: number, move: CaretMove): number {
  const turn = turnAt(doc, pos);
  const offset = Math.max(0, Math.min(pos - turn.start, turn.text.length));
  const last = doc.childCount - 1;
  switch (move) {
    case "characterForward":
      if (offset < turn.text.length) return turn.start + nextBoundary(turn.text, offset);
      return turn.index < last ? turnAtIndex(doc, turn.index + 1).start : turn.end;
    case "characterBackward":
      if (offset > 0) return turn.start + previousBoundary(turn.text, offset);
      return turn.index > 0 ? turnAtIndex(doc, turn.index - 1).end : turn.start;
    case "wordForward": {
      for (let index = turn.index, from = offset; index <= last; index++, from = 0) {
        const place = index === turn.index ? turn : turnAtIndex(doc, index);
        const end = wordEndAfter(place.text, from);
        if (end !== null) return place.start + end;
      }
      return turnAtIndex(doc, last).end;
    }
    case "wordBackward": {
      for (let index = turn.index, before = offset; index >= 0; index--, before = Number.POSITIVE_INFINITY) {
        const place = index === turn.index ? turn : turnAtIndex(doc, index);
        const start = wordStartBefore(place.text, Math.min(before, place.text.length + 1));
        if (start !== null) return place.start + start;
      }
      return 1;
    }
    case "turnStart":
      return turn.start;
    case "turnEnd":
      return turn.end;
    case "documentStart":
      return 1;
    case "documentEnd":
      return turnAtIndex(doc, last).end;
  }
}
