import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { metrics } from "../../db/schema";

/** A project's metrics by key → the label people read ("workload_manageable" → "My workload is manageable"). */
export function listMetricLabels(db: Db, projectId: number): Record<string, string> {
  return Object.fromEntries(
    db
      .select({ key: metrics.key, label: metrics.label })
      .from(metrics)
      .where(eq(metrics.projectId, projectId))
      .all()
      .map((row) => [row.key, row.label]),
  );
}
