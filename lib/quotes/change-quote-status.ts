import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type QuoteStatus, quoteComments, quotes } from "../../db/schema";
import { assertSameLabel } from "../attribution/one-label-per-person";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { listApprovedLabels, personKeyOf } from "./approved-labels";
import { loadQuote } from "./load-quote";
import { resolveQuoteSource } from "./quote-source";
import { openFlags } from "./review-operations";
import { checkAttribution } from "./set-quote-attribution";
import { snapshotSource } from "./source-snapshot";
import { assertTransition, type QuoteActor } from "./workflow";

export const MAX_COMMENT_LENGTH = 4000;

/**
 * Moves a quote along the workflow (see TRANSITIONS), recording who and when. Shortlisting needs every
 * flag resolved and a label that fits k people; approval checks the label again against the current
 * population and k, and that the person carries the same label in every approved quote.
 */
export function changeQuoteStatus(
  db: Db,
  actor: QuoteActor,
  input: { projectId: number; quoteId: number; to: QuoteStatus; comment?: string },
): { id: number; status: QuoteStatus } {
  return db.transaction(() => {
    const { quote, review, segment } = loadQuote(db, input.projectId, input.quoteId);
    assertTransition(actor, quote.status, input.to);
    const now = new Date();
    const changes: Partial<typeof quotes.$inferInsert> = { status: input.to };

    if (input.to === "shortlisted" || input.to === "approved") {
      const open = openFlags(review);
      if (open.length > 0) {
        throw new AppError(
          "invalid_input",
          `Resolve every flag first: ${open.length} ${open.length === 1 ? "is" : "are"} still open (${open.map((flag) => `“${flag.text}”`).join(", ")}).`,
        );
      }
      if (!quote.wording.trim()) throw new AppError("invalid_input", "This quote has no wording left to publish.");
      if (!quote.attribution) {
        throw new AppError("invalid_input", "Choose an attribution that fits enough people before shortlisting.");
      }
      const check = checkAttribution(db, input.projectId, quote.id, quote.attributionAttributes);
      if (!check.ok || check.label !== quote.attribution) {
        throw new AppError(
          "conflict",
          `The attribution no longer fits: ${check.summary} The author must check the label again.`,
        );
      }
    }
    if (input.to === "shortlisted") {
      changes.shortlistedBy = actor.userId;
      changes.shortlistedAt = now;
    }
    if (input.to === "approved") {
      const source = resolveQuoteSource(db, input.projectId, segment);
      assertSameLabel(
        { quoteId: quote.id, personKey: personKeyOf(source), label: quote.attribution },
        listApprovedLabels(db, input.projectId, quote.id),
      );
      changes.review = { ...review, source: snapshotSource(source) };
      changes.reportPosition = nextReportPosition(db, input.projectId, quote.codeId);
    }
    if (input.to === "approved" || input.to === "rejected") {
      changes.decidedBy = actor.userId;
      changes.decidedAt = now;
    }
    if (input.to === "candidate") {
      Object.assign(changes, {
        shortlistedBy: null,
        shortlistedAt: null,
        decidedBy: null,
        decidedAt: null,
        reportPosition: null,
      });
    }
    db.update(quotes).set(changes).where(eq(quotes.id, quote.id)).run();

    const comment = input.comment?.trim();
    if (comment) {
      if (comment.length > MAX_COMMENT_LENGTH) {
        throw new AppError("invalid_input", `Keep a comment to ${MAX_COMMENT_LENGTH} characters.`);
      }
      db.insert(quoteComments).values({ quoteId: quote.id, authorId: actor.userId, body: comment }).run();
    }
    recordEvent(db, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: `quote.${input.to === "candidate" ? "return" : input.to === "shortlisted" ? "shortlist" : input.to === "approved" ? "approve" : "reject"}`,
      target: { type: "quote", id: quote.id },
      detail: { from: quote.status, to: input.to },
    });
    return { id: quote.id, status: input.to };
  });
}

function nextReportPosition(db: Db, projectId: number, codeId: number): number {
  const row = db
    .select({ highest: sql<number | null>`max(${quotes.reportPosition})` })
    .from(quotes)
    .where(and(eq(quotes.projectId, projectId), eq(quotes.codeId, codeId), eq(quotes.status, "approved")))
    .get();
  return (row?.highest ?? -1) + 1;
}
