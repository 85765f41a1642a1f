import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { quotes } from "../../db/schema";
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
}

/** Checks a label for a quote's person against k over the quote's population, without saving. */
export function checkAttribution(
  db: Db,
  projectId: number,
  quoteId: number,
  picked: readonly string[],
): AttributionCheck {
  const { segment } = loadQuote(db, projectId, quoteId);
  const source = resolveQuoteSource(db, projectId, segment);
  const context = loadLabelContext(db, projectId, source);
  const result = fitLabel(context.subject, context.population, picked, getProjectSettings(db, projectId).quoteK, {
    projectPeople: context.projectPeople,
  });
  const personKey = personKeyOf(source);
  const existing = personKey
    ? listApprovedLabels(db, projectId, quoteId).find((q) => q.personKey === personKey)
    : undefined;
  return {
    ...result,
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
    const { personLabel: _ignored, ...fit } = check;
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
