"use client";

import { type CSSProperties, useMemo } from "react";
import type { PickerCode } from "@/components/coding/code-picker";
import { shortText } from "@/components/coding/short-text";
import { StripeBars, type StripeLook } from "@/components/coding/stripe-bars";
import type { GridAnswer } from "@/lib/answers/list-question-answers";
import { layoutStripes, type StripeCoding } from "@/lib/coding/stripe-layout";
import { stripePattern } from "@/lib/coding/stripe-palette";
import type { ShownCoding } from "./use-grid-codings";

interface AnswerStripeCoding extends StripeCoding {
  coderName: string;
}

const looksByCodes = new WeakMap<ReadonlyMap<number, PickerCode>, Map<number, StripeLook>>();

/** Every code's stripe colour and pattern, worked out once per codebook the grid holds. */
function looksOf(codeById: ReadonlyMap<number, PickerCode>): Map<number, StripeLook> {
  let looks = looksByCodes.get(codeById);
  if (!looks) {
    const ids = [...codeById.keys()].sort((a, b) => a - b);
    looks = new Map(ids.map((id, index) => [id, { colour: codeById.get(id)!.colour, pattern: stripePattern(index) }]));
    looksByCodes.set(codeById, looks);
  }
  return looks;
}

/** Selects answer-relative offsets `start`–`end` of the text inside `element` (its text nodes in order). */
function selectText(element: HTMLElement, start: number, end: number): void {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!started && start <= at + length) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(node, end - at);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    at += length;
  }
}

export interface AnswerStripesProps {
  answer: GridAnswer;
  codings: readonly ShownCoding[];
  codeById: ReadonlyMap<number, PickerCode>;
  /** The id of the answer's text element, where a stripe's coding is selected. */
  textId: string;
}

/** An answer's coding stripes beside its text; a stripe selects its coding's text (to recode or code it again). */
export function AnswerStripes({ answer, codings, codeById, textId }: AnswerStripesProps) {
  const layout = useMemo(
    () =>
      layoutStripes<AnswerStripeCoding>(
        { startOffset: answer.start, endOffset: answer.end },
        codings.map((coding) => ({
          key: coding.key,
          start: coding.start,
          end: coding.end,
          codeId: coding.codeId,
          codeName: codeById.get(coding.codeId)?.name ?? "Archived code",
          coderName: coding.coderName,
        })),
      ),
    [answer, codings, codeById],
  );
  if (layout.stripes.length === 0) return null;
  const describe = (coding: AnswerStripeCoding) => {
    const whole = coding.start <= answer.start && coding.end >= answer.end;
    const part = answer.text.slice(coding.start - answer.start, coding.end - answer.start);
    return `${coding.codeName}, coded by ${coding.coderName}: ${whole ? "the whole answer" : `“${shortText(part, 48)}”`}`;
  };
  const select = (start: number, end: number) => {
    const element = document.getElementById(textId);
    if (element) selectText(element, start - answer.start, end - answer.start);
  };
  return (
    <div className="stripe-margin" style={{ "--stripe-lanes": layout.laneCount - 1 } as CSSProperties}>
      <StripeBars
        layout={layout}
        looks={looksOf(codeById)}
        describe={describe}
        onSelect={(coding) => select(coding.start, coding.end)}
        // The "+N" bar selects the text it covers; the chips under the answer list each of its codings.
        onMore={(_codings, start, end) => select(start, end)}
      />
    </div>
  );
}
