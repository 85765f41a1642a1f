import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, quotes, segments } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { findOrCreateSegment } from "./find-or-create-segment";
import { projectAnonymiserOptions } from "./project-anonymiser-options";
import { resolveQuoteSource } from "./quote-source";
import { proposeReview } from "./review-operations";
import { snapshotSource } from "./source-snapshot";
import { type QuoteActor, requirePermission } from "./workflow";

export type ProposeQuoteInput =
  | { projectId: number; codeId: number; segmentId: number }
  | { projectId: number; codeId: number; documentId: number; start: number; end: number };

/**
 * The longest passage a quote may be, in UTF-16 code units: a pull quote is a few sentences, and the
 * anonymiser's work (tens of milliseconds per few thousand characters) stays small for every request.
 */
export const MAX_QUOTE_LENGTH = 5_000;

export interface ProposedQuote {
  id: number;
  status: string;
  /** False when this segment was already proposed for this theme: the existing quote is returned. */
  created: boolean;
}

/**
 * Proposes a segment (or a range of a document, made a segment) as a candidate quote for a theme. The
 * anonymiser runs at once with the project's roster and terms, so a quote's wording is never raw text.
 */
export function proposeQuote(db: Db, actor: QuoteActor, input: ProposeQuoteInput): ProposedQuote {
  requirePermission(actor, "propose_quote");
  // better-sqlite3 has one connection: the helpers' queries on `db` run inside this transaction.
  return db.transaction(() => {
    const code = db
      .select({ id: codes.id, archivedAt: codes.archivedAt })
      .from(codes)
      .where(and(eq(codes.id, input.codeId), eq(codes.projectId, input.projectId)))
      .get();
    if (!code) throw new AppError("not_found", "Theme not found.");
    if (code.archivedAt)
      throw new AppError("invalid_input", "This theme is archived; restore it to propose quotes for it.");

    const segment =
      "segmentId" in input
        ? db
            .select({
              id: segments.id,
              text: segments.text,
              documentId: segments.documentId,
              start: segments.startOffset,
              end: segments.endOffset,
            })
            .from(segments)
            .where(and(eq(segments.id, input.segmentId), eq(segments.projectId, input.projectId)))
            .get()
        : (() => {
            resolveQuoteSource(db, input.projectId, input);
            const found = findOrCreateSegment(db, input);
            return { ...found, documentId: input.documentId, start: input.start, end: input.end };
          })();
    if (!segment) throw new AppError("not_found", "Segment not found.");
    if (segment.text.length > MAX_QUOTE_LENGTH)
      throw new AppError(
        "invalid_input",
        `A quote can be at most ${MAX_QUOTE_LENGTH.toLocaleString("en-GB")} characters; this passage has ${segment.text.length.toLocaleString("en-GB")}. Select the sentences you want to quote.`,
      );

    const existing = db
      .select({ id: quotes.id, status: quotes.status })
      .from(quotes)
      .where(and(eq(quotes.segmentId, segment.id), eq(quotes.codeId, code.id)))
      .get();
    if (existing) return { ...existing, created: false };

    const source = resolveQuoteSource(db, input.projectId, segment);
    const { review, wording } = proposeReview(segment.text, projectAnonymiserOptions(db, input.projectId));
    review.source = snapshotSource(source);
    const quote = db
      .insert(quotes)
      .values({
        projectId: input.projectId,
        segmentId: segment.id,
        codeId: code.id,
        status: "candidate",
        wording,
        review,
        proposedBy: actor.userId,
      })
      .returning({ id: quotes.id, status: quotes.status })
      .get();
    recordEvent(db, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: "quote.propose",
      target: { type: "quote", id: quote.id },
      detail: {
        segmentId: segment.id,
        codeId: code.id,
        redactions: review.redactions.length,
        flags: review.flags.length,
      },
    });
    return { ...quote, created: true };
  });
}
