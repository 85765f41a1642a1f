import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributeValues } from "../../db/schema";

/** An attribute's curated order: value → position (values without one are not in the map). */
export function loadValueOrder(db: Db, attributeId: number): Map<string, number> {
  return new Map(
    db
      .select({ value: attributeValues.value, position: attributeValues.position })
      .from(attributeValues)
      .where(
        and(
          eq(attributeValues.attributeId, attributeId),
          isNull(attributeValues.mergedInto),
          isNotNull(attributeValues.position),
        ),
      )
      .all()
      .map((row) => [row.value, row.position!]),
  );
}
