import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import {
  bootstrapAlphaInterval,
  cohenKappa,
  describeAlpha,
  fleissKappa,
  fleissKappaFromCounts,
  krippendorffAlpha,
  percentAgreement,
  type ReliabilityTable,
} from "./statistics";

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the 4 coders × 12 units example with
// missing values; nominal α = 0.743.
const K = null;
const KRIPPENDORFF: (number | null)[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, K, K, K],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, K, 3],
  [K, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, K],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, K],
];
const units: ReliabilityTable = KRIPPENDORFF[0].map((_, unit) =>
  KRIPPENDORFF.map((coder) => (coder[unit] === null ? null : String(coder[unit]))),
);

describe("Krippendorff's α (nominal)", () => {
  it("gives 0.743 on Krippendorff's worked example with missing values", () => {
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });

  it("is unchanged when coders are reordered", () => {
    const reordered = units.map((row) => [row[2], row[0], row[3], row[1]]);
    expect(krippendorffAlpha(reordered)).toBeCloseTo(krippendorffAlpha(units)!, 12);
  });

  it("is 1 for identical coders and about 0 for independent random coders on many units", () => {
    const same = Array.from({ length: 50 }, (_, unit) => [String(unit % 3), String(unit % 3), String(unit % 3)]);
    expect(krippendorffAlpha(same)).toBe(1);
    const random = seedrandom("independent");
    const noise = Array.from({ length: 5000 }, () => [0, 1].map(() => String(Math.floor(random() * 2))));
    expect(Math.abs(krippendorffAlpha(noise)!)).toBeLessThan(0.05);
  });

  it("works a small case by hand: two coders, four units, one disagreement", () => {
    // Values 1,1 / 0,0 / 1,0 / 0,0: n = 8 (n₁ = 3, n₀ = 5); D_o = 2 (the pair in unit 3, both orders);
    // α = 1 − (n − 1) · 2 / (n² − Σ n_c²) = 1 − 7 · 2 / (64 − 9 − 25) = 1 − 14/30 = 0.5333.
    expect(
      krippendorffAlpha([
        ["1", "1"],
        ["0", "0"],
        ["1", "0"],
        ["0", "0"],
      ]),
    ).toBeCloseTo(0.5333, 4);
  });

  it("is undefined without variation or without pairable values", () => {
    expect(
      krippendorffAlpha([
        ["1", "1"],
        ["1", "1"],
      ]),
    ).toBeNull();
    expect(
      krippendorffAlpha([
        ["1", null],
        [null, "0"],
      ]),
    ).toBeNull();
  });
});

describe("Cohen's and Fleiss' κ", () => {
  it("Cohen's κ is 0.4 on the textbook 50-item example (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no)", () => {
    const table = [
      ...Array.from({ length: 20 }, () => ["yes", "yes"]),
      ...Array.from({ length: 5 }, () => ["yes", "no"]),
      ...Array.from({ length: 10 }, () => ["no", "yes"]),
      ...Array.from({ length: 15 }, () => ["no", "no"]),
    ];
    expect(cohenKappa(table)).toBeCloseTo(0.4, 10);
    expect(percentAgreement(table)).toBeCloseTo(0.7, 10);
  });

  it("Fleiss' κ is 0.210 on the 10 subjects × 14 raters × 5 categories example", () => {
    const counts = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappaFromCounts(counts)).toBeCloseTo(0.21, 3);
  });

  it("Fleiss' κ from a reliability table equals Cohen's κ's sibling on complete rows, and is 1 for identical coders", () => {
    expect(
      fleissKappa([
        ["a", "a", "a"],
        ["b", "b", "b"],
        ["a", "a", "a"],
      ]),
    ).toBe(1);
    expect(fleissKappa([["a", "a", null]])).toBeNull();
  });
});

describe("bootstrap interval and words", () => {
  it("is reproducible from its seed and contains α", () => {
    const first = bootstrapAlphaInterval(units, "seed-42")!;
    const again = bootstrapAlphaInterval(units, "seed-42")!;
    expect(first).toEqual(again);
    expect(first.resamples).toBe(1000);
    expect(first.low).toBeLessThanOrEqual(0.743);
    expect(first.high).toBeGreaterThanOrEqual(0.743);
    expect(bootstrapAlphaInterval(units, "another-seed")).not.toEqual(first);
  });

  it("says what α means against the usual thresholds", () => {
    expect(describeAlpha(0.85)).toMatch(/^Reliable/);
    expect(describeAlpha(0.7)).toMatch(/^Tentative/);
    expect(describeAlpha(0.5)).toMatch(/^Not reliable/);
    expect(describeAlpha(null)).toMatch(/^Not computable/);
  });
});
