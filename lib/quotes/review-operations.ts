import { anonymise } from "../anonymise/anonymise";
import { applyRedactions } from "../anonymise/apply-redactions";
import type { AnonymiseOptions, Redaction } from "../anonymise/types";
import { AppError } from "../errors";
import type { FlagResolution, ManualCategory, QuoteReview, ReviewFlag, ReviewRedaction } from "./review-types";

const FIXED_REPLACEMENTS: Record<Exclude<ManualCategory, "person">, string> = {
  place: "[place]",
  authority: "[authority]",
  organisation: "[organisation]",
  date: "[date]",
  custom: "[redacted]",
};

const FLAG_REPLACEMENTS: Record<ReviewFlag["kind"], string | null> = {
  name_like: null,
  age: "[age]",
  years_of_service: "[length of service]",
  unique_description: "[description]",
  named_event: "[event]",
};

/** The anonymiser's proposal for a segment's text, as a fresh review with every flag open. */
export function proposeReview(text: string, options: AnonymiseOptions): { review: QuoteReview; wording: string } {
  const result = anonymise(text, options);
  const redactions: ReviewRedaction[] = renumberColleagues(result.redactions).map((redaction, index) => ({
    ...redaction,
    id: `r${index + 1}`,
    undone: false,
  }));
  const flags: ReviewFlag[] = result.flags.map((flag, index) => ({ ...flag, id: `f${index + 1}`, resolution: null }));
  const review: QuoteReview = { version: 1, redactions, flags, attribution: null, source: null };
  return { review, wording: reviewWording(review, text) };
}

/**
 * The anonymiser numbers `[colleague N]` by roster position; within a quote they are renumbered by
 * first mention, so a quote never hints at a person's place in the project's roster.
 */
function renumberColleagues(redactions: readonly Redaction[]): Redaction[] {
  const numbers = new Map<string, number>();
  return [...redactions]
    .sort((left, right) => left.start - right.start)
    .map((redaction) => {
      const match = /^\[colleague (\d+)\]$/.exec(redaction.replacement);
      if (!match) return redaction;
      if (!numbers.has(match[1])) numbers.set(match[1], numbers.size + 1);
      return { ...redaction, replacement: `[colleague ${numbers.get(match[1])}]` };
    });
}

export function activeRedactions(review: QuoteReview): ReviewRedaction[] {
  return review.redactions.filter((redaction) => !redaction.undone);
}

/** The wording the review gives: the segment's text with every active redaction applied. */
export function reviewWording(review: QuoteReview, text: string): string {
  return applyRedactions(text, activeRedactions(review)).trim();
}

export function openFlags(review: QuoteReview): ReviewFlag[] {
  return review.flags.filter((flag) => flag.resolution === null);
}

/** Undoes a redaction: one the author added (or made for a flag) goes, the anonymiser's can be restored. */
export function undoRedaction(review: QuoteReview, redactionId: string): QuoteReview {
  const redaction = findRedaction(review, redactionId);
  if (redaction.source === "manual") {
    return {
      ...review,
      redactions: review.redactions.filter((r) => r.id !== redactionId),
      flags: review.flags.map((flag) => (flag.id === redaction.flagId ? { ...flag, resolution: null } : flag)),
    };
  }
  return { ...review, redactions: review.redactions.map((r) => (r.id === redactionId ? { ...r, undone: true } : r)) };
}

export function restoreRedaction(review: QuoteReview, redactionId: string): QuoteReview {
  const redaction = findRedaction(review, redactionId);
  if (!redaction.undone) return review;
  assertNoPartialOverlap(review, redaction.start, redaction.end);
  return { ...review, redactions: review.redactions.map((r) => (r.id === redactionId ? { ...r, undone: false } : r)) };
}

