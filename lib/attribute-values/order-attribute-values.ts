import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributeValues } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { projectAttribute } from "./merge-attribute-value";

/**
 * Sets the order an attribute's values are listed in by every breakdown ("0–2", "3–5", "6–10", "11+"),
 * once for all imports; an empty list returns to natural order. Recorded in the event log.
 */
export function orderAttributeValues(
  db: Db,
  actorId: number,
  input: { projectId: number; attributeId: number; values: string[] },
): string[] {
  const values = input.values.map((value) => value.trim());
  if (new Set(values).size !== values.length || values.some((value) => !value)) {
    throw new AppError("invalid_input", "List each value once.");
  }
  return db.transaction(
    (tx) => {
      const attribute = projectAttribute(tx as unknown as Db, input.projectId, input.attributeId);
      const alias = tx
        .select({ value: attributeValues.value, into: attributeValues.mergedInto })
        .from(attributeValues)
        .where(and(eq(attributeValues.attributeId, attribute.id), isNotNull(attributeValues.mergedInto)))
        .all()
        .find((row) => values.includes(row.value));
      if (alias)
        throw new AppError("invalid_input", `‘${alias.value}’ is merged into ‘${alias.into}’: order that instead.`);
      tx.update(attributeValues)
        .set({ position: null })
        .where(and(eq(attributeValues.attributeId, attribute.id), isNull(attributeValues.mergedInto)))
        .run();
      values.forEach((value, position) => {
        tx.insert(attributeValues)
          .values({ attributeId: attribute.id, value, position })
          .onConflictDoUpdate({ target: [attributeValues.attributeId, attributeValues.value], set: { position } })
          .run();
      });
      recordEvent(tx, {
        projectId: input.projectId,
        actorId: actorId,
        action: "attribute.order",
        target: { type: "attribute", id: attribute.id },
        detail: { attribute: attribute.name, values },
      });
      return values;
    },
    { behavior: "immediate" },
  );
}
