import { describe, expect, it } from "vitest";
import { type Fit, type Polarity, themeMetricFit } from "./fit";

describe("themeMetricFit", () => {
  // Prevalence change is the 2025 share minus the 2023 share; metric change is the 2025 level minus 2023.
  const cases: [Polarity, number, number, Fit][] = [
    // concern: expected to rise as the metric falls (opposite directions confirm)
    ["concern", 0.05, -0.1, "confirms"], // more mention workload, workload less manageable
    ["concern", -0.05, 0.1, "confirms"],
    ["concern", 0.05, 0.1, "diverges"],
    ["concern", -0.05, -0.1, "diverges"],
    // strength: expected to rise as the metric rises (same direction confirms)
    ["strength", 0.05, 0.1, "confirms"],
    ["strength", -0.05, -0.1, "confirms"],
    ["strength", 0.05, -0.1, "diverges"],
    ["strength", -0.05, 0.1, "diverges"],
    // mixed: no expected direction
    ["mixed", 0.05, -0.1, "none"],
    ["mixed", 0.05, 0.1, "none"],
  ];
  it.each(cases)("%s with prevalence %d and metric %d → %s", (polarity, prevalence, metric, fit) => {
    expect(themeMetricFit(polarity, prevalence, metric)).toBe(fit);
  });

  it("is none when either change is missing", () => {
    expect(themeMetricFit("concern", null, -0.1)).toBe("none");
    expect(themeMetricFit("concern", 0.05, null)).toBe("none");
    expect(themeMetricFit("strength", null, null)).toBe("none");
    expect(themeMetricFit("concern", Number.NaN, -0.1)).toBe("none");
  });

  it("is none when either change is exactly 0: there is no direction to compare", () => {
    expect(themeMetricFit("concern", 0, -0.1)).toBe("none");
    expect(themeMetricFit("concern", 0.05, 0)).toBe("none");
    expect(themeMetricFit("strength", -0, 0.1)).toBe("none");
  });

  it("reverses the metric for one where higher is worse", () => {
    // lack_progression_top5_leave rising is a worsening: a concern raised more often then confirms.
    expect(themeMetricFit("concern", 0.05, 3, { higherIsBetter: false })).toBe("confirms");
    expect(themeMetricFit("concern", 0.05, -3, { higherIsBetter: false })).toBe("diverges");
    expect(themeMetricFit("strength", 0.05, 3, { higherIsBetter: false })).toBe("diverges");
    expect(themeMetricFit("strength", -0.05, 3, { higherIsBetter: false })).toBe("confirms");
  });
});
