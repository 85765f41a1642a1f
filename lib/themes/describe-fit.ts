import type { Change, Fit, Polarity } from "../analysis";

/**
 * The fit in words, so the joint display never relies on colour: what moved which way, and whether
 * that is what the link's polarity expects.
 */
export function describeFit(
  fit: Fit,
  polarity: Polarity,
  prevalenceChange: Change | null,
  metricChange: Change | null,
  higherIsBetter: boolean,
): string {
  if (polarity === "mixed") return "No expected direction (mixed link).";
  if (prevalenceChange === null) return "No prevalence change to compare (a wave is missing or too few respondents).";
  if (metricChange === null) return "No metric change to compare (the metric lacks a wave).";
  if (prevalenceChange.rounded === 0) return "Prevalence did not move.";
  if (metricChange.rounded === 0) return "The metric did not move.";
  const raisedMore = prevalenceChange.rounded > 0;
  const improved = metricChange.rounded > 0 === higherIsBetter;
  const movement = `Raised ${raisedMore ? "more" : "less"} often while the metric ${improved ? "improved" : "worsened"}`;
  if (fit === "confirms") return `${movement}: as expected for a ${polarity}.`;
  return `${movement}: the opposite of what a ${polarity} leads us to expect.`;
}

export const FIT_LABELS: Record<Fit, string> = {
  confirms: "Confirms",
  diverges: "Diverges",
  none: "No fit",
};
