import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes } from "../../db/schema";

/** The attribute's id, creating it the first time a project uses the name. */
export function ensureAttribute(db: Db, projectId: number, name: string): number {
  const clean = name.trim().toLowerCase();
  const existing = db
    .select({ id: attributes.id })
    .from(attributes)
    .where(and(eq(attributes.projectId, projectId), eq(attributes.name, clean)))
    .get();
  if (existing) return existing.id;
  return db.insert(attributes).values({ projectId, name: clean }).returning({ id: attributes.id }).get().id;
}
