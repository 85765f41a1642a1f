import seedrandom from "seedrandom";

/**
 * Agreement statistics for nominal data. A reliability table has one row per unit and one column per
 * coder; a cell is the value the coder gave the unit, or null where the coder did not code it.
 */
export type ReliabilityTable = readonly (readonly (string | null)[])[];

/**
 * Krippendorff's α for nominal data with any number of coders and missing values (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"): 1 − (n − 1) · D_o / Σ_{c≠k} n_c · n_k over the
 * coincidence matrix of pairable values. Units with fewer than two values are left out. Null when there
 * are no pairable values or every value is the same (no variation: α is undefined).
 */
export function krippendorffAlpha(table: ReliabilityTable): number | null {
  const stats = coincidences(table);
  if (!stats) return null;
  return alphaFrom(stats);
}

interface Coincidences {
  /** Observed disagreement mass: Σ_u Σ_{c≠k pairs in u} 1 / (m_u − 1). */
  observedDisagreement: number;
  /** n_c per value. */
  totals: Map<string, number>;
  n: number;
}

function unitCoincidence(values: readonly (string | null)[]): { counts: Map<string, number>; m: number } | null {
  const counts = new Map<string, number>();
  let m = 0;
  for (const value of values) {
    if (value === null) continue;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    m++;
  }
  return m < 2 ? null : { counts, m };
}

function coincidences(table: ReliabilityTable): Coincidences | null {
  let observedDisagreement = 0;
  const totals = new Map<string, number>();
  let n = 0;
  for (const row of table) {
    const unit = unitCoincidence(row);
    if (!unit) continue;
    // Pairs of different values in the unit: m² − Σ count², each weighted 1 / (m − 1).
    let same = 0;
    for (const count of unit.counts.values()) same += count * count;
    observedDisagreement += (unit.m * unit.m - same) / (unit.m - 1);
    for (const [value, count] of unit.counts) totals.set(value, (totals.get(value) ?? 0) + count);
    n += unit.m;
  }
  return n === 0 ? null : { observedDisagreement, totals, n };
}

function alphaFrom({ observedDisagreement, totals, n }: Coincidences): number | null {
  let squares = 0;
  for (const count of totals.values()) squares += count * count;
  const expectedPairs = n * n - squares;
  if (expectedPairs === 0) return null;
  return 1 - ((n - 1) * observedDisagreement) / expectedPairs;
}

/** Cohen's κ for two coders over the units both coded. Null when there is none, or chance agreement is 1. */
export function cohenKappa(table: ReliabilityTable): number | null {
  const pairs = table.filter((row) => row.length === 2 && row[0] !== null && row[1] !== null) as [string, string][];
  if (pairs.length === 0) return null;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  const total = pairs.length;
  let chance = 0;
  for (const [value, count] of first) chance += (count / total) * ((second.get(value) ?? 0) / total);
  if (chance === 1) return null;
  return (agreed / total - chance) / (1 - chance);
}

/**
 * Fleiss' κ from category counts per subject (each row: how many raters put the subject in each
 * category; every row sums to the same number of raters, at least two).
 */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[]): number | null {
  if (counts.length === 0) return null;
  const raters = counts[0].reduce((sum, count) => sum + count, 0);
  if (raters < 2 || counts.some((row) => row.reduce((sum, count) => sum + count, 0) !== raters)) {
    throw new RangeError("Every subject needs the same number of ratings, at least two.");
  }
  const subjects = counts.length;
  const categories = counts[0].length;
  let meanAgreement = 0;
  const shares = new Array(categories).fill(0);
  for (const row of counts) {
    let squares = 0;
    row.forEach((count, category) => {
      squares += count * count;
      shares[category] += count;
    });
    meanAgreement += (squares - raters) / (raters * (raters - 1));
  }
  meanAgreement /= subjects;
  let chance = 0;
  for (const total of shares) chance += (total / (subjects * raters)) ** 2;
  if (chance === 1) return null;
  return (meanAgreement - chance) / (1 - chance);
}

/** Fleiss' κ over the units every coder coded. */
export function fleissKappa(table: ReliabilityTable): number | null {
  const complete = table.filter((row) => row.length >= 2 && row.every((value) => value !== null)) as string[][];
  if (complete.length === 0) return null;
  const categories = [...new Set(complete.flat())];
  return fleissKappaFromCounts(
    complete.map((row) => categories.map((category) => row.filter((v) => v === category).length)),
  );
}

/** Share of coder pairs, over units with two or more values, that gave the same value. */
export function percentAgreement(table: ReliabilityTable): number | null {
  let pairs = 0;
  let agreed = 0;
  for (const row of table) {
    const values = row.filter((value): value is string => value !== null);
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        pairs++;
        if (values[i] === values[j]) agreed++;
      }
    }
  }
  return pairs === 0 ? null : agreed / pairs;
}

