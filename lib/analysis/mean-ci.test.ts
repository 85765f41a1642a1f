import { describe, expect, it } from "vitest";
import { compareMeans, compareMeansByTheme, meanWithCi } from "./mean-ci";

describe("meanWithCi", () => {
  it("has no mean without values and no spread or CI with one", () => {
    expect(meanWithCi([])).toEqual({ n: 0, mean: null, sd: null, ci: null });
    expect(meanWithCi([4])).toEqual({ n: 1, mean: 4, sd: null, ci: null });
  });

  it("uses t with n − 1 = 1 df for two values", () => {
    // [2, 4]: mean 3; sd = √(((−1)² + 1²) / 1) = √2; se = √2 / √2 = 1
    // t(0.975, 1) = 12.7062047361747 → 3 ± 12.7062047361747
    const result = meanWithCi([2, 4]);
    expect(result.n).toBe(2);
    expect(result.mean).toBe(3);
    expect(result.sd).toBeCloseTo(Math.SQRT2, 15);
    expect(result.ci?.lower).toBeCloseTo(-9.7062047361747, 12);
    expect(result.ci?.upper).toBeCloseTo(15.7062047361747, 12);
  });

  it("works a five-point Likert example by hand", () => {
    // [1, 2, 3, 4, 5]: mean 3; squares 4 + 1 + 0 + 1 + 4 = 10; variance 10/4 = 2.5; sd 1.58113883008419
    // se = √(2.5/5) = √0.5 = 0.707106781186548; t(0.975, 4) = 2.77644510519779
    // margin = 2.77644510519779 × 0.707106781186548 = 1.96324316147756 → [1.03675683852244, 4.96324316147756]
    const result = meanWithCi([1, 2, 3, 4, 5]);
    expect(result.mean).toBe(3);
    expect(result.sd).toBeCloseTo(1.58113883008419, 14);
    expect(result.ci?.lower).toBeCloseTo(1.03675683852244, 12);
    expect(result.ci?.upper).toBeCloseTo(4.96324316147756, 12);
  });

  it("uses t(0.975, 9) = 2.262 for ten values", () => {
    // [3, 4, 4, 5, 5, 5, 2, 3, 4, 5]: sum 40, mean 4; deviations −1 0 0 1 1 1 −2 −1 0 1, squares sum to 10
    // variance 10/9; se = √((10/9)/10) = 1/3; margin = 2.26215716279820 / 3 = 0.754052387599402
    const result = meanWithCi([3, 4, 4, 5, 5, 5, 2, 3, 4, 5]);
    expect(result.n).toBe(10);
    expect(result.mean).toBe(4);
    expect(result.sd).toBeCloseTo(Math.sqrt(10 / 9), 15);
    expect(result.ci?.lower).toBeCloseTo(3.245947612400598, 12);
    expect(result.ci?.upper).toBeCloseTo(4.754052387599402, 12);
  });

  it("collapses the CI to the mean when every value is the same", () => {
    expect(meanWithCi([5, 5, 5])).toEqual({ n: 3, mean: 5, sd: 0, ci: { lower: 5, upper: 5 } });
  });

  it("takes another confidence level", () => {
    // 90%: t(0.95, 1) = tan(0.45 π) = 6.31375151467504; [2, 4] → 3 ± 6.31375151467504
    const result = meanWithCi([2, 4], 0.9);
    expect(result.ci?.lower).toBeCloseTo(-3.31375151467504, 12);
    expect(result.ci?.upper).toBeCloseTo(9.31375151467504, 12);
  });

  it("refuses non-finite scores and confidence levels outside (0, 1)", () => {
    expect(() => meanWithCi([1, Number.NaN])).toThrow(RangeError);
    expect(() => meanWithCi([1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => meanWithCi([1, 2], 1)).toThrow(RangeError);
    expect(() => meanWithCi([1, 2], 0)).toThrow(RangeError);
  });
});

describe("compareMeans", () => {
  it("gives Welch's interval for unequal variances", () => {
    // raised [2, 4]: mean 3, s² 2, s²/n = 1. not raised [1, 2, 3]: mean 2, s² 1, s²/n = 1/3.
    // difference 1; variance 1 + 1/3 = 4/3
    // df = (4/3)² / (1²/1 + (1/3)²/2) = (16/9) / (19/18) = 32/19 = 1.68421052631579
    // t(0.975, 32/19) = 5.17623162854652; margin = 5.17623162854652 × √(4/3) = 5.97699744825837
    const result = compareMeans([2, 4], [1, 2, 3]);
    expect(result.raised.mean).toBe(3);
    expect(result.notRaised.mean).toBe(2);
    expect(result.difference).toBe(1);
    expect(result.df).toBeCloseTo(32 / 19, 14);
    expect(result.ci?.lower).toBeCloseTo(1 - 5.97699744825837, 10);
    expect(result.ci?.upper).toBeCloseTo(1 + 5.97699744825837, 10);
  });

  it("reduces to df = 2 for two equal-variance pairs", () => {
    // raised [1, 3]: mean 2, s² 2; not raised [4, 6]: mean 5, s² 2. variance 2/2 + 2/2 = 2
    // df = 2² / (1²/1 + 1²/1) = 2; t(0.975, 2) = 4.30265272974946; margin = 4.30265272974946 × √2 = 6.08486984459331
    const result = compareMeans([1, 3], [4, 6]);
    expect(result.difference).toBe(-3);
    expect(result.df).toBeCloseTo(2, 14);
    expect(result.ci?.lower).toBeCloseTo(-9.08486984459331, 11);
    expect(result.ci?.upper).toBeCloseTo(3.08486984459331, 11);
  });

  it("takes its df from the varying group when the other does not vary", () => {
    // raised [4, 4, 4]: s² 0; not raised [1, 3]: mean 2, s²/n = 1 → df = 1² / (0 + 1²/1) = 1
    // difference 2; margin = 12.7062047361747 × 1
    const result = compareMeans([4, 4, 4], [1, 3]);
    expect(result.difference).toBe(2);
    expect(result.df).toBeCloseTo(1, 14);
    expect(result.ci?.lower).toBeCloseTo(-10.7062047361747, 12);
    expect(result.ci?.upper).toBeCloseTo(14.7062047361747, 12);
  });

  it("collapses the interval when neither group varies", () => {
    const result = compareMeans([4, 4], [2, 2, 2]);
    expect(result.difference).toBe(2);
    expect(result.ci).toEqual({ lower: 2, upper: 2 });
    expect(result.df).toBeNull();
  });

  it("has a difference but no CI when a group has one value, and neither when a group is empty", () => {
    const single = compareMeans([5], [1, 3]);
    expect(single.difference).toBe(3);
    expect(single.ci).toBeNull();
    expect(single.df).toBeNull();
    const empty = compareMeans([], [1, 3]);
    expect(empty.difference).toBeNull();
    expect(empty.ci).toBeNull();
    expect(empty.notRaised.mean).toBe(2);
  });
});

describe("compareMeansByTheme", () => {
  const scores = [
    { respondentId: "r1", value: 2 },
    { respondentId: "r2", value: 4 },
    { respondentId: "r3", value: 1 },
    { respondentId: "r4", value: 2 },
    { respondentId: "r5", value: 3 },
    { respondentId: "r6", value: 5 }, // outside the base in the second case
  ];

  it("splits scores by who raised the theme", () => {
    // raised r1, r2 → [2, 4]; not raised r3 … r6 → [1, 2, 3, 5], mean 11/4 = 2.75 → difference 0.25
    const result = compareMeansByTheme(scores, new Set(["r1", "r2"]));
    expect(result.raised.n).toBe(2);
    expect(result.notRaised.n).toBe(4);
    expect(result.difference).toBe(0.25);
  });

  it("keeps only the base when one is given", () => {
    // base r1 … r5: not raised [1, 2, 3] → the first Welch example, difference 1, df 32/19
    const base = new Set(["r1", "r2", "r3", "r4", "r5"]);
    const result = compareMeansByTheme(scores, new Set(["r1", "r2"]), base);
    expect(result.difference).toBe(1);
    expect(result.df).toBeCloseTo(32 / 19, 14);
  });
});
