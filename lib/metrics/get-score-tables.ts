import type { Db } from "../../db/client";
import { compareValues, SCORE_TABLE_DIMENSIONS, type ScoreRow, type ScoreTable, scoreTables } from "../analysis";
import {
  type AnalysisFrame,
  loadAnalysisFrame,
  loadAttributeColumn,
  loadLikertColumn,
} from "../analysis-frame/analysis-frame";
import { breakdownAttributes } from "../analysis-frame/breakdown-attributes";
import { loadValueOrder } from "../attribute-values/load-value-order";
import { type Comparison, type ComparisonOptions, resolveComparison } from "../waves/comparison";
import { loadMetricFigures } from "./load-metric-figures";

export interface ProjectScoreTables {
  waves: string[];
  /** The dimensions the project's respondents have, of ethnicity, gender and region. */
  dimensions: string[];
  threshold: number;
  /** One per Likert item with a metric key, in the order of the metrics. */
  tables: (ScoreTable & { metricKey: string })[];
}

/**
 * The report's score tables regenerated from the imported respondent-level Likert answers: the mean per
 * item and wave, overall and by ethnicity, gender and region, with the change between the compared waves
 * (lib/waves). Means of groups under the project's suppression threshold are hidden.
 */
export function getScoreTables(
  db: Db,
  projectId: number,
  options: ComparisonOptions & { comparison?: Comparison } = {},
): ProjectScoreTables {
  const comparison = resolveComparison(db, projectId, options);
  const threshold = comparison.threshold;
  const frame = loadAnalysisFrame(db, projectId);
  const figures = loadMetricFigures(db, projectId);
  const waves = [...new Set(frame.respondentWave)]
    .map((id) => frame.waveLabels.get(id) ?? String(id))
    .sort(compareValues);
  const attributes = breakdownAttributes(db, projectId).filter((a) =>
    (SCORE_TABLE_DIMENSIONS as readonly string[]).includes(a.key),
  );
  const columns = attributes
    .map((attribute) => ({
      key: attribute.key,
      column: loadAttributeColumn(db, frame, attribute.attributeId),
      order: [...loadValueOrder(db, attribute.attributeId)].sort((a, b) => a[1] - b[1]).map(([value]) => value),
    }))
    .filter(({ column }) => column.values.length > 0);
  const dimensions = SCORE_TABLE_DIMENSIONS.filter((key) => columns.some((c) => c.key === key));
  // Kept with the frame (respondents, attributes and Likert answers never change under it): every other
  // input is in the key, so the metrics page does not rebuild a row per Likert answer on each load.
  const key = JSON.stringify([
    threshold,
    comparison.baseline?.label ?? null,
    comparison.current?.label ?? null,
    columns.map(({ key, column, order }) => [key, column.attributeId, order]),
    figures.metrics.map((metric) => [metric.key, (figures.likertItems.get(metric.key) ?? []).map((item) => item.id)]),
  ]);
  let kept = keptTables.get(frame);
  if (!kept) {
    kept = new Map();
    keptTables.set(frame, kept);
  }
  const hit = kept.get(key);
  if (hit) return hit;
  const attributeRecords = Array.from(frame.respondentIds, (_, index) => {
    const record: Record<string, string | null> = {};
    for (const { key, column } of columns) {
      const value = column.valueAt[index];
      record[key] = value < 0 ? null : column.values[value];
    }
    return record;
  });

  const rows: ScoreRow[] = [];
  const keyOfItem = new Map<string, string>();
  for (const metric of figures.metrics) {
    for (const item of figures.likertItems.get(metric.key) ?? []) {
      keyOfItem.set(item.label, metric.key);
      const scores = loadLikertColumn(db, frame, item.id);
      for (let index = 0; index < scores.length; index++) {
        if (!scores[index]) continue;
        rows.push({
          respondentId: frame.respondentIds[index],
          wave: frame.waveLabels.get(frame.respondentWave[index]) ?? "",
          attributes: attributeRecords[index],
          item: item.label,
          value: scores[index],
        });
      }
    }
  }
  const compared =
    comparison.baseline && comparison.current
      ? [comparison.baseline.label, comparison.current.label].filter((wave) => waves.includes(wave))
      : [];
  // Without both compared waves among the columns there is no change to show (one wave to itself is none).
  const [changeFrom, changeTo] = compared.length === 2 ? compared : [waves[0], waves[0]];
  const tables =
    rows.length === 0
      ? []
      : scoreTables(rows, {
          waves,
          dimensions,
          minimumN: threshold,
          changeFrom,
          changeTo,
          segmentOrder: Object.fromEntries(columns.map(({ key, order }) => [key, order])),
        });
  const result = {
    waves,
    dimensions,
    threshold,
    tables: tables.map((table) => ({ ...table, metricKey: keyOfItem.get(table.item) ?? "" })),
  };
  if (kept.size >= 4) kept.delete(kept.keys().next().value as string);
  kept.set(key, result);
  return result;
}

const keptTables = new WeakMap<AnalysisFrame, Map<string, ProjectScoreTables>>();
