import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents, QUOTE_STATUSES, type QuoteStatus, quoteComments, quotes, segments, users } from "../../db/schema";
import { readReview } from "./review-types";

export interface BoardQuote {
  id: number;
  status: QuoteStatus;
  wording: string;
  attribution: string;
  documentTitle: string;
  openFlags: number;
  comments: number;
  proposed: { name: string; at: Date };
  shortlisted: { name: string; at: Date } | null;
  decided: { name: string; at: Date } | null;
}

export type QuoteBoard = Record<QuoteStatus, BoardQuote[]>;

/** A theme's quotes by status, for the quote board (readers of the project's text only). */
export function listQuoteBoard(db: Db, projectId: number, codeId: number): QuoteBoard {
  const rows = db
    .select({
      id: quotes.id,
      status: quotes.status,
      wording: quotes.wording,
      attribution: quotes.attribution,
      review: quotes.review,
      documentTitle: documents.title,
      proposedBy: quotes.proposedBy,
      proposedAt: quotes.proposedAt,
      shortlistedBy: quotes.shortlistedBy,
      shortlistedAt: quotes.shortlistedAt,
      decidedBy: quotes.decidedBy,
      decidedAt: quotes.decidedAt,
      reportPosition: quotes.reportPosition,
      comments: sql<number>`(select count(*) from ${quoteComments} where ${quoteComments.quoteId} = ${quotes.id})`,
    })
    .from(quotes)
    .innerJoin(segments, eq(segments.id, quotes.segmentId))
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .where(and(eq(quotes.projectId, projectId), eq(quotes.codeId, codeId)))
    .orderBy(sql`${quotes.reportPosition} is null`, asc(quotes.reportPosition), asc(quotes.id))
    .all();
  const ids = [
    ...new Set(
      rows.flatMap((r) => [r.proposedBy, r.shortlistedBy, r.decidedBy]).filter((id): id is number => id !== null),
    ),
  ];
  const names = new Map(
    ids.length
      ? db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, ids))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  const who = (id: number | null, at: Date | null) =>
    id !== null && at ? { name: names.get(id) ?? "Unknown", at } : null;
  const board = Object.fromEntries(QUOTE_STATUSES.map((status) => [status, [] as BoardQuote[]])) as QuoteBoard;
  for (const row of rows) {
    board[row.status].push({
      id: row.id,
      status: row.status,
      wording: row.wording,
      attribution: row.attribution,
      documentTitle: row.documentTitle,
      openFlags: readReview(row.review).flags.filter((flag) => flag.resolution === null).length,
      comments: row.comments,
      proposed: { name: names.get(row.proposedBy) ?? "Unknown", at: row.proposedAt },
      shortlisted: who(row.shortlistedBy, row.shortlistedAt),
      decided: who(row.decidedBy, row.decidedAt),
    });
  }
  return board;
}
