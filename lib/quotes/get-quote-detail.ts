import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, events, type QuoteStatus, quoteComments, users } from "../../db/schema";
import { labelOptions } from "../attribution/fit-label";
import { loadLabelContext } from "../attribution/load-label-context";
import type { LabelOption } from "../attribution/types";
import { AppError } from "../errors";
import { getProjectSettings } from "../projects/settings";
import { listApprovedLabels, personKeyOf } from "./approved-labels";
import { loadQuote } from "./load-quote";
import { type QuoteSource, resolveQuoteSource } from "./quote-source";
import type { QuoteReview } from "./review-types";

export interface QuoteDetail {
  id: number;
  status: QuoteStatus;
  code: { id: number; name: string };
  wording: string;
  attribution: string;
  attributionAttributes: string[];
  review: QuoteReview;
  /** The segment's own text: what the review's offsets point into. For readers of the project's text only. */
  sourceText: string;
  segment: { id: number; documentId: number; start: number; end: number };
  source: QuoteSource | null;
  people: {
    proposed: { name: string; at: Date };
    shortlisted: { name: string; at: Date } | null;
    decided: { name: string; at: Date } | null;
  };
  comments: { id: number; author: string; body: string; createdAt: Date }[];
  history: { id: number; action: string; who: string; at: Date }[];
  labelOptions: LabelOption[];
  personLabel: { label: string; attributes: string[]; quoteId: number } | null;
  k: number;
}

/** Everything the review screen shows for one quote. */
export function getQuoteDetail(db: Db, projectId: number, quoteId: number): QuoteDetail {
  const { quote, review, segment } = loadQuote(db, projectId, quoteId);
  const code = db.select({ id: codes.id, name: codes.name }).from(codes).where(eq(codes.id, quote.codeId)).get();
  if (!code) throw new AppError("not_found", "Quote not found.");
  let source: QuoteSource | null = null;
  try {
    source = resolveQuoteSource(db, projectId, segment);
  } catch {
    source = null;
  }
  const comments = db
    .select({ id: quoteComments.id, author: users.name, body: quoteComments.body, createdAt: quoteComments.createdAt })
    .from(quoteComments)
    .innerJoin(users, eq(users.id, quoteComments.authorId))
    .where(eq(quoteComments.quoteId, quote.id))
    .orderBy(asc(quoteComments.createdAt), asc(quoteComments.id))
    .all();
  const history = db
    .select({ id: events.id, action: events.action, who: users.name, at: events.createdAt })
    .from(events)
    .innerJoin(users, eq(users.id, events.userId))
    .where(and(eq(events.projectId, projectId), eq(events.targetType, "quote"), eq(events.targetId, quote.id)))
    .orderBy(asc(events.createdAt), asc(events.id))
    .all();
  const ids = [quote.proposedBy, quote.shortlistedBy, quote.decidedBy].filter((id): id is number => id !== null);
  const names = new Map(
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, ids))
      .all()
      .map((u) => [u.id, u.name]),
  );
  const personKey = personKeyOf(source);
  const existing = personKey
    ? listApprovedLabels(db, projectId, quote.id).find((q) => q.personKey === personKey)
    : undefined;
  return {
    id: quote.id,
    status: quote.status,
    code,
    wording: quote.wording,
    attribution: quote.attribution,
    attributionAttributes: quote.attributionAttributes,
    review,
    sourceText: segment.text,
    segment,
    source,
    people: {
      proposed: { name: names.get(quote.proposedBy) ?? "Unknown", at: quote.proposedAt },
      shortlisted:
        quote.shortlistedBy && quote.shortlistedAt
          ? { name: names.get(quote.shortlistedBy) ?? "Unknown", at: quote.shortlistedAt }
          : null,
      decided:
        quote.decidedBy && quote.decidedAt
          ? { name: names.get(quote.decidedBy) ?? "Unknown", at: quote.decidedAt }
          : null,
    },
    comments,
    history,
    labelOptions: source ? labelOptions(loadLabelContext(db, projectId, source).subject) : [],
    personLabel: existing
      ? { label: existing.label, attributes: existing.attributes, quoteId: existing.quoteId }
      : null,
    k: Math.max(5, getProjectSettings(db, projectId).quoteK),
  };
}
