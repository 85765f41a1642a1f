"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { reorderReportQuotes, reorderReportThemes } from "@/app/projects/[slug]/report/actions";
import { Button } from "../ui/button";

export interface OutlineTheme {
  codeId: number;
  name: string;
  quotes: { id: number; wording: string; attribution: string }[];
}

export interface ReportOutlineProps {
  projectSlug: string;
  themes: OutlineTheme[];
}

type Direction = "up" | "down";

function move<T>(items: readonly T[], index: number, direction: Direction): T[] {
  const target = direction === "up" ? index - 1 : index + 1;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** The report's order: themes and each theme's approved quotes, moved up and down with buttons (keyboard first). */
export function ReportOutline({ projectSlug, themes: initial }: ReportOutlineProps) {
  const [themes, setThemes] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const [focusId, setFocusId] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => setThemes(initial), [initial]);
  useEffect(() => {
    if (!focusId) return;
    const button = document.getElementById(focusId) as HTMLButtonElement | null;
    if (button && !button.disabled) button.focus();
    else
      document
        .getElementById(focusId.replace(/-(up|down)$/, (_, d: string) => (d === "up" ? "-down" : "-up")))
        ?.focus();
    setFocusId(null);
  }, [focusId]);

  function moveTheme(index: number, direction: Direction) {
    const before = themes;
    const next = move(themes, index, direction);
    const moved = before[index];
    setThemes(next);
    setFocusId(`theme-${moved.codeId}-${direction}`);
    setAnnouncement(`${moved.name} is now theme ${next.indexOf(moved) + 1} of ${next.length}.`);
    startTransition(async () => {
      const result = await reorderReportThemes({ projectSlug, codeIds: next.map((theme) => theme.codeId) });
      if (!result.ok) {
        setThemes(before);
        toast.error(result.error.message);
        setAnnouncement(`Not moved: ${result.error.message}`);
      }
    });
  }

  function moveQuote(themeIndex: number, quoteIndex: number, direction: Direction) {
    const before = themes;
    const theme = themes[themeIndex];
    const quotes = move(theme.quotes, quoteIndex, direction);
    const moved = theme.quotes[quoteIndex];
    setThemes(themes.map((item, index) => (index === themeIndex ? { ...item, quotes } : item)));
    setFocusId(`quote-${moved.id}-${direction}`);
    setAnnouncement(
      `Quote ${moved.id} is now quote ${quotes.indexOf(moved) + 1} of ${quotes.length} in ${theme.name}.`,
    );
    startTransition(async () => {
      const result = await reorderReportQuotes({
        projectSlug,
        codeId: theme.codeId,
        quoteIds: quotes.map((quote) => quote.id),
      });
      if (!result.ok) {
        setThemes(before);
        toast.error(result.error.message);
        setAnnouncement(`Not moved: ${result.error.message}`);
      }
    });
  }

  return (
    <div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <ol className="space-y-3" data-testid="report-outline" aria-busy={pending || undefined}>
        {themes.map((theme, themeIndex) => (
          <li key={theme.codeId} className="rounded-md border border-gray-200 bg-white p-3">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="flex-1 font-semibold text-gray-900">
                {themeIndex + 1}. {theme.name}
              </h3>
              <MoveButtons
                idPrefix={`theme-${theme.codeId}`}
                label={`theme ${theme.name}`}
                first={themeIndex === 0}
                last={themeIndex === themes.length - 1}
                onMove={(direction) => moveTheme(themeIndex, direction)}
              />
            </div>
            <ol className="mt-2 space-y-1.5">
              {theme.quotes.map((quote, quoteIndex) => (
                <li key={quote.id} className="flex items-start gap-2 rounded bg-gray-50 p-2 text-sm">
                  <span className="flex-1">
                    <span className="line-clamp-2 text-gray-900">“{quote.wording}”</span>
                    <span className="text-gray-700">— {quote.attribution}</span>
                  </span>
                  <MoveButtons
                    idPrefix={`quote-${quote.id}`}
                    label={`quote ${quote.id}`}
                    first={quoteIndex === 0}
                    last={quoteIndex === theme.quotes.length - 1}
                    onMove={(direction) => moveQuote(themeIndex, quoteIndex, direction)}
                  />
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </div>
  );
}

function MoveButtons({
  idPrefix,
  label,
  first,
  last,
  onMove,
}: {
  idPrefix: string;
  label: string;
  first: boolean;
  last: boolean;
  onMove: (direction: Direction) => void;
}) {
  return (
    <span className="flex shrink-0 gap-1">
      <Button
        id={`${idPrefix}-up`}
        size="icon"
        variant="ghost"
        disabled={first}
        aria-label={`Move ${label} up`}
        onClick={() => onMove("up")}
      >
        <ArrowUp className="size-4" aria-hidden="true" />
      </Button>
      <Button
        id={`${idPrefix}-down`}
        size="icon"
        variant="ghost"
        disabled={last}
        aria-label={`Move ${label} down`}
        onClick={() => onMove("down")}
      >
        <ArrowDown className="size-4" aria-hidden="true" />
      </Button>
    </span>
  );
}
