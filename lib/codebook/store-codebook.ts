import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks, codes, events, metrics } from "../../db/schema";
import { AppError } from "../errors";
import type { CodebookRow } from "../metrics/parse-metric-csv";

/**
 * Imports a codebook in one transaction: parents before children (a row may name a parent
 * defined later in the file), codes matched by name under the same parent, metric links
 * replaced by the file's.
 */
export function storeCodebook(db: Db, projectId: number, rows: CodebookRow[], userId: number | null = null): number {
  const names = new Set(rows.map((row) => row.code));
  for (const row of rows) {
    if (row.parent && !names.has(row.parent)) {
      const exists = db
        .select({ id: codes.id })
        .from(codes)
        .where(and(eq(codes.projectId, projectId), eq(codes.name, row.parent)))
        .get();
      if (!exists) throw new AppError("invalid_input", `Code "${row.code}" names a parent "${row.parent}" that does not exist.`);
    }
  }
  return db.transaction((tx) => {
    const ids = new Map<string, number>();
    const pending = [...rows];
    let position = 0;
    while (pending.length > 0) {
      const index = pending.findIndex((row) => !row.parent || ids.has(row.parent) || !names.has(row.parent));
      if (index === -1) throw new AppError("invalid_input", "The codebook's parents form a loop.");
      const [row] = pending.splice(index, 1);
      const parentId = row.parent
        ? (ids.get(row.parent) ??
          tx.select({ id: codes.id }).from(codes).where(and(eq(codes.projectId, projectId), eq(codes.name, row.parent))).get()!.id)
        : null;
      const existing = tx
        .select({ id: codes.id })
        .from(codes)
        .where(
          and(eq(codes.projectId, projectId), eq(codes.name, row.code), parentId === null ? isNull(codes.parentId) : eq(codes.parentId, parentId)),
        )
        .get();
      const id = existing
        ? existing.id
        : tx
            .insert(codes)
            .values({ projectId, parentId, name: row.code, description: row.description, colour: row.colour, position: position++ })
            .returning({ id: codes.id })
            .get().id;
      if (existing) tx.update(codes).set({ description: row.description, colour: row.colour }).where(eq(codes.id, id)).run();
      ids.set(row.code, id);
      tx.delete(codeMetricLinks).where(eq(codeMetricLinks.codeId, id)).run();
      for (const link of row.linkedMetrics) {
        const metric = tx
          .select({ id: metrics.id })
          .from(metrics)
          .where(and(eq(metrics.projectId, projectId), eq(metrics.key, link.metricKey)))
          .get();
        if (!metric) continue;
        tx.insert(codeMetricLinks).values({ codeId: id, metricId: metric.id, polarity: link.polarity }).run();
      }
    }
    tx.insert(events).values({ projectId, userId, action: "codebook.import", detail: { codes: rows.length } }).run();
    return rows.length;
  });
}
