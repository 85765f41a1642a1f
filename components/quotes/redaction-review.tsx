"use client";

import { Flag as FlagIcon, Undo2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { type FormEvent, Fragment, useCallback, useEffect, useId, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { updateQuoteReview } from "@/app/projects/[slug]/quotes/actions";
import type { ManualCategory, ReviewFlag, ReviewRedaction } from "@/lib/quotes/review-types";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";
import { Input } from "../ui/input";
import { Select } from "../ui/select";
import { occurrences, offsetAt, pieces } from "./redaction-text";

const CATEGORY_OPTIONS: { value: ManualCategory; label: string }[] = [
  { value: "person", label: "Person" },
  { value: "place", label: "Place" },
  { value: "authority", label: "Authority" },
  { value: "organisation", label: "Organisation, team or employer" },
  { value: "date", label: "Date" },
  { value: "custom", label: "Other" },
];

const FLAG_KINDS: Record<ReviewFlag["kind"], string> = {
  name_like: "Looks like a name",
  age: "Age",
  years_of_service: "Years of service",
  unique_description: "Unique description",
  named_event: "Named event",
};

const SOURCE_LABELS: Record<ReviewRedaction["source"], string> = {
  structured: "pattern",
  list: "shipped list",
  roster: "roster",
  nlp: "name finder",
  custom: "project list",
  manual: "author",
};

export interface RedactionReviewProps {
  projectSlug: string;
  quoteId: number;
  /** The segment's own text: the offsets of redactions and flags point into it. */
  text: string;
  redactions: ReviewRedaction[];
  flags: ReviewFlag[];
  /** False once shortlisted, approved or rejected, or for a role without edit_quotes. */
  editable: boolean;
}

type Operation = Parameters<typeof updateQuoteReview>[0]["operation"];

/**
 * The review screen's text: each redaction inline (the original struck through, its replacement after
 * it) with its reason, each flag marked, and controls to undo, add (by selecting text or typing it)
 * and resolve flags.
 */
export function RedactionReview({ projectSlug, quoteId, text, redactions, flags, editable }: RedactionReviewProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [selectionCategory, setSelectionCategory] = useState<ManualCategory>("person");
  const [phrase, setPhrase] = useState("");
  const [phraseCategory, setPhraseCategory] = useState<ManualCategory>("person");
  const textRef = useRef<HTMLElement>(null);
  const ids = { text: useId(), phrase: useId(), phraseCategory: useId(), selectionCategory: useId() };

  const run = useCallback(
    (operations: Operation[], done: string) => {
      setError(null);
      startTransition(async () => {
        for (const operation of operations) {
          const result = await updateQuoteReview({ projectSlug, quoteId, operation });
          if (!result.ok) {
            setError(result.error.message);
            toast.error(result.error.message);
            router.refresh();
            return;
          }
        }
        toast.success(done);
        setSelection(null);
        router.refresh();
      });
    },
    [projectSlug, quoteId, router],
  );

  useEffect(() => {
    if (!editable) return;
    const onSelectionChange = () => {
      const current = window.getSelection();
      const container = textRef.current;
      if (!current || current.isCollapsed || current.rangeCount === 0 || !container) return;
      const range = current.getRangeAt(0);
      if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return;
      const start = offsetAt(range.startContainer, range.startOffset, "start");
      const end = offsetAt(range.endContainer, range.endOffset, "end");
      if (start !== null && end !== null && end > start) setSelection({ start, end });
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [editable]);

  function onRedactPhrase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = phrase.trim();
    if (!wanted) {
      setError("Type the words to redact.");
      return;
    }
    const ranges = occurrences(text, wanted).filter(
      (range) => !redactions.some((r) => !r.undone && r.start <= range.start && range.end <= r.end),
    );
    if (ranges.length === 0) {
      setError(`“${wanted}” does not appear in the quote's text outside the existing redactions.`);
      return;
    }
    run(
      ranges.map((range) => ({ type: "add", start: range.start, end: range.end, category: phraseCategory })),
      `Redacted ${ranges.length} ${ranges.length === 1 ? "occurrence" : "occurrences"} of “${wanted}”`,
    );
    setPhrase("");
  }

  const openCount = flags.filter((flag) => flag.resolution === null).length;

  return (
    <div className="space-y-5">
      <div>
        <h3 id={ids.text} className="mb-2 text-sm font-semibold text-gray-900">
          Source text with its redactions
        </h3>
        <section
          ref={textRef}
          aria-labelledby={ids.text}
          data-testid="review-text"
          className="rounded-md border border-gray-200 bg-white p-4 leading-relaxed whitespace-pre-wrap text-gray-900"
        >
          {pieces(text, redactions, flags).map((piece) => {
            const content = (
              <span
                data-offset={piece.start}
                className={cn(piece.undone && !piece.redaction && "underline decoration-dashed decoration-gray-600")}
              >
                {text.slice(piece.start, piece.end)}
              </span>
            );
            if (piece.redaction) {
              const last = piece.end === piece.redaction.end;
              return (
                <Fragment key={piece.start}>
                  <del className="bg-red-50 text-red-900">{content}</del>
                  {last ? (
                    <ins
                      className="mx-0.5 rounded bg-gray-800 px-1 text-sm text-white no-underline"
                      data-testid="replacement"
                    >
                      {piece.redaction.replacement}
                      <span className="sr-only"> (redacted: {piece.redaction.reason})</span>
                    </ins>
                  ) : null}
                </Fragment>
              );
            }
            if (piece.flag) {
              return (
                <mark key={piece.start} className="rounded-sm bg-amber-100 text-amber-950 ring-1 ring-amber-300">
                  {content}
                  <span className="sr-only"> (flagged: {FLAG_KINDS[piece.flag.kind]})</span>
                </mark>
              );
            }
            return <Fragment key={piece.start}>{content}</Fragment>;
          })}
        </section>
        {editable ? (
          <p className="mt-1.5 text-sm text-gray-600">Select words in the text to redact them, or type them below.</p>
        ) : null}
      </div>

      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm font-medium text-red-900">
          {error}
        </p>
      ) : null}

      {editable && selection ? (
        <div
          className="flex flex-wrap items-end gap-2 rounded-md border border-accent-200 bg-accent-50 p-3"
          data-testid="selection-form"
        >
          <p className="w-full text-sm text-gray-900">
            Selected: <q>{text.slice(selection.start, selection.end)}</q>
          </p>
          <div className="space-y-1">
            <label htmlFor={ids.selectionCategory} className="block text-sm font-medium text-gray-800">
              Kind of identifier
            </label>
            <Select
              id={ids.selectionCategory}
              value={selectionCategory}
              options={CATEGORY_OPTIONS}
              onChange={(event) => setSelectionCategory(event.target.value as ManualCategory)}
            />
          </div>
          <Button
            pending={pending}
            onClick={() =>
              run(
                [{ type: "add", start: selection.start, end: selection.end, category: selectionCategory }],
                "Redaction added",
              )
            }
          >
            Redact selection
          </Button>
          <Button variant="ghost" onClick={() => setSelection(null)}>
            Clear selection
          </Button>
        </div>
      ) : null}

      {editable ? (
        <form onSubmit={onRedactPhrase} noValidate className="flex flex-wrap items-end gap-2">
          <div className="min-w-48 flex-1 space-y-1">
            <label htmlFor={ids.phrase} className="block text-sm font-medium text-gray-800">
              Words to redact
            </label>
            <Input
              id={ids.phrase}
              value={phrase}
              onChange={(event) => setPhrase(event.target.value)}
              autoComplete="off"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor={ids.phraseCategory} className="block text-sm font-medium text-gray-800">
              Kind
            </label>
            <Select
              id={ids.phraseCategory}
              value={phraseCategory}
              options={CATEGORY_OPTIONS}
              onChange={(event) => setPhraseCategory(event.target.value as ManualCategory)}
            />
          </div>
          <Button type="submit" variant="secondary" pending={pending}>
            Redact every occurrence
          </Button>
        </form>
      ) : null}

      <section aria-labelledby={`${ids.text}-redactions`} className="space-y-2">
        <h3 id={`${ids.text}-redactions`} className="text-sm font-semibold text-gray-900">
          Redactions ({redactions.filter((r) => !r.undone).length})
        </h3>
        {redactions.length === 0 ? (
          <p className="text-sm text-gray-600">Nothing was redacted.</p>
        ) : (
          <ul
            className="divide-y divide-gray-200 rounded-md border border-gray-200 bg-white"
            data-testid="redaction-list"
          >
            {redactions.map((redaction) => (
              <li key={redaction.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <span className={cn("font-medium", redaction.undone ? "text-gray-600" : "text-gray-900")}>
                  <q>{redaction.text}</q> → {redaction.replacement}
                </span>
                <span className="text-gray-700">
                  {redaction.reason} · {SOURCE_LABELS[redaction.source]}
                </span>
                {redaction.undone ? <Badge>Undone</Badge> : null}
                {editable ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="ml-auto"
                    pending={pending}
                    onClick={() =>
                      run(
                        [{ type: redaction.undone ? "restore" : "undo", redactionId: redaction.id }],
                        redaction.undone ? "Redaction restored" : "Redaction undone",
                      )
                    }
                  >
                    <Undo2 className="size-4" aria-hidden="true" />
                    {redaction.undone ? "Restore" : "Undo"}
                    <span className="sr-only"> redaction of “{redaction.text}”</span>
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${ids.text}-flags`} className="space-y-2">
        <h3 id={`${ids.text}-flags`} className="text-sm font-semibold text-gray-900">
          Flags to resolve ({openCount} open of {flags.length})
        </h3>
        {flags.length === 0 ? (
          <p className="text-sm text-gray-600">Nothing was flagged.</p>
        ) : (
          <ul className="divide-y divide-gray-200 rounded-md border border-gray-200 bg-white" data-testid="flag-list">
            {flags.map((flag) => (
              <li key={flag.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm">
                <FlagIcon className="size-4 text-amber-800" aria-hidden="true" />
                <span className="font-medium text-gray-900">
                  <q>{flag.text}</q>
                </span>
                <span className="text-gray-700">
                  {FLAG_KINDS[flag.kind]}: {flag.reason}
                </span>
                <Badge tone={flag.resolution === null ? "warning" : "success"}>
                  {flag.resolution === null ? "Open" : flag.resolution === "keep" ? "Kept" : "Redacted"}
                </Badge>
                {editable ? (
                  <span className="ml-auto flex gap-1">
                    <Button
                      size="sm"
                      variant="secondary"
                      aria-pressed={flag.resolution === "keep"}
                      pending={pending}
                      onClick={() =>
                        run([{ type: "resolve", flagId: flag.id, resolution: "keep" }], "Flag resolved: kept")
                      }
                    >
                      Keep<span className="sr-only"> “{flag.text}”</span>
                    </Button>
                    <Button
                      size="sm"
                      variant="secondary"
                      aria-pressed={flag.resolution === "redact"}
                      pending={pending}
                      onClick={() =>
                        run([{ type: "resolve", flagId: flag.id, resolution: "redact" }], "Flag resolved: redacted")
                      }
                    >
                      Redact<span className="sr-only"> “{flag.text}”</span>
                    </Button>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
