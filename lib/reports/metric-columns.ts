import type { ReportMetric, ReportMetricRow } from "./theme-section";

/** The waves of a theme's metric table: every wave any of its metrics has, oldest first. */
export function metricTableWaves(metrics: readonly ReportMetric[]): string[] {
  return [...new Set(metrics.flatMap((metric) => metric.waves))].sort((left, right) =>
    left.localeCompare(right, "en-GB", { numeric: true }),
  );
}

/** A row's value for a wave, or null where the metric has none. */
export function valueFor(metric: ReportMetric, row: ReportMetricRow, wave: string): string | null {
  const index = metric.waves.indexOf(wave);
  return index === -1 ? null : (row.values[index] ?? null);
}

/** The heading of a change column: "Change 2023 → 2025", or plain "Change" when nothing is compared. */
export function changeHeading(comparisonLabel: string | null): string {
  return comparisonLabel ? `Change ${comparisonLabel}` : "Change";
}
