import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, attributeValues, participantAttributes, respondentAttributes } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";

export interface MergeResult {
  attribute: string;
  from: string;
  into: string;
  respondents: number;
  participants: number;
}

/** The attribute, checked to belong to the project. */
export function projectAttribute(db: Db, projectId: number, attributeId: number): { id: number; name: string } {
  const attribute = db
    .select({ id: attributes.id, name: attributes.name })
    .from(attributes)
    .where(and(eq(attributes.id, attributeId), eq(attributes.projectId, projectId)))
    .get();
  if (!attribute) throw new AppError("not_found", "Attribute not found.");
  return attribute;
}

/**
 * Merges one spelling of an attribute's value into another ("f" → "Female") for all imports, past and
 * future: stored values are rewritten, and the spelling is kept as an alias that future imports and
 * participant edits read as the value it was merged into. One transaction, recorded in the event log.
 */
export function mergeAttributeValue(
  db: Db,
  actorId: number,
  input: { projectId: number; attributeId: number; from: string; into: string },
): MergeResult {
  const from = input.from.trim();
  const into = input.into.trim();
  if (!from || !into) throw new AppError("invalid_input", "Choose the value to merge and the value it becomes.");
  if (into.length > 200) throw new AppError("invalid_input", "Keep values to 200 characters.");
  if (from === into) throw new AppError("invalid_input", "Choose two different values.");
  return db.transaction(
    (tx) => {
      const txDb = tx as unknown as Db;
      const attribute = projectAttribute(txDb, input.projectId, input.attributeId);
      // The target may itself be a spelling merged earlier: follow it to the value it reads as.
      const target =
        tx
          .select({ into: attributeValues.mergedInto })
          .from(attributeValues)
          .where(and(eq(attributeValues.attributeId, attribute.id), eq(attributeValues.value, into)))
          .get()?.into ?? into;
      if (target === from) throw new AppError("conflict", `‘${into}’ is already merged into ‘${from}’.`);
      const respondents = tx
        .update(respondentAttributes)
        .set({ value: target })
        .where(
          and(eq(respondentAttributes.attributeId, attribute.id), sql`trim(${respondentAttributes.value}) = ${from}`),
        )
        .run().changes;
      const participants = tx
        .update(participantAttributes)
        .set({ value: target })
        .where(
          and(eq(participantAttributes.attributeId, attribute.id), sql`trim(${participantAttributes.value}) = ${from}`),
        )
        .run().changes;
      // Spellings merged into `from` earlier now read as the target too.
      tx.update(attributeValues)
        .set({ mergedInto: target })
        .where(and(eq(attributeValues.attributeId, attribute.id), eq(attributeValues.mergedInto, from)))
        .run();
      tx.insert(attributeValues)
        .values({ attributeId: attribute.id, value: from, mergedInto: target, position: null })
        .onConflictDoUpdate({
          target: [attributeValues.attributeId, attributeValues.value],
          set: { mergedInto: target, position: null },
        })
        .run();
      recordEvent(tx, {
        projectId: input.projectId,
        actorId: actorId,
        action: "attribute.merge",
        target: { type: "attribute", id: attribute.id },
        detail: { attribute: attribute.name, from, into: target, respondents, participants },
      });
      return { attribute: attribute.name, from, into: target, respondents, participants };
    },
    { behavior: "immediate" },
  );
}
