import { tQuantile } from "./t-distribution";
import type { Id } from "./types";

export interface ConfidenceInterval {
  lower: number;
  upper: number;
}

export interface MeanSummary {
  n: number;
  /** `null` when there are no values. */
  mean: number | null;
  /** Sample standard deviation (divisor n − 1); `null` when n < 2. */
  sd: number | null;
  /** t-based interval for the mean; `null` when n < 2. */
  ci: ConfidenceInterval | null;
}

export interface MeanComparison {
  raised: MeanSummary;
  notRaised: MeanSummary;
  /** Mean of those who raised the theme minus mean of those who did not; `null` when either group is empty. */
  difference: number | null;
  /** Welch interval for the difference; `null` when either group has n < 2. */
  ci: ConfidenceInterval | null;
  /** Welch–Satterthwaite degrees of freedom; `null` without a CI or when both groups have no spread. */
  df: number | null;
}

/** A respondent's score on one item (e.g. a Likert answer scored 1–5). */
export interface RespondentScore {
  respondentId: Id;
  value: number;
}

export const DEFAULT_CONFIDENCE = 0.95;

/** Mean, n, sample standard deviation and the t-distribution confidence interval (95% by default) of the values. */
export function meanWithCi(values: readonly number[], confidence = DEFAULT_CONFIDENCE): MeanSummary {
  checkConfidence(confidence);
  const n = values.length;
  if (n === 0) return { n, mean: null, sd: null, ci: null };
  const mean = meanOf(values);
  if (n < 2) return { n, mean, sd: null, ci: null };
  const sd = Math.sqrt(sumOfSquares(values, mean) / (n - 1));
  const margin = tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, ci: { lower: mean - margin, upper: mean + margin } };
}

/**
 * Each group's mean with its CI, and the difference (raised − not raised) with Welch's CI, which does not
 * assume equal variances. If neither group varies, the CI collapses to the difference and `df` is `null`.
 */
export function compareMeans(
  raisedValues: readonly number[],
  notRaisedValues: readonly number[],
  confidence = DEFAULT_CONFIDENCE,
): MeanComparison {
  const raised = meanWithCi(raisedValues, confidence);
  const notRaised = meanWithCi(notRaisedValues, confidence);
  const difference = raised.mean === null || notRaised.mean === null ? null : raised.mean - notRaised.mean;
  if (difference === null || raised.sd === null || notRaised.sd === null) {
    return { raised, notRaised, difference, ci: null, df: null };
  }
  const varianceRaised = (raised.sd * raised.sd) / raised.n;
  const varianceNotRaised = (notRaised.sd * notRaised.sd) / notRaised.n;
  const variance = varianceRaised + varianceNotRaised;
  if (variance === 0) return { raised, notRaised, difference, ci: { lower: difference, upper: difference }, df: null };
  const df =
    (variance * variance) /
    ((varianceRaised * varianceRaised) / (raised.n - 1) + (varianceNotRaised * varianceNotRaised) / (notRaised.n - 1));
  const margin = tQuantile(1 - (1 - confidence) / 2, df) * Math.sqrt(variance);
  return { raised, notRaised, difference, ci: { lower: difference - margin, upper: difference + margin }, df };
}

/**
 * `compareMeans` for respondents who raised a theme against those who did not. Only respondents in `base`
 * count when it is given (usually the prevalence base: those who answered a free-text question).
 */
export function compareMeansByTheme(
  scores: readonly RespondentScore[],
  raised: ReadonlySet<Id>,
  base?: ReadonlySet<Id>,
  confidence = DEFAULT_CONFIDENCE,
): MeanComparison {
  const raisedValues: number[] = [];
  const notRaisedValues: number[] = [];
  for (const score of scores) {
    if (base && !base.has(score.respondentId)) continue;
    (raised.has(score.respondentId) ? raisedValues : notRaisedValues).push(score.value);
  }
  return compareMeans(raisedValues, notRaisedValues, confidence);
}

/** Arithmetic mean of the values, refusing non-finite ones. */
function meanOf(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) throw new RangeError(`A score must be a finite number, not ${value}.`);
    sum += value;
  }
  return sum / values.length;
}

/** Sum of squared deviations from `mean` (the second pass, for accuracy). */
function sumOfSquares(values: readonly number[], mean: number): number {
  let sum = 0;
  for (const value of values) sum += (value - mean) ** 2;
  return sum;
}

/** Refuses a confidence level outside (0, 1). */
function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`A confidence level is strictly between 0 and 1, not ${confidence}.`);
  }
}
