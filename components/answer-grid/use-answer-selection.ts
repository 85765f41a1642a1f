"use client";

import { type RefObject, useEffect, useRef, useState } from "react";
import type { GridAnswer } from "@/lib/answers/list-question-answers";
import { rangeWithin, selectionToAnswerRange } from "./selection-offsets";
import type { CodingTarget } from "./use-grid-codings";

/**
 * A text selection inside one answer of the grid, as document offsets, for coding part of it: whole
 * words unless Alt is held as it is made (the browser's selection is widened to them on mouseup).
 * Also the selection's DOM range, to keep it highlighted while the picker is open.
 */
export function useAnswerSelection(
  scrollRef: RefObject<HTMLDivElement | null>,
  answerById: ReadonlyMap<number, GridAnswer>,
) {
  const [selection, setSelection] = useState<CodingTarget | null>(null);
  const selectedRange = useRef<Range | null>(null);
  useEffect(() => {
    let altKey = false;
    const read = (widen: boolean) => {
      const current = window.getSelection();
      if (!current || current.rangeCount === 0 || current.isCollapsed) {
        setSelection((previous) => (previous === null ? previous : null));
        return;
      }
      const range = current.getRangeAt(0);
      const start = range.startContainer.parentElement?.closest<HTMLElement>("[data-answer-text]");
      const row = start?.closest<HTMLElement>("[data-answer-id]");
      const answer = row ? answerById.get(Number(row.dataset.answerId)) : undefined;
      if (!start || !answer || !scrollRef.current?.contains(start)) {
        setSelection(null);
        return;
      }
      const mapped = selectionToAnswerRange(start, range, answer, !altKey);
      if (!mapped) {
        setSelection(null);
        return;
      }
      const local = rangeWithin(start, mapped.start - answer.start, mapped.end - answer.start);
      if (widen && local && range.toString() !== local.toString()) {
        current.removeAllRanges();
        current.addRange(local);
      }
      selectedRange.current = local ?? range.cloneRange();
      const whole = mapped.start === answer.start && mapped.end === answer.end;
      setSelection({
        answerId: answer.id,
        ...mapped,
        excerpt: whole ? null : answer.text.slice(mapped.start - answer.start, mapped.end - answer.start),
      });
    };
    const onSelectionChange = () => read(false);
    const onMouseDown = (event: MouseEvent) => {
      altKey = event.altKey;
    };
    const onMouseUp = (event: MouseEvent) => {
      altKey = event.altKey;
      window.setTimeout(() => read(true), 0);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    document.addEventListener("mousedown", onMouseDown);
    document.addEventListener("mouseup", onMouseUp);
    return () => {
      document.removeEventListener("selectionchange", onSelectionChange);
      document.removeEventListener("mousedown", onMouseDown);
      document.removeEventListener("mouseup", onMouseUp);
    };
  }, [answerById, scrollRef]);
  return [selection, setSelection, selectedRange] as const;
}
