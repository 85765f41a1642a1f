"use client";

import { type ReactNode, useMemo, useState } from "react";
import type { CodingRequest } from "@/components/coding/coding-store";
import { UndoRedoButtons } from "@/components/coding/undo-redo-buttons";
import { useCodingStore } from "@/components/coding/use-coding-store";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { FtsTerm } from "@/lib/search/fts-query";
import { HIT_SCOPE_LABELS, HIT_SCOPES, type HitScope, hitRanges } from "@/lib/search/hit-ranges";
import type { CodableHit } from "@/lib/search/search-project";
import { type CodeAllOutcome, codeAllOutcome } from "./code-all-outcome";

export interface CodeAllHitsProps {
  projectSlug: string;
  query: string;
  terms: FtsTerm[];
  hits: CodableHit[];
  truncated: boolean;
  codes: { id: number; name: string; depth: number }[];
  /** The signed-in coder, whose codings these become. */
  coderId: number;
}

const hitKey = (hit: CodableHit) => `${hit.kind}-${hit.unitId}`;

/** The unit's text with the stretches that would be coded marked. */
function Preview({ hit, ranges }: { hit: CodableHit; ranges: { start: number; end: number }[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const range of ranges) {
    const from = range.start - hit.startOffset;
    const to = range.end - hit.startOffset;
    if (from > at) parts.push(hit.text.slice(at, from));
    parts.push(
      <mark key={from} className="rounded-sm bg-amber-100 text-gray-900 shadow-[inset_0_-2px_0_#b45309]">
        {hit.text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  if (at < hit.text.length) parts.push(hit.text.slice(at));
  return <p className="line-clamp-4 leading-relaxed whitespace-pre-wrap text-gray-800">{parts}</p>;
}

/**
 * "Code all hits": choose a code and how much of each hit to code, untick the hits that do not
 * belong, then apply — one step in the coding store (so one undo), sent per document.
 */
export function CodeAllHits({ projectSlug, query, terms, hits, truncated, codes, coderId }: CodeAllHitsProps) {
  const [codeId, setCodeId] = useState("");
  const [scope, setScope] = useState<HitScope>("exact");
  const [unticked, setUnticked] = useState<Set<string>>(() => new Set());
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<CodeAllOutcome | null>(null);
  const { store, state } = useCodingStore({ projectSlug, coderId });

  const rangesByHit = useMemo(
    () =>
      new Map(
        hits.map((hit) => [hitKey(hit), hitRanges({ text: hit.text, startOffset: hit.startOffset }, terms, scope)]),
      ),
    [hits, terms, scope],
  );
  const chosen = hits.filter((hit) => !unticked.has(hitKey(hit)) && (rangesByHit.get(hitKey(hit))?.length ?? 0) > 0);
  const rangeCount = chosen.reduce((sum, hit) => sum + rangesByHit.get(hitKey(hit))!.length, 0);
  const codeName = codes.find((code) => String(code.id) === codeId)?.name;

  const toggle = (key: string, checked: boolean) =>
    setUnticked((previous) => {
      const next = new Set(previous);
      if (checked) next.delete(key);
      else next.add(key);
      return next;
    });

  async function apply() {
    if (!codeId || chosen.length === 0) return;
    setPending(true);
    setOutcome(null);
    const apply = chosen.flatMap((hit) =>
      rangesByHit
        .get(hitKey(hit))!
        .map((range) => ({ documentId: hit.documentId, ...range, codeId: Number(codeId), coderId })),
    );
    const request = await store.change({
      label: `coding ${chosen.length} ${chosen.length === 1 ? "hit" : "hits"} with ${codeName}`,
      apply,
    });
    setPending(false);
    const sent = chosen.map((hit) => ({ documentId: hit.documentId, ranges: rangesByHit.get(hitKey(hit))! }));
    setOutcome(codeAllOutcome(request, sent, Number(codeId), coderId, codeName ?? "the code"));
  }

  async function replay(direction: "undo" | "redo") {
    const step = (direction === "undo" ? state.undo : state.redo).at(-1);
    if (!step) return;
    setPending(true);
    const request: CodingRequest | null = direction === "undo" ? await store.undo() : await store.redo();
    setPending(false);
    const failure = request?.parts.find((part) => part.status === "failed")?.message;
    if (failure) setOutcome({ tone: "error", message: `Could not ${direction} ${step.label}: ${failure}` });
    else setOutcome({ tone: "success", message: `${direction === "undo" ? "Undone" : "Redone"}: ${step.label}.` });
  }

  return (
    <section aria-labelledby="code-all-title" className="space-y-4">
      <h2 id="code-all-title" className="text-lg font-semibold text-gray-900">
        Code all hits for “{query}”
      </h2>
      {truncated ? (
        <Alert tone="warning">
          Only the {hits.length} best-ranked hits are listed. Narrow the search to reach the rest.
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-end gap-4 rounded-lg border border-gray-200 bg-white p-4">
        <div className="space-y-1.5">
          <Label htmlFor="code-all-code">Code</Label>
          <Select
            id="code-all-code"
            value={codeId}
            onChange={(event) => setCodeId(event.target.value)}
            wrapperClassName="w-72"
          >
            <option value="">Choose a code…</option>
            {codes.map((code) => (
              <option key={code.id} value={code.id}>
                {`${"\u2003".repeat(code.depth)}${code.name}`}
              </option>
            ))}
          </Select>
        </div>
        <fieldset>
          <legend className="mb-1.5 text-sm font-medium text-gray-800">Code how much of each hit</legend>
          <div className="flex flex-wrap gap-4">
            {HIT_SCOPES.map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm text-gray-800">
                <input
                  type="radio"
                  name="scope"
                  value={value}
                  checked={scope === value}
                  onChange={() => setScope(value)}
                  className="size-4 accent-accent-700"
                />
                {HIT_SCOPE_LABELS[value]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="ghost" size="sm" onClick={() => setUnticked(new Set())}>
            Tick all
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => setUnticked(new Set(hits.map(hitKey)))}>
            Untick all
          </Button>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-gray-800" data-testid="code-all-selection">
          <strong>{chosen.length}</strong> of {hits.length} hits ticked · {rangeCount}{" "}
          {rangeCount === 1 ? "segment" : "segments"} to code
        </p>
        <Button type="button" onClick={apply} pending={pending} disabled={!codeId || chosen.length === 0}>
          {codeName
            ? `Code ${chosen.length} ${chosen.length === 1 ? "hit" : "hits"} with ${codeName}`
            : "Choose a code to apply"}
        </Button>
        <UndoRedoButtons
          undoLabel={state.undo.at(-1)?.label ?? null}
          redoLabel={state.redo.at(-1)?.label ?? null}
          onUndo={() => void replay("undo")}
          onRedo={() => void replay("redo")}
        />
      </div>
      {outcome ? (
        <Alert tone={outcome.tone}>
          <span data-testid="code-all-result">{outcome.message}</span>
        </Alert>
      ) : null}

      <ol className="divide-y divide-gray-100 rounded-lg border border-gray-200 bg-white" aria-label="Hits to code">
        {hits.map((hit, index) => {
          const key = hitKey(hit);
          const ranges = rangesByHit.get(key) ?? [];
          const checkboxId = `hit-${key}`;
          return (
            <li key={key} className="flex gap-3 px-4 py-3" data-testid="codable-hit" data-unit={key}>
              <input
                id={checkboxId}
                type="checkbox"
                className="mt-1 size-4 shrink-0 accent-accent-700"
                checked={!unticked.has(key) && ranges.length > 0}
                disabled={ranges.length === 0}
                onChange={(event) => toggle(key, event.target.checked)}
              />
              <div className="min-w-0 space-y-1">
                <label htmlFor={checkboxId} className="block text-sm font-medium text-gray-900">
                  {index + 1}. {hit.documentTitle}
                  {hit.wave ? ` (${hit.wave})` : ""} ·{" "}
                  {hit.kind === "turn" ? (hit.source ?? "No speaker") : `Respondent ${hit.source}`}
                </label>
                {ranges.length === 0 ? (
                  <p className="text-sm text-gray-700">
                    The words searched for are not in this text as typed, so there is nothing to code at this scope.
                  </p>
                ) : null}
                <Preview hit={hit} ranges={ranges} />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
