import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { quotes } from "../../db/schema";
import type { LabelledQuote } from "../attribution/one-label-per-person";
import { readReview } from "./review-types";

/** The label and person of every approved quote of the project, from the link each approved quote keeps. */
export function listApprovedLabels(
  db: Db,
  projectId: number,
  exceptQuoteId?: number,
): (LabelledQuote & { attributes: string[] })[] {
  const rows = db
    .select({
      id: quotes.id,
      attribution: quotes.attribution,
      attributes: quotes.attributionAttributes,
      review: quotes.review,
    })
    .from(quotes)
    .where(
      and(
        eq(quotes.projectId, projectId),
        eq(quotes.status, "approved"),
        exceptQuoteId === undefined ? undefined : ne(quotes.id, exceptQuoteId),
      ),
    )
    .all();
  return rows.map((row) => ({
    quoteId: row.id,
    personKey: personKeyOf(readReview(row.review).source),
    label: row.attribution,
    attributes: row.attributes,
  }));
}

export function personKeyOf(
  source: { participantId: number | null; respondentId: number | null } | null,
): string | null {
  if (!source) return null;
  if (source.participantId !== null) return `participant:${source.participantId}`;
  if (source.respondentId !== null) return `respondent:${source.respondentId}`;
  return null;
}
