import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { waves } from "../../db/schema";

export function listWaves(db: Db, projectId: number): { id: number; label: string }[] {
  return db
    .select({ id: waves.id, label: waves.label })
    .from(waves)
    .where(eq(waves.projectId, projectId))
    .orderBy(asc(waves.label))
    .all();
}
