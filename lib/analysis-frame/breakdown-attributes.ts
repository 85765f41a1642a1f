import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes } from "../../db/schema";
import { BREAKDOWN_ATTRIBUTES } from "../analysis";
import { attributeLabel } from "../attributes/attribute-label";

export type BreakdownAttributeKey = (typeof BREAKDOWN_ATTRIBUTES)[number];

export interface BreakdownAttribute {
  attributeId: number;
  /** As stored ("employment type"). */
  name: string;
  key: BreakdownAttributeKey;
  /** For headings ("Employment type"). */
  label: string;
}

/** "employment type", "Employment_Type" and "employment_type" all name the same attribute. */
export function attributeKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "_");
}

/** The project's attributes a theme is broken down by (region, role …), in the usual order. */
export function breakdownAttributes(db: Db, projectId: number): BreakdownAttribute[] {
  const byKey = new Map(
    db
      .select({ id: attributes.id, name: attributes.name })
      .from(attributes)
      .where(eq(attributes.projectId, projectId))
      .all()
      .map((row) => [attributeKey(row.name), row]),
  );
  return BREAKDOWN_ATTRIBUTES.flatMap((key) => {
    const row = byKey.get(key);
    return row ? [{ attributeId: row.id, name: row.name, key, label: attributeLabel(row.name) }] : [];
  });
}
