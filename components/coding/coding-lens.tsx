"use client";

import type { Editor } from "@tiptap/react";
import { Search } from "lucide-react";
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { CodingTurn } from "@/lib/coding/get-transcript-for-coding";
import type { PositionMap } from "@/lib/coding/position-map";
import { distinctColours, stripePattern } from "@/lib/coding/stripe-palette";
import type { MemoView } from "@/lib/memos/list-memos";
import { CodeFocusMenu } from "./code-focus-menu";
import { CodedShareFigure } from "./coded-share-figure";
import type { CodingRecord, LegendEntry } from "./coding-records";
import { FindBar } from "./find-bar";
import { lensStyle } from "./lens-style";
import type { StripeLook } from "./stripe-bars";
import { TranscriptStripes } from "./transcript-stripes";
import { useFindInDocument } from "./use-find-in-document";

export interface CodingLensProps {
  editor: Editor | null;
  text: string;
  turns: readonly CodingTurn[];
  map: PositionMap;
  /** The codings shown (the coder filter applied). */
  records: readonly CodingRecord[];
  legend: readonly LegendEntry[];
  memos: readonly MemoView[];
  /** Lists these codings beside position `pos` (the codings popover). */
  onOpenCodings: (keys: string[], pos: number) => void;
}

const NO_CODES: ReadonlySet<number> = new Set();

/** Editor positions drawn beyond the turns near the screen, either side. */
const SHOWN_AHEAD = 8_000;

/**
 * How a reader looks at a coded transcript: coding stripes beside each turn on screen, focus on a
 * few codes, how much is coded, memo markers, and find (Ctrl+F anywhere in the view).
 */
export function CodingLens({ editor, text, turns, map, records, legend, memos, onOpenCodings }: CodingLensProps) {
  const barRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<ReadonlySet<number>>(NO_CODES);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const find = useFindInDocument({ editor, text, turns, map });

  // Stable across codings added and removed: by code id, not by how often each is used.
  const looks = useMemo(() => {
    const byId = [...legend].sort((a, b) => a.codeId - b.codeId);
    const colours = distinctColours(byId);
    return new Map<number, StripeLook>(
      byId.map((entry, index) => [entry.codeId, { colour: colours.get(entry.codeId)!, pattern: stripePattern(index) }]),
    );
  }, [legend]);
  const stored = useMemo(() => new Map(legend.map((entry) => [entry.codeId, entry.colour])), [legend]);
  const focusedShown = useMemo(() => new Set([...focused].filter((codeId) => looks.has(codeId))), [focused, looks]);

  // Ctrl+F (⌘F) anywhere in the coding view, the transcript and its side panel, opens our find bar.
  const { setOpen } = find;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "f") return;
      const view = barRef.current?.closest("section")?.parentElement;
      const target = event.target instanceof Node ? event.target : null;
      if (!view || !target || !view.contains(target)) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
      setFocusRequest((request) => request + 1);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [setOpen]);

  // A stripe's coding stays marked until the selection moves elsewhere.
  useEffect(() => {
    if (!editor || selectedKey === null) return;
    const record = records.find((candidate) => candidate.key === selectedKey);
    if (!record) {
      setSelectedKey(null);
      return;
    }
    const { from, to } = map.rangeToPos(record.start, record.end);
    const onSelection = () => {
      const { selection } = editor.state;
      if (selection.from !== from || selection.to !== to) setSelectedKey(null);
    };
    editor.on("selectionUpdate", onSelection);
    return () => {
      editor.off("selectionUpdate", onSelection);
    };
  }, [editor, selectedKey, records, map]);

  const selectCoding = (record: CodingRecord) => {
    if (!editor) return;
    const { from, to } = map.rangeToPos(record.start, record.end);
    editor.chain().setTextSelection({ from, to }).run();
    setSelectedKey(record.key);
    onOpenCodings([record.key], from);
  };

  return (
    <>
      <style>{lensStyle(looks, stored, focusedShown, selectedKey)}</style>
      <div ref={barRef} className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-2">
        <CodeFocusMenu legend={legend} looks={looks} focused={focusedShown} onChange={setFocused} />
        <Button
          type="button"
          variant="secondary"
          size="sm"
          aria-keyshortcuts="Control+F"
          onClick={() => {
            find.setOpen(true);
            setFocusRequest((request) => request + 1);
          }}
        >
          <Search className="size-4" aria-hidden="true" />
          Find (Ctrl+F)
        </Button>
        <CodedShareFigure turns={turns} records={records} />
      </div>
      {find.open ? (
        <FindBar
          query={find.query}
          onQuery={find.setQuery}
          count={find.hits.length}
          current={find.current}
          onNext={find.next}
          onPrevious={find.previous}
          onClose={find.close}
          focusRequest={focusRequest}
        />
      ) : null}
      <TranscriptStripes
        editor={editor}
        text={text}
        turns={turns}
        records={records}
        looks={looks}
        focused={focusedShown.size > 0 ? focusedShown : null}
        selectedKey={selectedKey}
        memos={memos}
        onSelect={selectCoding}
        onMore={(hidden, start) =>
          onOpenCodings(
            hidden.map((record) => record.key),
            map.rangeToPos(start, start).from,
          )
        }
        onShown={(start, end) => {
          // A screenful or two either side, so codings are drawn before they scroll into view.
          const { from, to } = map.rangeToPos(start, end);
          editor?.commands.showCodingsIn(Math.max(0, from - SHOWN_AHEAD), to + SHOWN_AHEAD);
        }}
      />
    </>
  );
}
