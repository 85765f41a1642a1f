import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { quotes } from "../../db/schema";
import { flagDroppedAttributeDetails } from "../anonymise";
import { fitLabel } from "../attribution/fit-label";
import { loadLabelContext } from "../attribution/load-label-context";
import type { FitResult } from "../attribution/types";
import { recordEvent } from "../events/record-event";
import { getProjectSettings } from "../projects/settings";
import { listApprovedLabels, personKeyOf } from "./approved-labels";
import { loadQuote } from "./load-quote";
import { resolveQuoteSource } from "./quote-source";
import { assertEditable, type QuoteActor, requirePermission } from "./workflow";

export interface AttributionCheck extends FitResult {
  /** The label this person already carries in an approved quote, if any: this quote must match it. */
  personLabel: { label: string; attributes: string[]; quoteId: number } | null;
  /** Words of the quote that still give a detail the label dropped ("I manage an assessment team"). */
  droppedDetails: { text: string; reason: string }[];
}

/** Checks a label for a quote's person against k over the quote's population, without saving. */
export function checkAttribution(
  db: Db,
  projectId: number,
  quoteId: number,
  picked: readonly string[],
): AttributionCheck {
  const { segment, quote } = loadQuote(db, projectId, quoteId);
  const source = resolveQuoteSource(db, projectId, segment);
  const context = loadLabelContext(db, projectId, source);
  const result = fitLabel(context.subject, context.population, picked, getProjectSettings(db, projectId).quoteK, {
    projectPeople: context.projectPeople,
  });
  const personKey = personKeyOf(source);
  const existing = personKey
    ? listApprovedLabels(db, projectId, quoteId).find((q) => q.personKey === personKey)
    : undefined;
  // A label that drops a detail the text still gives protects no one: say where the text gives it.
  const dropped = result.steps
    .filter((step) => step.action === "dropped")
    .map((step) => ({ attribute: step.attribute, value: step.from }));
  const droppedDetails = flagDroppedAttributeDetails(quote.wording, dropped).map((flag) => ({
    text: flag.text,
    reason: flag.reason,
  }));
  const summary =
    droppedDetails.length > 0
      ? `${result.summary} The wording still gives what the label dropped: ${droppedDetails.map((detail) => `“${detail.text}”`).join(", ")}; redact it or rephrase.`
      : result.summary;
  return {
    ...result,
    summary,
    droppedDetails,
    personLabel: existing
      ? { label: existing.label, attributes: existing.attributes, quoteId: existing.quoteId }
      : null,
  };
}

/**
 * Saves the author's choice of attributes and the label that fits k people (generalised or narrowed
 * as needed). A label that cannot fit is saved as none, so the quote cannot be shortlisted.
 */
export function setQuoteAttribution(
  db: Db,
  actor: QuoteActor,
  input: { projectId: number; quoteId: number; attributes: string[] },
): AttributionCheck {
  requirePermission(actor, "edit_quotes");
  return db.transaction(() => {
    const { quote, review } = loadQuote(db, input.projectId, input.quoteId);
    assertEditable(quote.status);
    const check = checkAttribution(db, input.projectId, quote.id, input.attributes);
    const { personLabel: _ignored, droppedDetails: _details, ...fit } = check;
    db.update(quotes)
      .set({
        attributionAttributes: input.attributes,
        attribution: fit.ok ? fit.label : "",
        review: { ...review, attribution: fit },
      })
      .where(eq(quotes.id, quote.id))
      .run();
    recordEvent(db, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: "quote.attribution",
      target: { type: "quote", id: quote.id },
      detail: { picked: input.attributes, fits: fit.fits, k: fit.k, steps: fit.steps.length, ok: fit.ok },
    });
    return check;
  });
}
