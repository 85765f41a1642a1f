/**
 * Metric keys where a higher value is worse (more people naming lack of progression as a reason to
 * leave, more planning to move to an agency). The schema has no direction column, so the rule lives
 * here; every other metric is read as "higher is better".
 */
export const HIGHER_IS_WORSE_METRICS: ReadonlySet<string> = new Set([
  "lack_progression_top5_leave",
  "remuneration_not_really",
  "remuneration_not_at_all",
  "planning_agency",
  "open_to_agency",
]);

/** Whether a rise in the metric is good news (passed to `themeMetricFit` as `higherIsBetter`). */
export function metricHigherIsBetter(metricKey: string): boolean {
  return !HIGHER_IS_WORSE_METRICS.has(metricKey);
}
