"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";

export interface RenderedTurns {
  /** Each turn's stripe margin (drawn by the turn's node view), by turn id. */
  margins: ReadonlyMap<number, HTMLElement>;
  /** The turns on screen or near it, by id: only these get stripes. */
  rendered: readonly number[];
}

const NONE: RenderedTurns = { margins: new Map(), rendered: [] };

/**
 * Which turns of the transcript are on screen or close to it, watched with one IntersectionObserver,
 * so a long transcript draws stripes for a screenful of turns, not for all of them.
 */
export function useRenderedTurns(editor: Editor | null): RenderedTurns {
  const [turns, setTurns] = useState<RenderedTurns>(NONE);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const root = editor?.view.dom;
    if (!root) return;
    // The turns arrive with the editor's first content; until then, look again next frame.
    if (!root.querySelector(".turn[data-turn-id] > .stripe-margin")) {
      const retry = attempt < 120 ? requestAnimationFrame(() => setAttempt(attempt + 1)) : 0;
      return () => cancelAnimationFrame(retry);
    }
    const margins = new Map<number, HTMLElement>();
    const byElement = new Map<Element, number>();
    for (const turn of root.querySelectorAll<HTMLElement>(".turn[data-turn-id]")) {
      const margin = turn.querySelector<HTMLElement>(":scope > .stripe-margin");
      if (!margin) continue;
      const turnId = Number(turn.dataset.turnId);
      margins.set(turnId, margin);
      byElement.set(turn, turnId);
    }
    const near = new Set<number>();
    let frame = 0;
    const publish = () => {
      frame = 0;
      setTurns({ margins, rendered: [...near] });
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const turnId = byElement.get(entry.target);
          if (turnId === undefined) continue;
          if (entry.isIntersecting) near.add(turnId);
          else near.delete(turnId);
        }
        if (frame === 0) frame = requestAnimationFrame(publish);
      },
      { rootMargin: "600px 0px" },
    );
    for (const element of byElement.keys()) observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [editor, attempt]);
  return turns;
}
