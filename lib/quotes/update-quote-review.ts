import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { quotes } from "../../db/schema";
import { recordEvent } from "../events/record-event";
import { loadQuote } from "./load-quote";
import { addRedaction, resolveFlag, restoreRedaction, reviewWording, undoRedaction } from "./review-operations";
import type { FlagResolution, ManualCategory, QuoteReview } from "./review-types";
import { assertEditable, type QuoteActor, requirePermission } from "./workflow";

export type ReviewOperation =
  | { type: "undo"; redactionId: string }
  | { type: "restore"; redactionId: string }
  | { type: "add"; start: number; end: number; category: ManualCategory }
  | { type: "resolve"; flagId: string; resolution: FlagResolution };

/** One change to a candidate quote's redactions or flags; the wording is rebuilt from the segment's text. */
export function updateQuoteReview(
  db: Db,
  actor: QuoteActor,
  input: { projectId: number; quoteId: number; operation: ReviewOperation },
): { wording: string; review: QuoteReview } {
  requirePermission(actor, "edit_quotes");
  return db.transaction(() => {
    const { quote, review, segment } = loadQuote(db, input.projectId, input.quoteId);
    assertEditable(quote.status);
    const operation = input.operation;
    const next =
      operation.type === "undo"
        ? undoRedaction(review, operation.redactionId)
        : operation.type === "restore"
          ? restoreRedaction(review, operation.redactionId)
          : operation.type === "add"
            ? addRedaction(review, segment.text, operation)
            : resolveFlag(review, segment.text, operation.flagId, operation.resolution);
    const wording = reviewWording(next, segment.text);
    db.update(quotes).set({ review: next, wording }).where(eq(quotes.id, quote.id)).run();
    // Note: offsets and ids only; the event log never holds quoted text.
    recordEvent(db, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: `quote.review.${operation.type}`,
      target: { type: "quote", id: quote.id },
      detail:
        operation.type === "add"
          ? { start: operation.start, end: operation.end, category: operation.category }
          : operation.type === "resolve"
            ? { flagId: operation.flagId, resolution: operation.resolution }
            : { redactionId: operation.redactionId },
    });
    return { wording, review: next };
  });
}
