"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useMemo, useRef } from "react";
import { createPortal } from "react-dom";
import type { CodingTurn } from "@/lib/coding/get-transcript-for-coding";
import { codingsByTurn, firstTurnEndingAfter, layoutStripes } from "@/lib/coding/stripe-layout";
import type { MemoView } from "@/lib/memos/list-memos";
import type { CodingRecord } from "./coding-records";
import { MemoMarker } from "./memo-marker";
import { shortText } from "./short-text";
import { StripeBars, type StripeLook } from "./stripe-bars";
import { useRenderedTurns } from "./use-rendered-turns";

export interface TranscriptStripesProps {
  editor: Editor | null;
  text: string;
  turns: readonly CodingTurn[];
  /** The codings shown (the coder filter applied). */
  records: readonly CodingRecord[];
  looks: ReadonlyMap<number, StripeLook>;
  focused: ReadonlySet<number> | null;
  selectedKey: string | null;
  memos: readonly MemoView[];
  onSelect: (record: CodingRecord) => void;
  /** The "+N" bar of a turn with more codings than lanes: lists them, at the start of the text the bar covers. */
  onMore: (records: CodingRecord[], start: number) => void;
  /** The text offsets of the turns on screen or near it, whenever they change (codings are drawn there). */
  onShown: (start: number, end: number) => void;
}

interface MemoPlace {
  memos: MemoView[];
  top: number;
}

/** Segment memos grouped by segment, placed in the turn where their segment starts. */
function memoPlaces(turns: readonly CodingTurn[], memos: readonly MemoView[]): Map<number, MemoPlace[]> {
  const bySegment = new Map<number, MemoView[]>();
  for (const memo of memos) {
    if (memo.target !== "segment" || memo.segmentId === null || !memo.segment) continue;
    bySegment.set(memo.segmentId, [...(bySegment.get(memo.segmentId) ?? []), memo]);
  }
  const byTurn = new Map<number, MemoPlace[]>();
  for (const group of bySegment.values()) {
    const start = group[0].segment!.start;
    const index = firstTurnEndingAfter(turns, start);
    const turn = turns[index];
    if (!turn || turn.startOffset > group[0].segment!.end) continue;
    const length = Math.max(1, turn.endOffset - turn.startOffset);
    const top = Math.min(1, Math.max(0, (start - turn.startOffset) / length));
    byTurn.set(turn.id, [...(byTurn.get(turn.id) ?? []), { memos: group, top }]);
  }
  return byTurn;
}

/**
 * The coding stripes and memo markers of the turns on screen, drawn into each turn's margin. Every
 * turn's margin is as wide as the most stacked turn needs, so text does not move as stripes appear.
 */
export function TranscriptStripes({
  editor,
  text,
  turns,
  records,
  looks,
  focused,
  selectedKey,
  memos,
  onSelect,
  onMore,
  onShown,
}: TranscriptStripesProps) {
  const { margins, rendered } = useRenderedTurns(editor);
  const indexById = useMemo(() => new Map(turns.map((turn, index) => [turn.id, index])), [turns]);
  const shown = useRef(onShown);
  shown.current = onShown;
  useEffect(() => {
    let start = Number.POSITIVE_INFINITY;
    let end = -1;
    for (const turnId of rendered) {
      const turn = turns[indexById.get(turnId) ?? -1];
      if (!turn) continue;
      start = Math.min(start, turn.startOffset);
      end = Math.max(end, turn.endOffset);
    }
    if (end >= 0) shown.current(start, end);
  }, [rendered, turns, indexById]);
  const byTurn = useMemo(() => codingsByTurn(turns, records), [turns, records]);
  const laneCount = useMemo(() => {
    let most = 1;
    for (const [index, codings] of byTurn) most = Math.max(most, layoutStripes(turns[index], codings).laneCount);
    return most;
  }, [byTurn, turns]);
  const memosByTurn = useMemo(() => memoPlaces(turns, memos), [turns, memos]);
  const describe = (record: CodingRecord) =>
    `${record.codeName}, coded by ${record.coderName}: “${shortText(text.slice(record.start, record.end), 48)}”`;

  return (
    <>
      <style>{`.coding-editor { --stripe-lanes: ${laneCount}; }`}</style>
      {rendered.map((turnId) => {
        const margin = margins.get(turnId);
        const index = indexById.get(turnId);
        if (!margin || index === undefined) return null;
        const codings = byTurn.get(index);
        const places = memosByTurn.get(turnId);
        if (!codings && !places) return null;
        return createPortal(
          <StripeBars
            layout={layoutStripes(turns[index], codings ?? [])}
            looks={looks}
            describe={describe}
            onSelect={onSelect}
            onMore={onMore}
            focused={focused}
            selectedKey={selectedKey}
          >
            {places?.map((place) => (
              <MemoMarker key={place.memos[0].id} memos={place.memos} top={place.top} />
            ))}
          </StripeBars>,
          margin,
          String(turnId),
        );
      })}
    </>
  );
}
