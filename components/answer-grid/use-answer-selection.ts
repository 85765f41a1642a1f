"use client";

import { type RefObject, useEffect, useState } from "react";
import type { GridAnswer } from "@/lib/answers/list-question-answers";
import { selectionToAnswerRange } from "./selection-offsets";
import type { CodingTarget } from "./use-grid-codings";

/** A text selection inside one answer of the grid, as document offsets, for coding part of it. */
export function useAnswerSelection(
  scrollRef: RefObject<HTMLDivElement | null>,
  answerById: ReadonlyMap<number, GridAnswer>,
) {
  const [selection, setSelection] = useState<CodingTarget | null>(null);
  useEffect(() => {
    const onSelectionChange = () => {
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
      const mapped = selectionToAnswerRange(start, range, answer);
      if (!mapped) {
        setSelection(null);
        return;
      }
      const whole = mapped.start === answer.start && mapped.end === answer.end;
      setSelection({
        answerId: answer.id,
        ...mapped,
        excerpt: whole ? null : answer.text.slice(mapped.start - answer.start, mapped.end - answer.start),
      });
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [answerById, scrollRef]);
  return [selection, setSelection] as const;
}
