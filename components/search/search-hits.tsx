"use client";

import Link from "next/link";
import { type KeyboardEvent, useRef, useState } from "react";
import { toast } from "sonner";
import { CodeKeyStrip } from "@/components/coding/code-key-strip";
import type { PickerCode } from "@/components/coding/code-picker";
import { CodeSwatch } from "@/components/coding/code-swatch";
import { digitOf } from "@/components/coding/key-map";
import { KeyMapOverlay } from "@/components/coding/key-map-overlay";
import { UndoRedoButtons } from "@/components/coding/undo-redo-buttons";
import { useCodeKeys } from "@/components/coding/use-code-keys";
import { useCodingStore } from "@/components/coding/use-coding-store";
import { Badge } from "@/components/ui/badge";
import type { CodeKey } from "@/lib/codebook/list-code-keys";
import type { SearchHit } from "@/lib/search/search-project";
import { Snippet } from "./snippet";
import { unitHref } from "./unit-href";

export interface SearchHitsProps {
  projectSlug: string;
  hits: SearchHit[];
  canCode: boolean;
  coderId: number;
  /** Active codes in tree order (empty for roles that do not code). */
  codes: PickerCode[];
  codeKeys: CodeKey[];
}

const hitKey = (hit: SearchHit) => `${hit.kind}-${hit.unitId}`;

/**
 * A page of search hits, one tab stop: ↑/↓ (or J/K) move between hits, Enter opens one, and a digit
 * applies the coder's pinned code to the hit's whole turn or answer — the same keys as the transcript
 * and the grid. Codings made here are one undo step each.
 */
export function SearchHits({ projectSlug, hits, canCode, coderId, codes, codeKeys: initialKeys }: SearchHitsProps) {
  const codeKeys = useCodeKeys(projectSlug, initialKeys, codes);
  const { store, state } = useCodingStore({ projectSlug, coderId });
  const [focused, setFocused] = useState(0);
  const [coded, setCoded] = useState<Map<string, number[]>>(() => new Map());
  const [announcement, setAnnouncement] = useState("");
  const listRef = useRef<HTMLOListElement>(null);

  const focusHit = (index: number) => {
    const clamped = Math.max(0, Math.min(hits.length - 1, index));
    setFocused(clamped);
    listRef.current?.querySelectorAll<HTMLElement>("[data-testid=search-hit]")[clamped]?.focus();
  };

  async function applyPinned(hit: SearchHit, digit: number) {
    const code = codeKeys.codeAt(digit);
    if (!code) {
      setAnnouncement(`Key ${digit} holds no code: pin one with “Pin keys…”.`);
      return;
    }
    const where = `${hit.kind === "turn" ? "the turn" : "the answer"} in ${hit.documentTitle}`;
    const request = store.change({
      label: `coding ${where} with ${code.name}`,
      apply: [{ documentId: hit.documentId, start: hit.startOffset, end: hit.endOffset, codeId: code.id, coderId }],
    });
    const key = hitKey(hit);
    setCoded((previous) => new Map(previous).set(key, [...new Set([...(previous.get(key) ?? []), code.id])]));
    setAnnouncement(`Coded ${where} as ${code.name}.`);
    const failure = (await request)?.parts.find((part) => part.status === "failed")?.message;
    if (failure) {
      setAnnouncement(`Not coded: ${failure}`);
      toast.error(`${code.name} was not applied: ${failure}`);
    }
  }

  async function replay(direction: "undo" | "redo") {
    const step = (direction === "undo" ? state.undo : state.redo).at(-1);
    if (!step) return;
    const request = direction === "undo" ? store.undo() : store.redo();
    setAnnouncement(`${direction === "undo" ? "Undone" : "Redone"}: ${step.label}.`);
    const failure = (await request)?.parts.find((part) => part.status === "failed")?.message;
    if (failure) toast.error(`Could not ${direction} ${step.label}: ${failure}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    const lower = event.key.toLowerCase();
    if (canCode && (event.ctrlKey || event.metaKey) && !event.altKey && (lower === "z" || lower === "y")) {
      event.preventDefault();
      void replay(lower === "y" || event.shiftKey ? "redo" : "undo");
      return;
    }
    if (event.target !== event.currentTarget) return;
    const digit = digitOf(event);
    if (event.key === "ArrowDown" || event.key === "j") focusHit(index + 1);
    else if (event.key === "ArrowUp" || event.key === "k") focusHit(index - 1);
    else if (event.key === "Enter") event.currentTarget.querySelector("a")?.click();
    else if (digit !== null && canCode) void applyPinned(hits[index], digit);
    else return;
    event.preventDefault();
  }

  const codeById = new Map(codes.map((code) => [code.id, code]));
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        {canCode ? <CodeKeyStrip codeKeys={codeKeys} codes={codes} /> : null}
        <KeyMapOverlay page="search" canCode={canCode} />
        {canCode ? (
          <UndoRedoButtons
            undoLabel={state.undo.at(-1)?.label ?? null}
            redoLabel={state.redo.at(-1)?.label ?? null}
            onUndo={() => void replay("undo")}
            onRedo={() => void replay("redo")}
          />
        ) : null}
      </div>
      <p className="sr-only" aria-live="polite" data-testid="search-announcement">
        {announcement}
      </p>
      <ol
        ref={listRef}
        className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white"
        aria-label="Search hits"
      >
        {hits.map((hit, index) => (
          <li
            key={hitKey(hit)}
            tabIndex={index === focused ? 0 : -1}
            onFocus={() => setFocused(index)}
            onKeyDown={(event) => onKeyDown(event, index)}
            aria-describedby={canCode ? "search-hit-keys" : undefined}
            className="space-y-1.5 px-4 py-3 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-700"
            data-testid="search-hit"
          >
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <Link
                href={unitHref(projectSlug, {
                  kind: hit.kind,
                  documentId: hit.documentId,
                  unitId: hit.unitId,
                  offset: hit.startOffset,
                })}
                tabIndex={-1}
                className="font-medium"
              >
                {hit.documentTitle}
              </Link>
              <Badge tone={hit.kind === "turn" ? "accent" : "neutral"}>{hit.kind === "turn" ? "Turn" : "Answer"}</Badge>
              {hit.wave ? <Badge>Wave {hit.wave}</Badge> : null}
              <span className="text-gray-700">
                {hit.kind === "turn" ? (hit.source ?? "No speaker") : `Respondent ${hit.source ?? "unknown"}`}
              </span>
              {(coded.get(hitKey(hit)) ?? []).map((codeId) => (
                <span key={codeId} className="flex items-center gap-1 text-gray-800" data-testid="hit-coded">
                  <CodeSwatch colour={codeById.get(codeId)?.colour ?? "#6b7280"} />
                  Coded {codeById.get(codeId)?.name}
                </span>
              ))}
            </div>
            <Snippet parts={hit.snippet} />
          </li>
        ))}
      </ol>
      {canCode ? (
        <p id="search-hit-keys" className="mt-2 text-sm text-gray-700">
          Press a digit on a hit to code its whole turn or answer with your pinned code; ↑ and ↓ move, Enter opens it.
        </p>
      ) : null}
    </>
  );
}
