import seedrandom from "seedrandom";

/** A small seeded generator (mulberry32 over the seed's hash): the bootstrap draws many numbers. */
export function fastRandom(seed: string): () => number {
  let state = Math.floor(seedrandom(seed)() * 2 ** 32) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211,
  0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273, 0.00833056343336287,
];

/** log(k!) − Stirling's approximation of it. */
function stirlingTail(k: number): number {
  if (k <= 9) return TAIL[k];
  const square = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / square) / square) / (k + 1);
}

/** Counting geometric waiting times: exact, in time proportional to n·p (used when n·p < 10). */
function binomialInversion(n: number, p: number, random: () => number): number {
  const logQ = Math.log1p(-p);
  let sum = 0;
  let count = 0;
  for (;;) {
    sum += Math.ceil(Math.log(1 - random()) / logQ);
    if (sum > n) return count;
    count++;
  }
}

/**
 * Hörmann's transformed rejection (BTRS, "The generation of binomial random variates", 1993): exact, in
 * constant expected time for n·p ≥ 10.
 */
function binomialRejection(n: number, p: number, random: () => number): number {
  const spread = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spread;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / (1 - p);
  const alpha = (2.83 + 5.1 / b) * spread;
  const m = Math.floor((n + 1) * p);
  for (;;) {
    const u = random() - 0.5;
    let v = random();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || k > n) continue;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    const bound =
      (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
      (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
      (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
      stirlingTail(m) +
      stirlingTail(n - m) -
      stirlingTail(k) -
      stirlingTail(n - k);
    if (v <= bound) return k;
  }
}

/** One draw from Binomial(n, p), exact, from the given uniform generator. */
export function binomial(n: number, p: number, random: () => number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, random);
  return n * p < 10 ? binomialInversion(n, p, random) : binomialRejection(n, p, random);
}

/**
 * How many of n draws with replacement fall on each kind, kind i having weight weights[i]: the
 * multinomial drawn as a chain of binomials, so the cost does not grow with n.
 */
export function multinomial(n: number, weights: ArrayLike<number>, random: () => number, into: Float64Array): void {
  let remaining = n;
  let mass = 0;
  for (let index = 0; index < weights.length; index++) mass += weights[index];
  for (let index = 0; index < weights.length; index++) {
    if (index === weights.length - 1) {
      into[index] = remaining;
      break;
    }
    const drawn = remaining === 0 ? 0 : binomial(remaining, Math.min(1, weights[index] / mass), random);
    into[index] = drawn;
    remaining -= drawn;
    mass -= weights[index];
  }
}
