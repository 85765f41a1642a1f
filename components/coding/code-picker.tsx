"use client";

import { Command } from "cmdk";
import { Check, Plus, Quote } from "lucide-react";
import { type KeyboardEvent, useMemo, useState } from "react";
import { cn } from "@/components/ui/cn";
import { inVivoName } from "./selection-to-range";

export interface PickerCode {
  id: number;
  name: string;
  colour: string;
  /** Names from the top-level code down to this one. */
  path: string[];
}

export interface CodePickerProps {
  /** Active codes in tree order. */
  codes: PickerCode[];
  /** This coder's recent codes, newest first: listed first. */
  recentIds: number[];
  /** The selected words, for in-vivo coding; empty when recoding. */
  selectedText: string;
  /** Whether a new code can be made here (create from the typed text, in-vivo). */
  canCreate: boolean;
  /** Shown above the list; a dialog around the picker may carry its own title instead. */
  heading?: string;
  onApply: (codeIds: number[]) => void;
  onCreate: (name: string, alsoApply: number[]) => void;
  /** The coder's pinned keys, code id → digit: digits apply them here as on the page. */
  pinnedKeys?: ReadonlyMap<number, number>;
  /** Alt+digit pins the highlighted code to that key. */
  onPin?: (codeId: number, key: number) => void;
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, "en-GB", { sensitivity: "accent" }) === 0;
}

/** Orders codes for the picker: with no query recent ones first; with one, names starting with it first. */
export function rankCodes(codes: readonly PickerCode[], recentIds: readonly number[], query: string): PickerCode[] {
  const needle = query.trim().toLocaleLowerCase("en-GB");
  if (!needle) {
    const byId = new Map(codes.map((code) => [code.id, code]));
    const recent = recentIds.map((id) => byId.get(id)).filter((code): code is PickerCode => Boolean(code));
    const recentSet = new Set(recent.map((code) => code.id));
    return [...recent, ...codes.filter((code) => !recentSet.has(code.id))];
  }
  const scored: { code: PickerCode; score: number; index: number }[] = [];
  codes.forEach((code, index) => {
    const name = code.name.toLocaleLowerCase("en-GB");
    const path = code.path.join(" › ").toLocaleLowerCase("en-GB");
    const score = name.startsWith(needle) ? 0 : name.includes(needle) ? 1 : path.includes(needle) ? 2 : -1;
    if (score >= 0) scored.push({ code, score, index });
  });
  const recentRank = new Map(recentIds.map((id, index) => [id, index]));
  return scored
    .sort(
      (a, b) =>
        a.score - b.score || (recentRank.get(a.code.id) ?? 99) - (recentRank.get(b.code.id) ?? 99) || a.index - b.index,
    )
    .map((entry) => entry.code);
}

/**
 * The one code picker (cmdk), in the transcript's popover and the answer grid's dialog: type to filter, ↑↓ and Enter to apply, Space (or Shift+Enter) to pick
 * several, 1–9 to apply a pinned code at once (Alt+1–9 pins the highlighted one), and a new code from the typed words or the
 * selected words (in-vivo). Recent codes come first in the list.
 */
