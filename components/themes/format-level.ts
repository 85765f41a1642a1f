import type { MetricKind } from "@/lib/metrics/load-metric-figures";

/** A metric level as the report prints it: means to 2 places, percentages whole with "%". */
export function formatLevel(value: number | null | undefined, kind: MetricKind): string {
  if (value === null || value === undefined) return "–";
  return kind === "percentage" ? `${Math.round(value)}%` : value.toFixed(2);
}

export const LEVEL_DECIMALS: Record<MetricKind, number> = { mean_score: 2, percentage: 0 };

/** The unit a change of this kind is counted in. */
export function changeUnit(kind: MetricKind): string | undefined {
  return kind === "percentage" ? "pts" : undefined;
}
