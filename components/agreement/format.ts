/** A figure to three decimals, or a dash where it cannot be computed. */
export function three(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : value.toFixed(3);
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : `${(value * 100).toFixed(1)}%`;
}

export function interval(value: { low: number; high: number } | null | undefined): string {
  return value ? `${value.low.toFixed(3)} to ${value.high.toFixed(3)}` : "–";
}

/** α against the usual thresholds, as a badge tone. */
export function alphaTone(alpha: number | null): "success" | "warning" | "danger" | "neutral" {
  if (alpha === null) return "neutral";
  if (alpha >= 0.8) return "success";
  if (alpha >= 0.667) return "warning";
  return "danger";
}