export function CodePicker({
  codes,
  recentIds,
  selectedText,
  canCreate,
  heading,
  onApply,
  onCreate,
  pinnedKeys,
  onPin,
}: CodePickerProps) {
  const [query, setQuery] = useState("");
  const [highlighted, setHighlighted] = useState("");
  const [chosen, setChosen] = useState<number[]>([]);
  const ranked = useMemo(() => rankCodes(codes, recentIds, query), [codes, recentIds, query]);
  const typed = query.replace(/\s+/g, " ").trim();
  const exact = codes.find((code) => sameName(code.name, typed));
  const vivo = selectedText ? inVivoName(selectedText) : "";
  const vivoExisting = vivo ? codes.find((code) => sameName(code.name, vivo)) : undefined;
  const byId = useMemo(() => new Map(codes.map((code) => [code.id, code])), [codes]);

  const toggle = (codeId: number) =>
    setChosen((current) => (current.includes(codeId) ? current.filter((id) => id !== codeId) : [...current, codeId]));
  const codeIdOf = (value: string) => (value.startsWith("code-") ? Number(value.slice(5)) : null);
  const applyWith = (codeId: number | null) => {
    const ids = chosen.length > 0 ? chosen : codeId === null ? [] : [codeId];
    if (ids.length > 0) onApply(ids);
  };
  const select = (value: string) => {
    if (value === "create" && typed) onCreate(typed, chosen);
    else if (value === "invivo" && vivo) {
      if (vivoExisting) onApply([...new Set([...chosen, vivoExisting.id])]);
      else onCreate(vivo, chosen);
    } else applyWith(codeIdOf(value));
  };

  function onKeyDown(event: KeyboardEvent) {
    const codeId = codeIdOf(highlighted);
    const digit = /^Digit[1-9]$/.test(event.code) ? Number(event.code.slice(5)) : null;
    if (digit !== null && event.altKey && !event.ctrlKey && !event.metaKey && codeId !== null && onPin) {
      event.preventDefault();
      onPin(codeId, digit);
      return;
    }
    if (!query && /^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const pinned = [...(pinnedKeys ?? [])].find(([, key]) => key === Number(event.key))?.[0];
      event.preventDefault();
      if (pinned !== undefined && byId.has(pinned)) onApply([...new Set([...chosen, pinned])]);
      return;
    }
    if (((event.key === " " && !query) || (event.key === "Enter" && event.shiftKey)) && codeId !== null) {
      event.preventDefault();
      toggle(codeId);
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      if (highlighted) select(highlighted);
    }
  }

  return (
    <Command
      label={heading ?? "Codes"}
      shouldFilter={false}
      value={highlighted}
      onValueChange={setHighlighted}
      onKeyDown={onKeyDown}
      loop
      className="code-picker"
    >
      {heading ? (
        <p className="border-b border-gray-200 px-3 py-2 text-sm font-semibold text-gray-900">{heading}</p>
      ) : null}
      <Command.Input
        autoFocus
        value={query}
        onValueChange={setQuery}
        placeholder="Type to filter or to name a new code"
        className="w-full border-b border-gray-200 px-3 py-2 text-base outline-none focus-visible:bg-accent-50"
      />
      <Command.List className="max-h-72 overflow-y-auto p-1" aria-label="Codes">
        <Command.Empty className="px-3 py-2 text-sm text-gray-600">No code matches.</Command.Empty>
        {ranked.map((code) => {
          const picked = chosen.includes(code.id);
          const key = pinnedKeys?.get(code.id);
          return (
            <Command.Item
              key={code.id}
              value={`code-${code.id}`}
              onSelect={select}
              aria-checked={picked}
              data-code-id={code.id}
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-gray-900 data-[selected=true]:bg-accent-50 data-[selected=true]:ring-1 data-[selected=true]:ring-accent-700"
            >
              <span
                aria-hidden="true"
                onClick={(event) => {
                  event.stopPropagation();
                  toggle(code.id);
                }}
                className={cn(
                  "inline-flex size-4 shrink-0 items-center justify-center rounded-sm border",
                  picked ? "border-accent-700 bg-accent-700 text-white" : "border-gray-400 bg-white",
                )}
              >
                {picked ? <Check className="size-3" /> : null}
              </span>
              <span
                aria-hidden="true"
                className="size-3 shrink-0 rounded-full"
                style={{ backgroundColor: code.colour }}
              />
              <span className="min-w-0 flex-1">
                <span className="block truncate">{code.name}</span>
                {code.path.length > 1 ? (
                  <span className="block truncate text-xs text-gray-600">{code.path.slice(0, -1).join(" › ")}</span>
                ) : null}
              </span>
              {picked ? <span className="sr-only">(picked)</span> : null}
              {key !== undefined ? (
                <>
                  <span className="sr-only">, key {key}</span>
                  <span aria-hidden="true" className="rounded border border-gray-300 px-1 text-xs text-gray-700">
                    {key}
                  </span>
                </>
              ) : null}
            </Command.Item>
          );
        })}
        {canCreate && typed && !exact ? (
          <Command.Item
            value="create"
            onSelect={select}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-accent-900 data-[selected=true]:bg-accent-50 data-[selected=true]:ring-1 data-[selected=true]:ring-accent-700"
          >
            <Plus className="size-4" aria-hidden="true" />
            Create code “{typed}”
          </Command.Item>
        ) : null}
        {canCreate && vivo && !query ? (
          <Command.Item
            value="invivo"
            onSelect={select}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm text-accent-900 data-[selected=true]:bg-accent-50 data-[selected=true]:ring-1 data-[selected=true]:ring-accent-700"
          >
            <Quote className="size-4" aria-hidden="true" />
            <span className="min-w-0 truncate">
              {vivoExisting ? `Apply “${vivoExisting.name}”` : `In-vivo code “${vivo}”`}
            </span>
          </Command.Item>
        ) : null}
      </Command.List>
      {chosen.length > 0 ? (
        <div className="flex items-center justify-between gap-2 border-t border-gray-200 px-3 py-2 text-sm">
          <span className="text-gray-700">
            Picked:{" "}
            {chosen
              .map((id) => byId.get(id)?.name)
              .filter(Boolean)
              .join(", ")}
          </span>
          <button
            type="button"
            onClick={() => onApply(chosen)}
            className="rounded-md bg-accent-700 px-2.5 py-1 font-medium text-white hover:bg-accent-800"
          >
            Apply {chosen.length}
          </button>
        </div>
      ) : null}
      <p className="border-t border-gray-200 px-3 py-1.5 text-xs text-gray-600">
        Enter applies · Space or Shift+Enter picks several · 1–9 apply pinned codes
        {onPin ? " · Alt+1–9 pins the highlighted code" : ""} · Esc closes
      </p>
    </Command>
  );
}
