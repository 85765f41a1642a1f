import type { MetricLabel } from "./types";

/** Below this similarity a header is not linked to any metric. */
export const METRIC_MATCH_THRESHOLD = 0.6;

/**
 * Links column headers to metrics one-to-one, best similarity first. Similarity is the mean of
 * the Dice overlap of the two token sets and the share of the label's tokens found in the header,
 * so "Q12. My workload is manageable" still matches "My workload is manageable".
 */
export function matchMetrics(
  headers: { column: number; header: string }[],
  metrics: MetricLabel[],
): Map<number, string> {
  const pairs: { column: number; key: string; score: number }[] = [];
  for (const { column, header } of headers) {
    const headerTokens = tokens(header);
    for (const metric of metrics) {
      const score = similarity(headerTokens, tokens(metric.label));
      if (score >= METRIC_MATCH_THRESHOLD) pairs.push({ column, key: metric.key, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);

  const byColumn = new Map<number, string>();
  const usedKeys = new Set<string>();
  for (const pair of pairs) {
    if (byColumn.has(pair.column) || usedKeys.has(pair.key)) continue;
    byColumn.set(pair.column, pair.key);
    usedKeys.add(pair.key);
  }
  return byColumn;
}

function tokens(text: string): Set<string> {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  return new Set(words);
}

function similarity(header: Set<string>, label: Set<string>): number {
  if (header.size === 0 || label.size === 0) return 0;
  let shared = 0;
  for (const token of label) if (header.has(token)) shared++;
  const dice = (2 * shared) / (header.size + label.size);
  const containment = shared / label.size;
  return (dice + containment) / 2;
}
