import { TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { getCodingDecorationsState } from "@/lib/coding/editor/coding-decorations";
import { type CaretMove, clampToText, moveCaret, turnAt } from "./caret-moves";
import { digitOf } from "./key-map";

const KEY_MOVES: Record<string, [CaretMove, CaretMove]> = {
  ArrowRight: ["characterForward", "wordForward"],
  ArrowLeft: ["characterBackward", "wordBackward"],
  Home: ["turnStart", "documentStart"],
  End: ["turnEnd", "documentEnd"],
};

export interface TranscriptKeyActions {
  canCode: boolean;
  undo: () => void;
  redo: () => void;
  openPicker: () => void;
  openAtPlace: (keys: string[], pos: number) => void;
  /** A digit 1–9: apply the code pinned to it to the selection. */
  applyKey: (digit: number) => void;
  /** The column a run of ↑/↓ keeps, forgotten on any other move. */
  goalX: { current: number | null };
}

/** Puts the browser's selection where the editor's is, so a read-only editor shows it and keeps it. */
export function syncDomSelection(view: EditorView): void {
  const { anchor, head } = view.state.selection;
  try {
    const from = view.domAtPos(anchor);
    const to = view.domAtPos(head);
    window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  } catch {
    // A position the DOM cannot show yet (the view is being rebuilt): the next move fixes it.
  }
}

/** The position a line up or down, keeping the caret's column; at a turn's edge it goes to the next turn. */
function verticalMove(view: EditorView, pos: number, direction: 1 | -1, goalX: { current: number | null }): number {
  const { doc } = view.state;
  try {
    const coords = view.coordsAtPos(pos);
    goalX.current ??= coords.left;
    const lineHeight = Math.max(8, coords.bottom - coords.top);
    const top = direction === 1 ? coords.bottom + lineHeight / 2 : coords.top - lineHeight / 2;
    const found = view.posAtCoords({ left: goalX.current, top });
    const turn = turnAt(doc, pos);
    if (found) {
      const target = clampToText(doc, found.pos);
      if (direction === 1 ? target > pos : target < pos) return target;
    }
    // Past the turn's first or last line: to the neighbouring turn's nearest end.
    if (direction === 1)
      return turn.index < doc.childCount - 1 ? moveCaret(doc, turn.end, "characterForward") : turn.end;
    return turn.index > 0 ? moveCaret(doc, turn.start, "characterBackward") : turn.start;
  } catch {
    return moveCaret(doc, pos, direction === 1 ? "turnEnd" : "turnStart");
  }
}

/** The codings drawn at a position, by key. */
function keysAt(view: EditorView, pos: number): string[] {
  const pluginState = getCodingDecorationsState(view.state);
  const found = pluginState?.decorations.find(pos, pos) ?? [];
  return [...new Set(found.map((decoration) => (decoration.spec as { codingKey: string }).codingKey))];
}

/**
 * The transcript's keys: arrows move (Ctrl by word, Home/End to the turn's ends), Shift selects,
 * T selects the turn, C/Enter/Ctrl+K open the picker (Enter on coded text lists its codings),
 * 1–9 apply the pinned codes, Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes. Returns whether the key was handled.
 */
export function handleTranscriptKey(view: EditorView, event: KeyboardEvent, actions: TranscriptKeyActions): boolean {
  const { state } = view;
  const { selection } = state;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;
  const lower = key.toLowerCase();
  const handled = () => {
    event.preventDefault();
    return true;
  };
  const digit = digitOf(event);
  if (digit !== null) {
    actions.applyKey(digit);
    return handled();
  }
  if (mod && !event.altKey && ((lower === "z" && event.shiftKey) || (lower === "y" && !event.shiftKey))) {
    if (actions.canCode) actions.redo();
    return handled();
  }
  if (mod && !event.shiftKey && !event.altKey && lower === "z") {
    if (actions.canCode) actions.undo();
    return handled();
  }
  if ((mod && lower === "k") || (!mod && !event.altKey && (key === "c" || key === "C" || key === "Enter"))) {
    if (selection.empty && key === "Enter") {
      const keys = keysAt(view, selection.head);
      if (keys.length > 0) {
        actions.openAtPlace(keys, selection.head);
        return handled();
      }
    }
    actions.openPicker();
    return handled();
  }
  if (!mod && !event.altKey && (key === "t" || key === "T")) {
    const turn = turnAt(state.doc, selection.head);
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, turn.start, turn.end)));
    return handled();
  }
  if (key === "Escape" && !selection.empty) {
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, selection.head)));
    return handled();
  }
  let head: number | null = null;
  const moves = KEY_MOVES[key];
  if (moves && !event.altKey) {
    actions.goalX.current = null;
    if (!event.shiftKey && !selection.empty && !mod && (key === "ArrowRight" || key === "ArrowLeft")) {
      head = key === "ArrowRight" ? selection.to : selection.from;
    } else {
      head = moveCaret(state.doc, clampToText(state.doc, selection.head), moves[mod ? 1 : 0]);
    }
  } else if ((key === "ArrowDown" || key === "ArrowUp") && !mod && !event.altKey) {
    head = verticalMove(view, selection.head, key === "ArrowDown" ? 1 : -1, actions.goalX);
  }
  if (head === null) return false;
  const anchor = event.shiftKey ? selection.anchor : head;
  view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)).scrollIntoView());
  return handled();
}
