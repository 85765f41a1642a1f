"use client";

import Link from "next/link";
import { useCallback, useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Progress } from "@/components/ui/progress";
import type { RoundUnitView } from "@/lib/rounds/round-units";
import { markUnitDone } from "../../actions";

function unitHref(projectSlug: string, unit: RoundUnitView): string {
  return unit.answerId === null
    ? `/projects/${projectSlug}/documents/${unit.documentId}`
    : `/projects/${projectSlug}/questions/${unit.documentId}?answer=${unit.answerId}`;
}

function unitLabel(unit: RoundUnitView): string {
  if (unit.answerId === null) return unit.documentTitle;
  return `${unit.respondentExternalId ?? "Answer"}${unit.wave ? ` (${unit.wave})` : ""}`;
}

/** Typing in a field never moves through the queue. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * A coder's queue: one unit at a time, J / K (or the arrow keys) to move, D to mark it done (and go on),
 * Enter to open it for coding.
 */
export function QueueNavigator({
  projectSlug,
  roundId,
  closed,
  units: initialUnits,
}: {
  projectSlug: string;
  roundId: number;
  closed: boolean;
  units: RoundUnitView[];
}) {
  const [units, setUnits] = useState(initialUnits);
  const firstOpen = initialUnits.findIndex((unit) => !unit.done);
  const [index, setIndex] = useState(firstOpen === -1 ? 0 : firstOpen);
  const [keysReady, setKeysReady] = useState(false);
  const [pending, startTransition] = useTransition();
  const done = units.filter((unit) => unit.done).length;
  const current = units[index];

  const move = useCallback(
    (by: number) => setIndex((at) => Math.max(0, Math.min(units.length - 1, at + by))),
    [units.length],
  );

  const toggleDone = useCallback(() => {
    if (!current || closed) return;
    const next = !current.done;
    startTransition(async () => {
      const result = await markUnitDone({ projectSlug, roundId, roundUnitId: current.id, done: next });
      if (!result.ok) {
        toast.error(result.error.message);
        return;
      }
      setUnits((list) => list.map((unit) => (unit.id === current.id ? { ...unit, done: next } : unit)));
      if (next) move(1);
    });
  }, [closed, current, move, projectSlug, roundId]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      if (event.key === "j" || event.key === "ArrowDown") move(1);
      else if (event.key === "k" || event.key === "ArrowUp") move(-1);
      else if (event.key === "d") toggleDone();
      else if (
        event.key === "Enter" &&
        current &&
        !(event.target instanceof HTMLAnchorElement || event.target instanceof HTMLButtonElement)
      )
        window.location.assign(unitHref(projectSlug, current));
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    setKeysReady(true);
    return () => window.removeEventListener("keydown", onKey);
  }, [current, move, projectSlug, toggleDone]);

  if (units.length === 0) return <p className="text-sm text-gray-800">This round has no units.</p>;

  return (
    // Note: marks when the keys answer, so a journey that drives them waits for the page to hydrate, not a clock.
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]" data-keys-ready={keysReady ? "" : undefined}>
      <section aria-labelledby="current-unit-title" className="space-y-4">
        <div role="status" aria-live="polite">
          <Progress value={(100 * done) / units.length} label={`${done} of ${units.length} units done`} />
        </div>
        <div className="rounded-lg border border-gray-200 bg-white p-4">
          <h2 id="current-unit-title" className="text-base font-semibold text-gray-900">
            Unit {current.number} of {units.length}: {unitLabel(current)}
          </h2>
          <p className="mt-1 text-sm text-gray-700">
            {current.answerId === null ? "Whole transcript" : current.documentTitle}
            {current.done ? " · done" : ""}
          </p>
          {current.excerpt ? (
            <blockquote className="mt-3 border-l-4 border-gray-300 pl-3 text-sm whitespace-pre-wrap text-gray-900">
              {current.excerpt}
            </blockquote>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-2">
            <Link href={unitHref(projectSlug, current)} className={buttonClasses("secondary")}>
              {current.answerId === null ? "Code this transcript" : "Code this answer"}
            </Link>
            <Button type="button" onClick={toggleDone} pending={pending} disabled={closed}>
              {current.done ? "Mark not done" : "Mark done"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => move(-1)} disabled={index === 0}>
              Previous
            </Button>
            <Button type="button" variant="secondary" onClick={() => move(1)} disabled={index === units.length - 1}>
              Next
            </Button>
          </div>
          <p className="mt-3 text-xs text-gray-700">
            Keys: <kbd>J</kbd> or <kbd>↓</kbd> next, <kbd>K</kbd> or <kbd>↑</kbd> previous, <kbd>D</kbd> mark done,{" "}
            <kbd>Enter</kbd> open the unit for coding.
          </p>
        </div>
      </section>
      <nav aria-label="Units of the round">
        <ol className="max-h-[70vh] space-y-1 overflow-y-auto text-sm">
          {units.map((unit, at) => (
            <li key={unit.id}>
              <button
                type="button"
                onClick={() => setIndex(at)}
                aria-current={at === index ? "step" : undefined}
                className={cn(
                  "flex w-full items-center justify-between gap-2 rounded px-2 py-1 text-left",
                  at === index ? "bg-accent-50 font-medium text-accent-900" : "text-gray-800 hover:bg-gray-100",
                )}
              >
                <span>
                  {unit.number}. {unitLabel(unit)}
                </span>
                <span className={unit.done ? "text-green-800" : "text-gray-600"}>{unit.done ? "Done" : "To do"}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
