import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { binomial, fastRandom, multinomial } from "./binomial";
import { bootstrapAlphaInterval, krippendorffAlpha, type ReliabilityTable } from "./statistics";

function moments(n: number, p: number, draws: number, seed: string) {
  const random = fastRandom(seed);
  let sum = 0;
  let squares = 0;
  let outside = 0;
  for (let index = 0; index < draws; index++) {
    const value = binomial(n, p, random);
    if (!Number.isInteger(value) || value < 0 || value > n) outside++;
    sum += value;
    squares += value * value;
  }
  const mean = sum / draws;
  return { mean, variance: squares / draws - mean * mean, outside };
}

describe("binomial draws", () => {
  it.each([
    [20, 0.1], // inversion
    [2000, 0.03], // rejection (n·p = 60)
    [2000, 0.45],
    [80000, 0.6], // flipped to 1 − p
    [15, 0.9],
  ])("Binomial(%i, %f) has mean n·p and variance n·p·(1 − p)", (n, p) => {
    const { mean, variance, outside } = moments(n, p, 40000, `b-${n}-${p}`);
    expect(outside).toBe(0);
    const expectedVariance = n * p * (1 - p);
    expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt(expectedVariance / 40000));
    expect(variance / expectedVariance).toBeGreaterThan(0.96);
    expect(variance / expectedVariance).toBeLessThan(1.04);
  });

  it("gives the edge cases exactly", () => {
    const random = fastRandom("edges");
    expect(binomial(0, 0.5, random)).toBe(0);
    expect(binomial(10, 0, random)).toBe(0);
    expect(binomial(10, 1, random)).toBe(10);
  });

  it("spreads n over the kinds in proportion to their weights, summing to n, the same for the same seed", () => {
    const weights = [553, 300, 83, 64];
    const into = new Float64Array(4);
    const again = new Float64Array(4);
    const totals = [0, 0, 0, 0];
    const random = fastRandom("multi");
    const replay = fastRandom("multi");
    let differences = 0;
    let wrongSums = 0;
    for (let draw = 0; draw < 2000; draw++) {
      multinomial(1000, weights, random, into);
      multinomial(1000, weights, replay, again);
      if (into.some((value, index) => value !== again[index])) differences++;
      if (into.reduce((sum, value) => sum + value, 0) !== 1000) wrongSums++;
      into.forEach((value, index) => {
        totals[index] += value;
      });
    }
    expect(differences).toBe(0);
    expect(wrongSums).toBe(0);
    totals.forEach((total, index) => {
      expect(total / 2000).toBeCloseTo(weights[index], -0.3);
    });
  });
});

/** The plain bootstrap, unit by unit, to check the multinomial one draws the same distribution. */
function unitBootstrap(table: ReliabilityTable, seed: string, resamples: number) {
  const random = seedrandom(seed);
  const alphas: number[] = [];
  for (let draw = 0; draw < resamples; draw++) {
    const sample = table.map(() => table[Math.floor(random() * table.length)]);
    const alpha = krippendorffAlpha(sample);
    if (alpha !== null) alphas.push(alpha);
  }
  alphas.sort((a, b) => a - b);
  const at = (p: number) => alphas[Math.round(p * (alphas.length - 1))];
  return { low: at(0.025), high: at(0.975) };
}

describe("the bootstrap interval drawn by kinds", () => {
  it("matches a unit-by-unit bootstrap of the same table", () => {
    const random = seedrandom("table");
    const table: (string | null)[][] = Array.from({ length: 600 }, () => {
      const truth = random() < 0.2;
      return [0, 1, 2].map(() => (random() < 0.1 ? null : random() < 0.85 === truth ? "1" : "0"));
    });
    const byKinds = bootstrapAlphaInterval(table, "s", 2000)!;
    const byUnits = unitBootstrap(table, "s", 2000);
    expect(Math.abs(byKinds.low - byUnits.low)).toBeLessThan(0.02);
    expect(Math.abs(byKinds.high - byUnits.high)).toBeLessThan(0.02);
    expect(byKinds.low).toBeLessThan(krippendorffAlpha(table)!);
    expect(byKinds.high).toBeGreaterThan(krippendorffAlpha(table)!);
  });
});
