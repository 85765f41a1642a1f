import { and, asc, eq, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/client";
import { likertItems, type METRIC_KINDS, metricChanges, metrics, metricValues, waves } from "../../db/schema";
import { CHANGE_DECIMALS, type Change, levelChange } from "../analysis";

export type MetricKind = (typeof METRIC_KINDS)[number];

export interface MetricInfo {
  id: number;
  key: string;
  label: string;
  kind: MetricKind;
  scaleMin: number;
  scaleMax: number;
}

export interface MetricLevel {
  wave: string;
  segmentDimension: string;
  segmentValue: string;
  value: number;
  n: number | null;
}

export interface PublishedChange {
  waveFrom: string;
  waveTo: string;
  segmentDimension: string;
  segmentValue: string;
  change: number;
}

/** A project's metrics with every published level and change, and the Likert items imported for each. */
export interface MetricFigures {
  metrics: MetricInfo[];
  levels: Map<number, MetricLevel[]>;
  changes: Map<number, PublishedChange[]>;
  /** Metric key → the Likert items (survey columns) linked to it. */
  likertItems: Map<string, { id: number; label: string }[]>;
}

/** Everything about a project's metrics in four set-based queries. */
export function loadMetricFigures(db: Db, projectId: number): MetricFigures {
  const metricRows = db
    .select({
      id: metrics.id,
      key: metrics.key,
      label: metrics.label,
      kind: metrics.kind,
      scaleMin: metrics.scaleMin,
      scaleMax: metrics.scaleMax,
    })
    .from(metrics)
    .where(eq(metrics.projectId, projectId))
    .orderBy(asc(metrics.kind), asc(metrics.key))
    .all();
  const levels = new Map<number, MetricLevel[]>();
  for (const row of db
    .select({
      metricId: metricValues.metricId,
      wave: waves.label,
      segmentDimension: metricValues.segmentDimension,
      segmentValue: metricValues.segmentValue,
      value: metricValues.value,
      n: metricValues.n,
    })
    .from(metricValues)
    .innerJoin(metrics, eq(metrics.id, metricValues.metricId))
    .innerJoin(waves, eq(waves.id, metricValues.waveId))
    .where(eq(metrics.projectId, projectId))
    .all()) {
    const { metricId, ...level } = row;
    levels.set(metricId, [...(levels.get(metricId) ?? []), level]);
  }
  const waveFrom = alias(waves, "wave_from");
  const waveTo = alias(waves, "wave_to");
  const changes = new Map<number, PublishedChange[]>();
  for (const row of db
    .select({
      metricId: metricChanges.metricId,
      waveFrom: waveFrom.label,
      waveTo: waveTo.label,
      segmentDimension: metricChanges.segmentDimension,
      segmentValue: metricChanges.segmentValue,
      change: metricChanges.change,
    })
    .from(metricChanges)
    .innerJoin(metrics, eq(metrics.id, metricChanges.metricId))
    .innerJoin(waveFrom, eq(waveFrom.id, metricChanges.waveFromId))
    .innerJoin(waveTo, eq(waveTo.id, metricChanges.waveToId))
    .where(eq(metrics.projectId, projectId))
    .all()) {
    const { metricId, ...change } = row;
    changes.set(metricId, [...(changes.get(metricId) ?? []), change]);
  }
  const items = new Map<string, { id: number; label: string }[]>();
  for (const row of db
    .select({ id: likertItems.id, label: likertItems.label, metricKey: likertItems.metricKey })
    .from(likertItems)
    .where(and(eq(likertItems.projectId, projectId), isNotNull(likertItems.metricKey)))
    .orderBy(asc(likertItems.id))
    .all()) {
    const key = row.metricKey!;
    items.set(key, [...(items.get(key) ?? []), { id: row.id, label: row.label }]);
  }
  return { metrics: metricRows, levels, changes, likertItems: items };
}

/** The published level of a metric for one wave and segment ("all"/"all" for everyone). */
export function levelOf(
  figures: MetricFigures,
  metricId: number,
  wave: string,
  segmentDimension = "all",
  segmentValue = "all",
): number | null {
  return (
    figures.levels
      .get(metricId)
      ?.find((l) => l.wave === wave && l.segmentDimension === segmentDimension && l.segmentValue === segmentValue)
      ?.value ?? null
  );
}

/** The change the source published between two waves for a segment, if it published one. */
export function publishedChangeOf(
  figures: MetricFigures,
  metricId: number,
  waveFrom: string,
  waveTo: string,
  segmentDimension = "all",
  segmentValue = "all",
): number | null {
  return (
    figures.changes
      .get(metricId)
      ?.find(
        (c) =>
          c.waveFrom === waveFrom &&
          c.waveTo === waveTo &&
          c.segmentDimension === segmentDimension &&
          c.segmentValue === segmentValue,
      )?.change ?? null
  );
}

export interface MetricMovement {
  from: number | null;
  to: number | null;
  /** The difference of the two levels when both are published, otherwise the published change. */
  change: Change | null;
  source: "levels" | "published" | null;
  /** The change as the source printed it, shown beside the difference of the levels. */
  published: number | null;
}

/**
 * How a metric moved between two waves for one segment. The difference of the published levels comes
 * first (the report computes its change from unrounded means, so its printed change can differ by 0.01);
 * where only a change was published (regions), that change is used.
 */
export function metricMovement(
  figures: MetricFigures,
  metric: MetricInfo,
  waveFrom: string,
  waveTo: string,
  segmentDimension = "all",
  segmentValue = "all",
): MetricMovement {
  const from = levelOf(figures, metric.id, waveFrom, segmentDimension, segmentValue);
  const to = levelOf(figures, metric.id, waveTo, segmentDimension, segmentValue);
  const published = publishedChangeOf(figures, metric.id, waveFrom, waveTo, segmentDimension, segmentValue);
  const decimals = CHANGE_DECIMALS[metric.kind];
  if (from !== null && to !== null) {
    return { from, to, change: levelChange(from, to, decimals), source: "levels", published };
  }
  if (published !== null) {
    return { from, to, change: levelChange(0, published, decimals), source: "published", published };
  }
  return { from, to, change: null, source: null, published };
}
