import { fastRandom, multinomial } from "./binomial";

/**
 * Agreement statistics for nominal data. A reliability table has one row per unit and one column per
 * coder; a cell is the value the coder gave the unit, or null where the coder did not code it.
 */
export type ReliabilityTable = readonly (readonly (string | null)[])[];

/** A reliability table with identical rows counted once: `weight` units gave exactly these values. */
export interface WeightedRow {
  values: readonly (string | null)[];
  weight: number;
}
export type WeightedTable = readonly WeightedRow[];

/** The table's identical rows folded into one weighted row each, in order of first appearance. */
export function weigh(table: ReliabilityTable): WeightedTable {
  const rows = new Map<string, WeightedRow>();
  for (const values of table) {
    const key = values.map((value) => (value === null ? "\u0000" : value)).join("\u0001");
    const row = rows.get(key);
    if (row) row.weight++;
    else rows.set(key, { values, weight: 1 });
  }
  return [...rows.values()];
}

/**
 * Krippendorff's α for nominal data with any number of coders and missing values (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"): 1 − (n − 1) · D_o / Σ_{c≠k} n_c · n_k over the
 * coincidence matrix of pairable values. Units with fewer than two values are left out. Null when there
 * are no pairable values or every value is the same (no variation: α is undefined).
 */
export function krippendorffAlpha(table: ReliabilityTable): number | null {
  return weightedAlpha(weigh(table));
}

export function weightedAlpha(table: WeightedTable): number | null {
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

function coincidences(table: WeightedTable): Coincidences | null {
  let observedDisagreement = 0;
  const totals = new Map<string, number>();
  let n = 0;
  for (const { values, weight } of table) {
    const unit = unitCoincidence(values);
    if (!unit) continue;
    // Pairs of different values in the unit: m² − Σ count², each weighted 1 / (m − 1).
    let same = 0;
    for (const count of unit.counts.values()) same += count * count;
    observedDisagreement += (weight * (unit.m * unit.m - same)) / (unit.m - 1);
    for (const [value, count] of unit.counts) totals.set(value, (totals.get(value) ?? 0) + weight * count);
    n += weight * unit.m;
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
  return weightedCohenKappa(weigh(table));
}

export function weightedCohenKappa(table: WeightedTable): number | null {
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let agreed = 0;
  let total = 0;
  for (const { values, weight } of table) {
    const [a, b] = values;
    if (values.length !== 2 || a === null || b === null) continue;
    if (a === b) agreed += weight;
    first.set(a, (first.get(a) ?? 0) + weight);
    second.set(b, (second.get(b) ?? 0) + weight);
    total += weight;
  }
  if (total === 0) return null;
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
  return fleissFrom(
    counts.map((row) => ({ counts: row, weight: 1 })),
    raters,
    counts[0].length,
  );
}

function fleissFrom(rows: { counts: readonly number[]; weight: number }[], raters: number, categories: number) {
  let subjects = 0;
  let meanAgreement = 0;
  const shares = new Array(categories).fill(0);
  for (const { counts, weight } of rows) {
    let squares = 0;
    counts.forEach((count, category) => {
      squares += count * count;
      shares[category] += weight * count;
    });
    meanAgreement += (weight * (squares - raters)) / (raters * (raters - 1));
    subjects += weight;
  }
  meanAgreement /= subjects;
  let chance = 0;
  for (const total of shares) chance += (total / (subjects * raters)) ** 2;
  if (chance === 1) return null;
  return (meanAgreement - chance) / (1 - chance);
}

/** Fleiss' κ over the units every coder coded. */
export function fleissKappa(table: ReliabilityTable): number | null {
  return weightedFleissKappa(weigh(table));
}

export function weightedFleissKappa(table: WeightedTable): number | null {
  const complete = table.filter(({ values }) => values.length >= 2 && values.every((value) => value !== null));
  if (complete.length === 0) return null;
  const categories = [...new Set(complete.flatMap(({ values }) => values as string[]))];
  return fleissFrom(
    complete.map(({ values, weight }) => ({
      counts: categories.map((category) => values.filter((value) => value === category).length),
      weight,
    })),
    complete[0].values.length,
    categories.length,
  );
}

/** Share of coder pairs, over units with two or more values, that gave the same value. */
export function percentAgreement(table: ReliabilityTable): number | null {
  return weightedPercentAgreement(weigh(table));
}

export function weightedPercentAgreement(table: WeightedTable): number | null {
  let pairs = 0;
  let agreed = 0;
  for (const { values, weight } of table) {
    const unit = unitCoincidence(values);
    if (!unit) continue;
    pairs += (weight * unit.m * (unit.m - 1)) / 2;
    for (const count of unit.counts.values()) agreed += (weight * count * (count - 1)) / 2;
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
  return weightedBootstrapAlphaInterval(weigh(table), seed, resamples);
}

export function weightedBootstrapAlphaInterval(table: WeightedTable, seed: string, resamples = 1000): Interval | null {
  // Units with the same values (three coders, one code: at most a handful of kinds) are one kind with a
  // weight, so a resample draws how many of each kind, not units: its cost does not grow with the units.
  const categories = new Map<string, number>();
  const prepared = table.flatMap(({ values, weight }) => {
    const unit = unitCoincidence(values);
    return unit ? [{ ...unit, weight }] : [];
  });
  const units = prepared.reduce((sum, unit) => sum + unit.weight, 0);
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
    if (kind) kind.weight += unit.weight;
    else
      kinds.set(key, { disagreement: (unit.m * unit.m - same) / (unit.m - 1), m: unit.m, counts, weight: unit.weight });
  }
  if (prepared.length === 0) return null;
  const list = [...kinds.values()];
  const weights = Float64Array.from(list, (kind) => kind.weight);
  const random = fastRandom(seed);
  const drawn = new Float64Array(list.length);
  const totals = new Float64Array(categories.size);
  const alphas: number[] = [];
  for (let draw = 0; draw < resamples; draw++) {
    // A resample of the units is, kind by kind, a multinomial draw of how often each kind comes up.
    multinomial(units, weights, random, drawn);
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

/** α in words against the usual thresholds (Krippendorff 2004): 0.800 reliable, 0.667 tentative. */
export function describeAlpha(alpha: number | null): string {
  if (alpha === null) return "Not computable: no variation or too few units coded by two coders.";
  if (alpha >= 0.8) return "Reliable (α ≥ 0.800).";
  if (alpha >= 0.667) return "Tentative: good enough for tentative conclusions only (0.667 ≤ α < 0.800).";
  return "Not reliable (α < 0.667): revise the code's definition or retrain before relying on it.";
}
