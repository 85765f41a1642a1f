"use client";

import { TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import type { Editor } from "@tiptap/react";
import { type RefObject, useEffect, useRef, useState } from "react";
import type { CodingRange } from "@/lib/coding/apply-codings";
import type { PositionMap } from "@/lib/coding/position-map";
import { showPendingHighlight } from "./pending-highlight";
import { selectionToRange, snapSelectionToWords } from "./selection-to-range";
import { syncDomSelection } from "./transcript-keys";
import type { CodeKeys } from "./use-code-keys";

export interface SelectionCodingSetup {
  editor: Editor | null;
  map: PositionMap;
  text: string;
  canCode: boolean;
  wrapperRef: RefObject<HTMLDivElement | null>;
  codeKeys: CodeKeys;
  /** The range the open picker is about to code: kept highlighted while the picker has the focus. */
  pending: CodingRange | null;
  apply: (range: CodingRange, codeIds: number[]) => unknown;
  say: (tone: "info" | "error", text: string) => void;
}

/** A DOM range over editor positions, or null when the view cannot show them yet. */
function domRange(view: EditorView, from: number, to: number): Range | null {
  try {
    const start = view.domAtPos(from);
    const end = view.domAtPos(to);
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range;
  } catch {
    return null;
  }
}

/**
 * Mouse selections and pinned keys in the transcript: a selection made with the mouse snaps to whole
 * words (not with Alt held) and shows a "Code (C)" button beside it instead of opening the picker;
 * digits apply the coder's pinned codes to the selection; the text being coded stays highlighted.
 */
export function useSelectionCoding(setup: SelectionCodingSetup) {
  const { editor, map, text, canCode, wrapperRef, codeKeys, pending, apply, say } = setup;
  const [button, setButton] = useState<{ top: number; left: number } | null>(null);

  useEffect(() => {
    if (!editor) return;
    const hideWhenEmpty = () => {
      if (editor.state.selection.empty) setButton(null);
    };
    editor.on("selectionUpdate", hideWhenEmpty);
    return () => {
      editor.off("selectionUpdate", hideWhenEmpty);
    };
  }, [editor]);

  useEffect(() => {
    if (!editor || !pending) return;
    setButton(null);
    const { from, to } = map.rangeToPos(pending.start, pending.end);
    showPendingHighlight(domRange(editor.view, from, to));
    return () => showPendingHighlight(null);
  }, [editor, map, pending]);

  const timer = useRef<number | undefined>(undefined);
  /** After a mouseup in the text: takes the browser's selection (ProseMirror hears of it a moment later). */
  const afterMouseUp = (view: EditorView, altKey: boolean) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const domSelection = window.getSelection();
      if (
        !domSelection ||
        domSelection.isCollapsed ||
        !view.dom.contains(domSelection.anchorNode) ||
        !view.dom.contains(domSelection.focusNode)
      )
        return;
      const { doc } = view.state;
      try {
        const anchor = view.posAtDOM(domSelection.anchorNode!, domSelection.anchorOffset);
        const head = view.posAtDOM(domSelection.focusNode!, domSelection.focusOffset);
        const words = altKey ? null : snapSelectionToWords(map, text, anchor, head);
        const selection = words
          ? TextSelection.create(doc, anchor <= head ? words.from : words.to, anchor <= head ? words.to : words.from)
          : TextSelection.between(doc.resolve(anchor), doc.resolve(head));
        view.dispatch(view.state.tr.setSelection(selection));
        if (words) syncDomSelection(view);
      } catch {
        // A place the editor cannot map (inside a decoration's own markup): ProseMirror reads the selection itself.
      }
      const wrapper = wrapperRef.current;
      const shown = window.getSelection();
      if (!canCode || !wrapper || !shown || shown.isCollapsed || shown.rangeCount === 0) return;
      const rects = shown.getRangeAt(0).getClientRects();
      const end = rects[rects.length - 1] ?? shown.getRangeAt(0).getBoundingClientRect();
      const outer = wrapper.getBoundingClientRect();
      setButton({ top: end.bottom - outer.top + 4, left: Math.max(0, end.right - outer.left - 24) });
    }, 0);
  };

  // ProseMirror passes on no mouseup whose target is outside its own markup (drawn over coded text, say):
  // the document hears every one, and only a selection inside the text counts; one call between the two.
  const latest = useRef(afterMouseUp);
  latest.current = afterMouseUp;
  useEffect(() => {
    if (!editor) return;
    const onMouseUp = (event: MouseEvent) => latest.current(editor.view, event.altKey);
    document.addEventListener("mouseup", onMouseUp);
    return () => document.removeEventListener("mouseup", onMouseUp);
  }, [editor]);

  const applyKey = (digit: number) => {
    if (!editor) return;
    if (!canCode) {
      say("info", "Your role in this project lets you read codings but not add them.");
      return;
    }
    const code = codeKeys.codeAt(digit);
    if (!code) {
      say("info", `Key ${digit} holds no code: pin one with “Pin keys…”, or with Alt+${digit} in the code picker.`);
      return;
    }
    const { from, to } = editor.state.selection;
    const range = from === to ? null : selectionToRange(map, text, from, to);
    if (!range) {
      say("info", `Select some text first, then press ${digit} to code it as ${code.name}.`);
      return;
    }
    setButton(null);
    void apply(range, [code.id]);
  };

  return { button, afterMouseUp, applyKey };
}
