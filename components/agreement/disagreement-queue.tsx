"use client";

import { type KeyboardEvent, useEffect, useRef, useState, useTransition } from "react";
import { adjudicateAction } from "@/app/projects/[slug]/agreement/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { Span } from "@/lib/agreement/character-agreement";
import { MarkedText } from "./marked-text";

export interface QueueItem {
  unitType: "answer" | "turn";
  unitId: number;
  documentTitle: string;
  text: string;
  kind: "presence" | "span";
  versions: { coderId: number; spans: Span[] }[];
  decision: string | null;
}

type Decision =
  | { decision: "coder"; coderId: number }
  | { decision: "both" | "neither" }
  | { decision: "adjusted"; span: Span };

function describe(decision: Decision, coderName: (id: number) => string): string {
  if (decision.decision === "coder") return `${coderName(decision.coderId)}’s version`;
  if (decision.decision === "adjusted") return "an adjusted span";
  return decision.decision === "both" ? "both versions" : "neither";
}

/**
 * The units where coders differ on one code, one card each with every coder's segments marked. Keyboard:
 * ↓/j and ↑/k move, 1–9 accept that coder's version, b both, n neither, e adjust the span.
 */
export function DisagreementQueue({
  projectSlug,
  codeId,
  codeName,
  roundId,
  coders,
  initial,
}: {
  projectSlug: string;
  codeId: number;
  codeName: string;
  roundId: number | null;
  coders: { id: number; name: string }[];
  initial: QueueItem[];
}) {
  const [items, setItems] = useState(initial);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      initial.findIndex((item) => item.decision === null),
    ),
  );
  const [adjusting, setAdjusting] = useState<Span | null>(null);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const cards = useRef<(HTMLElement | null)[]>([]);
  const startInput = useRef<HTMLInputElement | null>(null);
  const coderIds = coders.map((coder) => coder.id);
  const coderName = (id: number) => coders.find((coder) => coder.id === id)?.name ?? `Coder ${id}`;

  useEffect(() => {
    if (adjusting) startInput.current?.focus();
    else cards.current[active]?.focus();
  }, [active, adjusting]);

  const decide = (index: number, decision: Decision) => {
    const item = items[index];
    startTransition(async () => {
      const result = await adjudicateAction({
        projectSlug,
        codeId,
        unitType: item.unitType,
        unitId: item.unitId,
        decision: decision.decision,
        coderIds,
        chosenCoderId: decision.decision === "coder" ? decision.coderId : null,
        spans: decision.decision === "adjusted" ? [decision.span] : undefined,
        roundId,
      });
      if (!result.ok) {
        setMessage(`Not saved: ${result.error.message}`);
        return;
      }
      const next = items.map((other, at) => (at === index ? { ...other, decision: decision.decision } : other));
      setItems(next);
      setAdjusting(null);
      setMessage(`Decided ${item.unitType} ${index + 1} of ${items.length}: ${describe(decision, coderName)}.`);
      const following = next.findIndex((other, at) => at > index && other.decision === null);
      if (following >= 0) setActive(following);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, index: number) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey || pending) return;
    const key = event.key;
    let handled = true;
    if (key === "ArrowDown" || key === "j") setActive(Math.min(items.length - 1, index + 1));
    else if (key === "ArrowUp" || key === "k") setActive(Math.max(0, index - 1));
    else if (/^[1-9]$/.test(key) && Number(key) <= coders.length)
      decide(index, { decision: "coder", coderId: coders[Number(key) - 1].id });
    else if (key === "b") decide(index, { decision: "both" });
    else if (key === "n") decide(index, { decision: "neither" });
    else if (key === "e") {
      const spans = items[index].versions.flatMap((version) => version.spans);
      setAdjusting({
        start: Math.min(...spans.map((span) => span.start)),
        end: Math.max(...spans.map((span) => span.end)),
      });
    } else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700" id="queue-keys">
        Keys on a card: <kbd>↓</kbd>/<kbd>j</kbd> next, <kbd>↑</kbd>/<kbd>k</kbd> previous,{" "}
        {coders.map((coder, index) => (
          <span key={coder.id}>
            <kbd>{index + 1}</kbd> {coder.name}’s version,{" "}
          </span>
        ))}
        <kbd>b</kbd> both, <kbd>n</kbd> neither, <kbd>e</kbd> adjust the span.
      </p>
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-gray-900">
        {message}
      </p>
      <ol className="space-y-3">
        {items.map((item, index) => (
          <li key={`${item.unitType}:${item.unitId}`}>
            <article
              ref={(element) => {
                cards.current[index] = element;
              }}
              tabIndex={index === active ? 0 : -1}
              aria-label={`${item.unitType === "answer" ? "Answer" : "Turn"} ${index + 1} of ${items.length} in ${item.documentTitle}${item.decision ? `, decided: ${item.decision}` : ", not decided"}`}
              aria-describedby="queue-keys"
              onKeyDown={(event) => onKeyDown(event, index)}
              onFocus={() => setActive(index)}
              className={cn(
                "rounded-lg border bg-white p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-accent-600",
                index === active ? "border-accent-600" : "border-gray-200",
              )}
            >
              <header className="mb-2 flex flex-wrap items-center gap-2 text-sm">
                <span className="font-medium">{item.documentTitle}</span>
                <Badge tone="neutral">{item.kind === "presence" ? "applied by some coders" : "different text"}</Badge>
                {item.decision ? (
                  <Badge tone="success">Decided: {item.decision}</Badge>
                ) : (
                  <Badge tone="warning">Open</Badge>
                )}
              </header>
              <div className="grid gap-3 md:grid-cols-2">
                {item.versions.map((version) => (
                  <section key={version.coderId} aria-label={`${coderName(version.coderId)}’s coding of ${codeName}`}>
                    <h3 className="mb-1 text-xs font-semibold tracking-wide text-gray-700 uppercase">
                      {coderName(version.coderId)}
                      {version.spans.length === 0 ? " (not applied)" : ""}
                    </h3>
                    <MarkedText text={item.text} spans={version.spans} label={codeName} />
                  </section>
                ))}
              </div>
              {index === active && adjusting ? (
                <form
                  className="mt-3 flex flex-wrap items-end gap-3 border-t border-gray-200 pt-3"
                  onSubmit={(event) => {
                    event.preventDefault();
                    decide(index, { decision: "adjusted", span: adjusting });
                  }}
                  onKeyDown={(event) => {
                    if (event.key === "Escape") {
                      event.preventDefault();
                      setAdjusting(null);
                    }
                  }}
                >
                  <label className="text-sm">
                    First character
                    <input
                      ref={startInput}
                      type="number"
                      min={0}
                      max={item.text.length - 1}
                      value={adjusting.start}
                      onChange={(event) => setAdjusting({ ...adjusting, start: Number(event.target.value) })}
                      className="ml-2 w-20 rounded border border-gray-400 px-1"
                    />
                  </label>
                  <label className="text-sm">
                    End (exclusive)
                    <input
                      type="number"
                      min={1}
                      max={item.text.length}
                      value={adjusting.end}
                      onChange={(event) => setAdjusting({ ...adjusting, end: Number(event.target.value) })}
                      className="ml-2 w-20 rounded border border-gray-400 px-1"
                    />
                  </label>
                  <div className="w-full">
                    <MarkedText
                      text={item.text}
                      spans={adjusting.end > adjusting.start ? [adjusting] : []}
                      label="adjusted"
                    />
                  </div>
                  <Button type="submit" disabled={pending}>
                    Save the span (Enter)
                  </Button>
                  <Button type="button" variant="secondary" onClick={() => setAdjusting(null)}>
                    Cancel (Esc)
                  </Button>
                </form>
              ) : (
                <div className="mt-3 flex flex-wrap gap-2">
                  {coders.map((coder, at) => (
                    <Button
                      key={coder.id}
                      size="sm"
                      variant="secondary"
                      aria-keyshortcuts={String(at + 1)}
                      disabled={pending}
                      onClick={() => decide(index, { decision: "coder", coderId: coder.id })}
                    >
                      Accept {coder.name}’s
                    </Button>
                  ))}
                  {(["both", "neither"] as const).map((decision) => (
                    <Button
                      key={decision}
                      size="sm"
                      variant="secondary"
                      aria-keyshortcuts={decision[0]}
                      disabled={pending}
                      onClick={() => decide(index, { decision })}
                    >
                      {decision === "both" ? "Both" : "Neither"}
                    </Button>
                  ))}
                </div>
              )}
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
