import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { metricChanges, metrics, metricValues } from "../../db/schema";
import { recordEvent } from "../events/record-event";
import { ensureWave } from "../imports/ensure-wave";
import { ImportError } from "../imports/parsers/import-error";
import type { MetricLevelRow, PublishedChangeRow } from "./parse-metric-csv";

function ensureMetric(db: Db, projectId: number, row: MetricLevelRow): number {
  const existing = db
    .select({ id: metrics.id })
    .from(metrics)
    .where(and(eq(metrics.projectId, projectId), eq(metrics.key, row.metricKey)))
    .get();
  if (existing) {
    db.update(metrics)
      .set({ label: row.label, kind: row.kind, scaleMin: row.scaleMin, scaleMax: row.scaleMax })
      .where(eq(metrics.id, existing.id))
      .run();
    return existing.id;
  }
  return db
    .insert(metrics)
    .values({
      projectId,
      key: row.metricKey,
      label: row.label,
      kind: row.kind,
      scaleMin: row.scaleMin,
      scaleMax: row.scaleMax,
    })
    .returning({ id: metrics.id })
    .get().id;
}

/** Stores metric levels in one transaction; a level already present is replaced. */
export function storeMetricLevels(
  db: Db,
  projectId: number,
  rows: MetricLevelRow[],
  userId: number | null = null,
): number {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    for (const row of rows) {
      const metricId = ensureMetric(txDb, projectId, row);
      const waveId = ensureWave(txDb, projectId, row.wave);
      tx.insert(metricValues)
        .values({
          metricId,
          waveId,
          segmentDimension: row.segmentDimension,
          segmentValue: row.segmentValue,
          value: row.value,
          n: row.n,
        })
        .onConflictDoUpdate({
          target: [
            metricValues.metricId,
            metricValues.waveId,
            metricValues.segmentDimension,
            metricValues.segmentValue,
          ],
          set: { value: row.value, n: row.n },
        })
        .run();
    }
    recordEvent(tx, { projectId, actorId: userId, action: "metrics.import_levels", detail: { rows: rows.length } });
    return rows.length;
  });
}

/** Stores published changes; each must name a metric the project already has. */
export function storePublishedChanges(
  db: Db,
  projectId: number,
  rows: PublishedChangeRow[],
  userId: number | null = null,
): number {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    rows.forEach((row, index) => {
      const metric = tx
        .select({ id: metrics.id })
        .from(metrics)
        .where(and(eq(metrics.projectId, projectId), eq(metrics.key, row.metricKey)))
        .get();
      // Line numbers count the header as line 1, as the parser's do.
      if (!metric) throw new ImportError(`no metric "${row.metricKey}"; import its levels first.`, index + 2);
      const waveFromId = ensureWave(txDb, projectId, row.waveFrom);
      const waveToId = ensureWave(txDb, projectId, row.waveTo);
      tx.insert(metricChanges)
        .values({
          metricId: metric.id,
          waveFromId,
          waveToId,
          segmentDimension: row.segmentDimension,
          segmentValue: row.segmentValue,
          change: row.change,
        })
        .onConflictDoUpdate({
          target: [
            metricChanges.metricId,
            metricChanges.waveFromId,
            metricChanges.waveToId,
            metricChanges.segmentDimension,
            metricChanges.segmentValue,
          ],
          set: { change: row.change },
        })
        .run();
    });
    recordEvent(tx, { projectId, actorId: userId, action: "metrics.import_changes", detail: { rows: rows.length } });
    return rows.length;
  });
}
