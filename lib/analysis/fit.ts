export type Polarity = "concern" | "strength" | "mixed";

/** Whether the theme's prevalence moved the way its polarity predicts from the metric's movement. */
export type Fit = "confirms" | "diverges" | "none";

export interface FitOptions {
  /**
   * Whether a higher metric is better (true for "My workload is manageable"). Set false for metrics where
   * higher is worse, such as "Lack of career progression among top five reasons that could lead to leaving".
   */
  higherIsBetter?: boolean;
}

/**
 * The joint display's fit between a theme's prevalence change and a linked metric's change. A concern is
 * expected to rise as the metric worsens, a strength as it improves: matching that expectation "confirms",
 * the opposite "diverges". Mixed polarity, a missing change, or a change of exactly 0 on either side (no
 * direction to compare; pass the rounded changes you display so "0.00" means 0) gives "none".
 */
export function themeMetricFit(
  polarity: Polarity,
  prevalenceChange: number | null,
  metricChange: number | null,
  options: FitOptions = {},
): Fit {
  if (polarity === "mixed" || prevalenceChange === null || metricChange === null) return "none";
  if (!Number.isFinite(prevalenceChange) || !Number.isFinite(metricChange)) return "none";
  if (prevalenceChange === 0 || metricChange === 0) return "none";
  const metricImproved = metricChange > 0 === (options.higherIsBetter ?? true);
  const prevalenceRose = prevalenceChange > 0;
  const expected = polarity === "concern" ? prevalenceRose !== metricImproved : prevalenceRose === metricImproved;
  return expected ? "confirms" : "diverges";
}
