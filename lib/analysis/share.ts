/** The share `raised / base`, or `null` when the base is 0 (no one to take a share of). */
export function shareOf(raised: number, base: number): number | null {
  return base === 0 ? null : raised / base;
}

/** A share as a whole percentage for display ("13%"), rounding halves up; "–" when the base is 0. */
export function formatPercent(raised: number, base: number): string {
  if (base === 0) return "–";
  // Integer arithmetic first, so 1/8 is exactly 12.5 and rounds to 13 rather than drifting below the half.
  return `${Math.floor((raised * 200 + base) / (2 * base))}%`;
}
