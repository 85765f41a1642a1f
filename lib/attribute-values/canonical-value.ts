import { and, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributeValues } from "../../db/schema";

/** attribute id → spelling (lower case) → the value it was merged into. */
export type AttributeAliases = Map<number, Map<string, string>>;

function aliasKey(value: string): string {
  return value.trim().toLocaleLowerCase("en-GB");
}

/** The merged spellings of these attributes, loaded once for a whole import. */
export function loadAttributeAliases(db: Db, attributeIds: readonly number[]): AttributeAliases {
  const aliases: AttributeAliases = new Map();
  if (attributeIds.length === 0) return aliases;
  for (const row of db
    .select({
      attributeId: attributeValues.attributeId,
      value: attributeValues.value,
      into: attributeValues.mergedInto,
    })
    .from(attributeValues)
    .where(and(inArray(attributeValues.attributeId, [...attributeIds]), isNotNull(attributeValues.mergedInto)))
    .all()) {
    const byValue = aliases.get(row.attributeId) ?? new Map<string, string>();
    byValue.set(aliasKey(row.value), row.into!);
    aliases.set(row.attributeId, byValue);
  }
  return aliases;
}

/**
 * The value as the project spells it: a spelling a researcher merged ("f", "F") reads as the value it was
 * merged into ("Female"); anything else is kept as it is. Pure over a loaded alias map.
 */
export function canonicalValue(aliases: AttributeAliases, attributeId: number, value: string): string {
  const byValue = aliases.get(attributeId);
  return byValue?.get(aliasKey(value)) ?? value;
}

/** `canonicalValue` for one value, reading its alias (for single writes such as a participant's attributes). */
export function canonicalAttributeValue(db: Db, attributeId: number, value: string): string {
  const clean = value.trim();
  const row = db
    .select({ into: attributeValues.mergedInto })
    .from(attributeValues)
    .where(
      and(
        sql`${attributeValues.attributeId} = ${attributeId}`,
        sql`lower(${attributeValues.value}) = ${aliasKey(clean)}`,
        isNotNull(attributeValues.mergedInto),
      ),
    )
    .get();
  return row?.into ?? clean;
}
