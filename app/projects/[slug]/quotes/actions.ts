"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { addQuoteComment as addComment } from "@/lib/quotes/add-quote-comment";
import { changeQuoteStatus } from "@/lib/quotes/change-quote-status";
import { proposeQuote as propose } from "@/lib/quotes/propose-quote";
import type { QuoteStatus } from "@/lib/quotes/quote-statuses";
import { MANUAL_CATEGORIES } from "@/lib/quotes/review-types";
import { setQuoteAttribution as setAttribution } from "@/lib/quotes/set-quote-attribution";
import { updateQuoteReview as updateReview } from "@/lib/quotes/update-quote-review";

const id = z.coerce.number().int().positive();

function refresh(slug: string): void {
  revalidatePath(`/projects/${slug}`, "layout");
}

const proposeSchema = z.union([
  z.object({ codeId: id, segmentId: id }),
  z
    .object({ codeId: id, documentId: id, start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(1) })
    .refine((range) => range.end > range.start, "A quote must end after it starts."),
]);

/** Proposes a coded segment, or a range of a document, as a candidate quote for a theme. */
export const proposeQuote = projectAction("propose_quote", proposeSchema, (input, { db, project, role, userId }) => {
  // No revalidatePath: it would re-render the page proposing (a long transcript, an answer grid) inside this
  // answer; the quote board's button refreshes its own page once the quote is made.
  return propose(db, { userId, role }, { projectId: project.id, ...input });
});

const quoteSchema = z.object({ quoteId: id, comment: z.string().max(4000).optional() });

/** An action moving a quote to `to`; the permission names who may (authors shortlist, leads decide). */
function statusAction(permission: "edit_quotes" | "decide_quotes", to: QuoteStatus) {
  return projectAction(permission, quoteSchema, (input, { db, project, role, userId }) => {
    const result = changeQuoteStatus(
      db,
      { userId, role },
      { projectId: project.id, quoteId: input.quoteId, to, comment: input.comment },
    );
    refresh(project.slug);
    return result;
  });
}

/** Author: a candidate becomes shortlisted (every flag resolved, a label that fits k people). */
export const shortlistQuote = statusAction("edit_quotes", "shortlisted");

/** Author: a shortlisted or rejected quote goes back to the candidates to be changed. */
export const returnQuoteToCandidates = statusAction("edit_quotes", "candidate");

/** Lead: approves a shortlisted quote; its wording is locked from then on. */
export const approveQuote = statusAction("decide_quotes", "approved");

/** Lead: rejects a shortlisted quote, optionally saying why. */
export const rejectQuote = statusAction("decide_quotes", "rejected");

const reviewSchema = z.object({
  quoteId: id,
  operation: z.discriminatedUnion("type", [
    z.object({ type: z.literal("undo"), redactionId: z.string().min(1).max(20) }),
    z.object({ type: z.literal("restore"), redactionId: z.string().min(1).max(20) }),
    z.object({
      type: z.literal("add"),
      start: z.coerce.number().int().min(0),
      end: z.coerce.number().int().min(1),
      category: z.enum(MANUAL_CATEGORIES),
    }),
    z.object({ type: z.literal("resolve"), flagId: z.string().min(1).max(20), resolution: z.enum(["keep", "redact"]) }),
  ]),
});

/** Author: undo or restore a redaction, add one over selected text, or resolve a flag. */
export const updateQuoteReview = projectAction("edit_quotes", reviewSchema, (input, { db, project, role, userId }) => {
  const result = updateReview(
    db,
    { userId, role },
    { projectId: project.id, quoteId: input.quoteId, operation: input.operation },
  );
  refresh(project.slug);
  return { wording: result.wording };
});

const attributionSchema = z.object({ quoteId: id, attributes: z.array(z.string().min(1).max(60)).max(20) });

/** Author: picks the attributes for the label; it is checked against k and generalised until it fits. */
export const setQuoteAttribution = projectAction(
  "edit_quotes",
  attributionSchema,
  (input, { db, project, role, userId }) => {
    const result = setAttribution(
      db,
      { userId, role },
      { projectId: project.id, quoteId: input.quoteId, attributes: input.attributes },
    );
    refresh(project.slug);
    return result;
  },
);

const commentSchema = z.object({ quoteId: id, body: z.string().min(1, "Write a comment first.").max(4000) });

/** Anyone who reads the project's text adds to a quote's comment thread. */
export const addQuoteComment = projectAction("read_text", commentSchema, (input, { db, project, role, userId }) => {
  const result = addComment(db, { userId, role }, { projectId: project.id, quoteId: input.quoteId, body: input.body });
  refresh(project.slug);
  return result;
});
