import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type Quote, quotes, segments } from "../../db/schema";
import { AppError } from "../errors";
import { type QuoteReview, readReview } from "./review-types";

export interface LoadedQuote {
  quote: Quote;
  review: QuoteReview;
  segment: { id: number; documentId: number; start: number; end: number; text: string };
}

/** A quote of the project with its segment; another project's quote is simply not found. */
export function loadQuote(db: Db, projectId: number, quoteId: number): LoadedQuote {
  const row = db
    .select({
      quote: quotes,
      segment: {
        id: segments.id,
        documentId: segments.documentId,
        start: segments.startOffset,
        end: segments.endOffset,
        text: segments.text,
      },
    })
    .from(quotes)
    .innerJoin(segments, eq(segments.id, quotes.segmentId))
    .where(and(eq(quotes.id, quoteId), eq(quotes.projectId, projectId)))
    .get();
  if (!row) throw new AppError("not_found", "Quote not found.");
  return { quote: row.quote, review: readReview(row.quote.review), segment: row.segment };
}
