"use client";

import { ChevronDown, ChevronUp, X } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FIND_HIT_LIMIT } from "@/lib/coding/find-in-text";

export interface FindBarProps {
  query: string;
  onQuery: (query: string) => void;
  count: number;
  current: number;
  onNext: () => void;
  onPrevious: () => void;
  onClose: () => void;
  /** Bumped to focus (and select) the field again, e.g. on a second Ctrl+F. */
  focusRequest: number;
}

function countText(query: string, count: number, current: number): string {
  if (query.trim() === "") return "Type to find";
  if (count === 0) return "No matches";
  const total = count >= FIND_HIT_LIMIT ? `${FIND_HIT_LIMIT.toLocaleString("en-GB")}+` : count.toLocaleString("en-GB");
  return `${(current + 1).toLocaleString("en-GB")} of ${total}`;
}

/** The transcript's own find bar: Enter for the next match, Shift+Enter for the one before, Escape closes. */
export function FindBar({ query, onQuery, count, current, onNext, onPrevious, onClose, focusRequest }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusRequest is the trigger.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusRequest]);
  return (
    <search
      aria-label="Find in the transcript"
      className="mb-2 flex flex-wrap items-center gap-2 rounded-lg border border-gray-200 bg-gray-50 p-2"
    >
      <input
        ref={input}
        type="search"
        aria-label="Find in the transcript"
        aria-describedby="find-count"
        placeholder="Find in the transcript"
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            if (event.shiftKey) onPrevious();
            else onNext();
          } else if (event.key === "Escape") {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          }
        }}
        className="min-h-9 min-w-0 flex-1 rounded-md border border-gray-300 bg-white px-3 text-sm text-gray-900 focus-visible:outline-2 focus-visible:outline-accent-700"
      />
      <span
        id="find-count"
        role="status"
        className="min-w-20 text-sm text-gray-700 tabular-nums"
        data-testid="find-count"
      >
        {countText(query, count, current)}
      </span>
      {(
        [
          ["Previous match (Shift+Enter)", ChevronUp, onPrevious],
          ["Next match (Enter)", ChevronDown, onNext],
        ] as const
      ).map(([label, Icon, onClick]) => (
        <Button
          key={label}
          type="button"
          variant="secondary"
          size="icon"
          onClick={onClick}
          disabled={count === 0}
          aria-label={label}
        >
          <Icon className="size-4" aria-hidden="true" />
        </Button>
      ))}
      <Button type="button" variant="ghost" size="icon" onClick={onClose} aria-label="Close find (Escape)">
        <X className="size-4" aria-hidden="true" />
      </Button>
    </search>
  );
}
