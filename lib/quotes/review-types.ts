import type { Flag, Redaction, RedactionCategory } from "../anonymise/types";
import type { FitResult } from "../attribution/types";

/**
 * A quote's review, stored as JSON in `quotes.review`. Offsets are UTF-16 code units into the
 * segment's text (`segments.text`), end exclusive.
 */
export interface QuoteReview {
  version: 1;
  redactions: ReviewRedaction[];
  flags: ReviewFlag[];
  /** The label check the author last ran; re-run at approval. */
  attribution: FitResult | null;
  /** The quote's source as it was when proposed, refreshed at approval: the link an approved quote keeps. */
  source: QuoteSourceSnapshot | null;
}

export interface ReviewRedaction extends Redaction {
  id: string;
  /** Undone by the author: kept so the review shows it and it can be restored. */
  undone: boolean;
  /** Set when the redaction resolves a flag ("redact"). */
  flagId?: string;
}

export type FlagResolution = "keep" | "redact";

export interface ReviewFlag extends Flag {
  id: string;
  resolution: FlagResolution | null;
}

export interface QuoteSourceSnapshot {
  kind: "survey" | "focus_group";
  documentId: number;
  documentTitle: string;
  wave: string | null;
  turnId: number | null;
  answerId: number | null;
  participantId: number | null;
  respondentId: number | null;
}

/** Categories an author may choose when adding a redaction by hand. */
export const MANUAL_CATEGORIES = [
  "person",
  "place",
  "authority",
  "organisation",
  "date",
  "custom",
] as const satisfies readonly RedactionCategory[];
export type ManualCategory = (typeof MANUAL_CATEGORIES)[number];

export function emptyReview(): QuoteReview {
  return { version: 1, redactions: [], flags: [], attribution: null, source: null };
}

/** Reads the stored JSON defensively: an old or empty value becomes an empty review. */
export function readReview(value: unknown): QuoteReview {
  if (!value || typeof value !== "object" || (value as { version?: unknown }).version !== 1) return emptyReview();
  const review = value as Partial<QuoteReview>;
  return {
    version: 1,
    redactions: Array.isArray(review.redactions) ? review.redactions : [],
    flags: Array.isArray(review.flags) ? review.flags : [],
    attribution: review.attribution ?? null,
    source: review.source ?? null,
  };
}
