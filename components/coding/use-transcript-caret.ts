"use client";

import type { EditorView } from "@tiptap/pm/view";
import type { Editor } from "@tiptap/react";
import { type RefObject, useCallback, useEffect, useState } from "react";
import { turnAt } from "./caret-moves";

/**
 * The keyboard caret drawn over the read-only editor (which shows none of its own) and the turn
 * it is in, followed as the selection moves.
 */
export function useTranscriptCaret(editor: Editor | null, wrapperRef: RefObject<HTMLDivElement | null>) {
  const [caret, setCaret] = useState<{ top: number; left: number; height: number } | null>(null);
  const [currentTurn, setCurrentTurn] = useState<number | null>(null);

  const updateCaret = useCallback(
    (view: EditorView) => {
      const wrapper = wrapperRef.current;
      const { selection } = view.state;
      const index = turnAt(view.state.doc, selection.head).index;
      setCurrentTurn((current) => (current === index ? current : index));
      if (!wrapper || !selection.empty || document.activeElement !== view.dom) {
        setCaret(null);
        return;
      }
      try {
        const coords = view.coordsAtPos(selection.head);
        const box = wrapper.getBoundingClientRect();
        setCaret({
          top: coords.top - box.top,
          left: coords.left - box.left,
          height: Math.max(16, coords.bottom - coords.top),
        });
      } catch {
        setCaret(null);
      }
    },
    [wrapperRef],
  );

  useEffect(() => {
    if (!editor) return;
    const onSelection = () => updateCaret(editor.view);
    const onBlur = () => setCaret(null);
    editor.on("selectionUpdate", onSelection);
    editor.view.dom.addEventListener("blur", onBlur);
    return () => {
      editor.off("selectionUpdate", onSelection);
      editor.view.dom.removeEventListener("blur", onBlur);
    };
  }, [editor, updateCaret]);

  return { caret, currentTurn, updateCaret };
}
