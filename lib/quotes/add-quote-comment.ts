import type { Db } from "../../db/client";
import { quoteComments } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { MAX_COMMENT_LENGTH } from "./change-quote-status";
import { loadQuote } from "./load-quote";
import { type QuoteActor, requirePermission } from "./workflow";

/** Adds to a quote's comment thread; anyone who can read the project's text may comment, at any status. */
export function addQuoteComment(
  db: Db,
  actor: QuoteActor,
  input: { projectId: number; quoteId: number; body: string },
): { id: number } {
  requirePermission(actor, "read_text");
  const body = input.body.trim();
  if (!body) throw new AppError("invalid_input", "Write a comment first.");
  if (body.length > MAX_COMMENT_LENGTH)
    throw new AppError("invalid_input", `Keep a comment to ${MAX_COMMENT_LENGTH} characters.`);
  const { quote } = loadQuote(db, input.projectId, input.quoteId);
  return db.transaction(() => {
    const comment = db
      .insert(quoteComments)
      .values({ quoteId: quote.id, authorId: actor.userId, body })
      .returning({ id: quoteComments.id })
      .get();
    recordEvent(db, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: "quote.comment",
      target: { type: "quote", id: quote.id },
    });
    return comment;
  });
}