/** Adds a redaction over text the author selected; surrounding spaces are trimmed off the selection. */
export function addRedaction(
  review: QuoteReview,
  text: string,
  input: { start: number; end: number; category: ManualCategory },
): QuoteReview {
  const { start, end } = trimRange(text, input.start, input.end);
  assertNoPartialOverlap(review, start, end);
  const redaction: ReviewRedaction = {
    id: nextId(review, "m"),
    start,
    end,
    category: input.category,
    text: text.slice(start, end),
    replacement:
      input.category === "person"
        ? personReplacement(review, text.slice(start, end))
        : FIXED_REPLACEMENTS[input.category],
    reason: "Added by the author",
    source: "manual",
    undone: false,
  };
  // Checks the offsets (inside the text, whole characters) before anything is stored.
  applyRedactions(text, [redaction]);
  // The new redaction covers any it contains: the anonymiser's are set aside (restorable), the author's go.
  const inside = (r: ReviewRedaction) => !r.undone && start <= r.start && r.end <= end;
  const kept = review.redactions
    .filter((r) => !(inside(r) && r.source === "manual" && !r.flagId))
    .map((r) => (inside(r) ? { ...r, undone: true } : r));
  return { ...review, redactions: [...kept, redaction].sort((left, right) => left.start - right.start) };
}

/** Keeps a flagged passage as it is, or redacts it; changing one's mind is allowed until shortlisting. */
export function resolveFlag(
  review: QuoteReview,
  text: string,
  flagId: string,
  resolution: FlagResolution,
): QuoteReview {
  const flag = review.flags.find((f) => f.id === flagId);
  if (!flag) throw new AppError("not_found", "That flag is not part of this quote's review.");
  const withoutOld = review.redactions.filter((r) => r.flagId !== flagId);
  const base: QuoteReview = {
    ...review,
    redactions: withoutOld,
    flags: review.flags.map((f) => (f.id === flagId ? { ...f, resolution } : f)),
  };
  if (resolution === "keep") return base;
  const replacement = FLAG_REPLACEMENTS[flag.kind] ?? personReplacement(base, flag.text);
  const redaction: ReviewRedaction = {
    id: nextId(base, "m"),
    start: flag.start,
    end: flag.end,
    category: flag.kind === "name_like" ? "person" : "custom",
    text: text.slice(flag.start, flag.end),
    replacement,
    reason: `Flag redacted by the author: ${flag.reason}`,
    source: "manual",
    undone: false,
    flagId,
  };
  applyRedactions(text, [redaction]);
  return { ...base, redactions: [...base.redactions, redaction].sort((left, right) => left.start - right.start) };
}

function findRedaction(review: QuoteReview, id: string): ReviewRedaction {
  const redaction = review.redactions.find((r) => r.id === id);
  if (!redaction) throw new AppError("not_found", "That redaction is not part of this quote's review.");
  return redaction;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new AppError("invalid_input", `The selection ${start}–${end} is outside the quote's text.`);
  }
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  if (from === to) throw new AppError("invalid_input", "Select some words to redact (the selection is only spaces).");
  return { start: from, end: to };
}

/** A new redaction may contain active ones (it then covers them) but not cut across or sit inside one. */
function assertNoPartialOverlap(review: QuoteReview, start: number, end: number): void {
  for (const other of activeRedactions(review)) {
    const overlaps = other.start < end && start < other.end;
    const contains = start <= other.start && other.end <= end;
    if (overlaps && !contains) {
      throw new AppError(
        "conflict",
        `That overlaps the redaction of “${other.text}” (${other.replacement}); undo it first or select around it.`,
      );
    }
  }
}

/** Keeps pseudonyms consistent within the quote: the same name gets the same replacement, a new one the next number. */
function personReplacement(review: QuoteReview, name: string): string {
  const key = fold(name);
  const same = review.redactions.find(
    (r) => fold(r.text) === key && /^\[(colleague|person) \d+\]$/.test(r.replacement),
  );
  if (same) return same.replacement;
  let highest = 0;
  for (const redaction of review.redactions) {
    const match = /^\[person (\d+)\]$/.exec(redaction.replacement);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `[person ${highest + 1}]`;
}

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’]s$/u, "")
    .trim()
    .toLowerCase();
}

function nextId(review: QuoteReview, prefix: string): string {
  let highest = 0;
  for (const redaction of review.redactions) {
    if (redaction.id.startsWith(prefix)) highest = Math.max(highest, Number(redaction.id.slice(prefix.length)) || 0);
  }
  return `${prefix}${highest + 1}`;
}
