"use client";

import type { Editor } from "@tiptap/react";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { type FindHit, findInText, hitFrom } from "@/lib/coding/find-in-text";
import type { PositionMap } from "@/lib/coding/position-map";
import type { StripeSpan } from "@/lib/coding/stripe-layout";
import { paintFindHit, revealRange } from "./reveal-range";

export interface FindInDocumentSetup {
  editor: Editor | null;
  text: string;
  turns: readonly StripeSpan[];
  map: PositionMap;
}

/**
 * Find in the whole document text (turns not yet drawn included): the hits, the current one shown
 * and painted, next and previous wrapping round, and closing back to the editor with the hit selected.
 */
export function useFindInDocument({ editor, text, turns, map }: FindInDocumentSetup) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const hits = useMemo<FindHit[]>(() => findInText(text, turns, deferredQuery), [text, turns, deferredQuery]);
  const [current, setCurrent] = useState(-1);
  const currentHit = useRef<FindHit | null>(null);

  const show = useCallback(
    (index: number) => {
      const hit = hits[index];
      setCurrent(index);
      currentHit.current = hit ?? null;
      if (!hit || !editor) {
        paintFindHit(null);
        return;
      }
      const { from, to } = map.rangeToPos(hit.start, hit.end);
      paintFindHit(revealRange(editor.view, from, to));
    },
    [hits, editor, map],
  );

  // A new query starts from the reader's place in the text.
  useEffect(() => {
    if (!open) return;
    const place = editor ? map.toOffset(editor.state.selection.from) : 0;
    show(hitFrom(hits, place));
  }, [hits, open, editor, map, show]);

  const step = (direction: 1 | -1) => {
    if (hits.length === 0) return;
    show((current + direction + hits.length) % hits.length);
  };

  const close = () => {
    setOpen(false);
    paintFindHit(null);
    const hit = currentHit.current;
    if (!editor) return;
    if (hit) {
      const { from, to } = map.rangeToPos(hit.start, hit.end);
      editor.chain().setTextSelection({ from, to }).run();
    }
    editor.view.dom.focus({ preventScroll: true });
  };

  return { open, setOpen, query, setQuery, hits, current, next: () => step(1), previous: () => step(-1), close };
}
