import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { metrics } from "../../db/schema";

/** The project's metrics, for linking Likert items to a published measure. */
export function listMetricKeys(db: Db, projectId: number): { key: string; label: string }[] {
  return db
    .select({ key: metrics.key, label: metrics.label })
    .from(metrics)
    .where(eq(metrics.projectId, projectId))
    .orderBy(asc(metrics.key))
    .all();
}