export interface Interval {
  low: number;
  high: number;
  resamples: number;
  seed: string;
}

/**
 * A 95% bootstrap interval for α: `resamples` draws of the units with replacement (seeded, so the same
 * seed gives the same interval), the 2.5th and 97.5th percentiles of the α they give.
 */
export function bootstrapAlphaInterval(table: ReliabilityTable, seed: string, resamples = 1000): Interval | null {
  // Units with the same values (three coders, one code: at most a handful of kinds) are one kind with a
  // weight, so a resample draws kinds, not units: 1,000 draws × 2,000 units × 41 tables stays fast.
  const categories = new Map<string, number>();
  const prepared = table.map(unitCoincidence).filter((unit) => unit !== null);
  for (const unit of prepared)
    for (const value of unit.counts.keys()) if (!categories.has(value)) categories.set(value, categories.size);
  const kinds = new Map<string, { disagreement: number; m: number; counts: Float64Array; weight: number }>();
  for (const unit of prepared) {
    const counts = new Float64Array(categories.size);
    let same = 0;
    for (const [value, count] of unit.counts) {
      counts[categories.get(value)!] = count;
      same += count * count;
    }
    const key = counts.join(",");
    const kind = kinds.get(key);
    if (kind) kind.weight++;
    else kinds.set(key, { disagreement: (unit.m * unit.m - same) / (unit.m - 1), m: unit.m, counts, weight: 1 });
  }
  if (prepared.length === 0) return null;
  const list = [...kinds.values()];
  const alias = aliasTable(list.map((kind) => kind.weight));
  const random = fastRandom(seed);
  const drawn = new Float64Array(list.length);
  const totals = new Float64Array(categories.size);
  const alphas: number[] = [];
  const size = list.length;
  for (let draw = 0; draw < resamples; draw++) {
    drawn.fill(0);
    for (let pick = 0; pick < prepared.length; pick++) {
      // Walker's alias method: one number picks a column, the same number's fraction picks it or its alias.
      const scaled = random() * size;
      const column = scaled | 0;
      drawn[scaled - column < alias.probability[column] ? column : alias.other[column]]++;
    }
    let observedDisagreement = 0;
    let n = 0;
    totals.fill(0);
    list.forEach((kind, index) => {
      const times = drawn[index];
      if (times === 0) return;
      observedDisagreement += times * kind.disagreement;
      n += times * kind.m;
      for (let category = 0; category < totals.length; category++) totals[category] += times * kind.counts[category];
    });
    let squares = 0;
    for (const total of totals) squares += total * total;
    const expectedPairs = n * n - squares;
    if (expectedPairs !== 0) alphas.push(1 - ((n - 1) * observedDisagreement) / expectedPairs);
  }
  if (alphas.length === 0) return null;
  alphas.sort((left, right) => left - right);
  const at = (p: number) => alphas[Math.min(alphas.length - 1, Math.max(0, Math.round(p * (alphas.length - 1))))];
  return { low: at(0.025), high: at(0.975), resamples, seed };
}

/** Walker's alias table for drawing index i with probability weights[i] / Σ weights in constant time. */
function aliasTable(weights: readonly number[]): { probability: Float64Array; other: Int32Array } {
  const size = weights.length;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const scaled = weights.map((weight) => (weight * size) / total);
  const probability = new Float64Array(size).fill(1);
  const other = new Int32Array(size).map((_, index) => index);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((value, index) => {
    (value < 1 ? small : large).push(index);
  });
  while (small.length > 0 && large.length > 0) {
    const low = small.pop()!;
    const high = large.pop()!;
    probability[low] = scaled[low];
    other[low] = high;
    scaled[high] = scaled[high] + scaled[low] - 1;
    (scaled[high] < 1 ? small : large).push(high);
  }
  return { probability, other };
}

/** A small seeded generator (mulberry32 over the seed's hash): the bootstrap draws millions of numbers. */
function fastRandom(seed: string): () => number {
  let state = Math.floor(seedrandom(seed)() * 2 ** 32) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** α in words against the usual thresholds (Krippendorff 2004): 0.800 reliable, 0.667 tentative. */
export function describeAlpha(alpha: number | null): string {
  if (alpha === null) return "Not computable: no variation or too few units coded by two coders.";
  if (alpha >= 0.8) return "Reliable (α ≥ 0.800).";
  if (alpha >= 0.667) return "Tentative: good enough for tentative conclusions only (0.667 ≤ α < 0.800).";
  return "Not reliable (α < 0.667): revise the code's definition or retrain before relying on it.";
}
