export type ChangeArrow = "↑" | "↓" | "→";

export interface Change {
  /** `to − from` at full precision. */
  value: number;
  /** `value` rounded half away from zero to `decimals` places (never −0). */
  rounded: number;
  /** Signed for display: "+0.03", "-0.05", "0.00". */
  display: string;
  /** Follows `rounded`, so a change shown as 0.00 has the arrow →. */
  arrow: ChangeArrow;
}

/** Decimal places the report uses: mean scores to 2 places, percentages to whole points. */
export const CHANGE_DECIMALS = { mean_score: 2, percentage: 0 } as const;

/** The change between two levels (`to − from`), kept exact and also rounded to `decimals` places with an arrow. */
export function levelChange(from: number, to: number, decimals = 2): Change {
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError("Both levels must be finite numbers.");
  const value = to - from;
  const rounded = roundHalfAwayFromZero(value, decimals);
  const display = `${rounded > 0 ? "+" : ""}${rounded.toFixed(decimals)}`;
  return { value, rounded, display, arrow: arrowFor(rounded) };
}

/** The arrow for a change: ↑ above 0, ↓ below 0, → at 0. */
export function arrowFor(change: number): ChangeArrow {
  return change > 0 ? "↑" : change < 0 ? "↓" : "→";
}

/** `value` rounded half away from zero to `decimals` places, as the decimal reads (so 1.005 → 1.01). */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`Decimal places are a whole number from 0 to 15, not ${decimals}.`);
  }
  const scale = 10 ** decimals;
  // 15 significant digits strip the binary error of the scaling (1.005 × 100 = 100.49999…) before rounding.
  const magnitude = Math.round(Number((Math.abs(value) * scale).toPrecision(15)));
  const rounded = magnitude / scale;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
