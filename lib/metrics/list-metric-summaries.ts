import type { Db } from "../../db/client";
import { CHANGE_DECIMALS, type Change, compareValues, levelChange, type ScoreCell } from "../analysis";
import { type Comparison, type ComparisonOptions, resolveComparison } from "../waves/comparison";
import { getScoreTables, type ProjectScoreTables } from "./get-score-tables";
import { loadMetricFigures, type MetricInfo, type MetricLevel } from "./load-metric-figures";

export interface MetricSegmentSummary {
  /** "all"/"all" for everyone, or e.g. "region"/"London". */
  segmentDimension: string;
  segmentValue: string;
  /** Published levels, one per wave of `MetricSummary.waves`. */
  levels: (MetricLevel | null)[];
  /** The difference of the published levels of the compared waves, when both exist. */
  change: Change | null;
  /** The change as the source printed it, between the same waves, where it printed one. */
  publishedChange: number | null;
  /** Means of the imported Likert answers, one per wave ("computed from imported answers"); null without an item. */
  computed: ScoreCell[] | null;
  computedChange: Change | null;
}

export interface MetricSummary {
  metric: MetricInfo;
  waves: string[];
  /** The Likert item (survey column) linked to the metric, whose answers give the computed means. */
  likertItem: string | null;
  segments: MetricSegmentSummary[];
}

export interface MetricSummaries {
  metrics: MetricSummary[];
  /** The waves every change here is between (lib/waves). */
  comparison: Comparison;
  scoreTables: ProjectScoreTables;
}

const DIMENSION_ORDER = ["all", "region", "ethnicity", "gender"];

/**
 * Each metric with its wording and scale, its published levels per wave and segment, the change between
 * the compared waves (difference of the levels, and the published change beside it), and the mean
 * computed from imported Likert answers where the metric has an item.
 */
export function listMetricSummaries(
  db: Db,
  projectId: number,
  options: ComparisonOptions & { comparison?: Comparison } = {},
): MetricSummaries {
  const comparison = resolveComparison(db, projectId, options);
  const figures = loadMetricFigures(db, projectId);
  const scoreTables = getScoreTables(db, projectId, { comparison });
  const tableByKey = new Map(scoreTables.tables.map((table) => [table.metricKey, table]));

  const metrics = figures.metrics.map((metric): MetricSummary => {
    const levels = figures.levels.get(metric.id) ?? [];
    const changes = figures.changes.get(metric.id) ?? [];
    const table = tableByKey.get(metric.key) ?? null;
    const waves = [...new Set([...levels.map((l) => l.wave), ...(table ? scoreTables.waves : [])])].sort(compareValues);
    const from = comparison.baseline && comparison.current ? comparison.baseline.label : null;
    const to = comparison.baseline && comparison.current ? comparison.current.label : null;
    const segmentKeys = new Map<string, [string, string]>();
    for (const row of [...levels, ...changes]) {
      segmentKeys.set(`${row.segmentDimension}\u0000${row.segmentValue}`, [row.segmentDimension, row.segmentValue]);
    }
    const rank = (dimension: string) => {
      const index = DIMENSION_ORDER.indexOf(dimension);
      return index === -1 ? DIMENSION_ORDER.length : index;
    };
    const segments = [...segmentKeys.values()]
      .sort(([da, va], [db, vb]) => rank(da) - rank(db) || compareValues(da, db) || compareValues(va, vb))
      .map(([segmentDimension, segmentValue]): MetricSegmentSummary => {
        const byWave = waves.map(
          (wave) =>
            levels.find(
              (l) => l.wave === wave && l.segmentDimension === segmentDimension && l.segmentValue === segmentValue,
            ) ?? null,
        );
        const first = from === null ? null : byWave[waves.indexOf(from)];
        const last = to === null ? null : byWave[waves.indexOf(to)];
        const published =
          from !== null && to !== null
            ? (changes.find(
                (c) =>
                  c.waveFrom === from &&
                  c.waveTo === to &&
                  c.segmentDimension === segmentDimension &&
                  c.segmentValue === segmentValue,
              )?.change ?? null)
            : null;
        const computedRow = table?.sections
          .find((section) => section.dimension === segmentDimension)
          ?.rows.find((row) => row.segment === segmentValue);
        const computed = table
          ? waves.map((wave) => {
              const column = table.waves.indexOf(wave);
              return column === -1 || !computedRow
                ? { n: 0, mean: null, display: "–", suppressed: false }
                : computedRow.cells[column];
            })
          : null;
        return {
          segmentDimension,
          segmentValue,
          levels: byWave,
          change: first && last ? levelChange(first.value, last.value, CHANGE_DECIMALS[metric.kind]) : null,
          publishedChange: published,
          computed,
          computedChange: computedRow?.change ?? null,
        };
      });
    return { metric, waves, likertItem: table?.item ?? null, segments };
  });
  return { metrics, comparison, scoreTables };
}
