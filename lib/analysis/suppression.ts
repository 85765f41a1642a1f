import type { Breakdown } from "./breakdown";
import { formatPercent } from "./share";

/** The project's default small-number threshold: counts from 1 to 9 are not shown. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

/** Shown for a cell hidden only so that another cannot be derived (GSS convention for "confidential"). */
export const SECONDARY_SUPPRESSION_DISPLAY = "[c]";

export type SuppressionReason = "primary" | "secondary";

/**
 * A count (or share) ready for display. Note: a hidden cell's `value` is `null`, so the hidden number
 * cannot leak through a serialised payload or an export; render `display`.
 */
export interface SuppressedCell {
  value: number | null;
  display: string;
  suppressed: boolean;
  reason?: SuppressionReason;
}

export interface SuppressionOptions {
  /** Counts from 1 to `threshold − 1` are hidden; 0 and counts from `threshold` up are shown. */
  threshold?: number;
  /** Display for cells hidden by secondary suppression (their value is not below the threshold). */
  secondaryDisplay?: string;
}

export interface SuppressedRow {
  cells: SuppressedCell[];
  /** The sum of the cells, itself subject to primary (and, as a last resort, secondary) suppression. */
  total: SuppressedCell;
}

/**
 * Primary suppression of one count: 1 … threshold − 1 becomes `<threshold` ("<10"). A zero is shown, by
 * decision: it points to no one who said anything, and hiding it would make "nobody" look like "a few".
 */
export function suppressCount(count: number, options: SuppressionOptions = {}): SuppressedCell {
  const threshold = checkedThreshold(options);
  checkCount(count);
  if (count >= 1 && count < threshold) {
    return { value: null, display: `<${threshold}`, suppressed: true, reason: "primary" };
  }
  return shown(count, String(count));
}

/**
 * Primary and secondary suppression of a row of counts that add up to a shown total. While a hidden
 * cell could be worked out from the total by subtraction (always so when exactly one is hidden), the
 * smallest non-zero shown cell is hidden too ("secondary"); if none is left, the total is hidden instead.
 * A hidden cell is taken to be 1 … threshold − 1 if primary and ≥ threshold if secondary, as a reader
 * who knows the rule would.
 */
export function suppressRow(counts: readonly number[], options: SuppressionOptions = {}): SuppressedRow {
  const threshold = checkedThreshold(options);
  const secondaryDisplay = options.secondaryDisplay ?? SECONDARY_SUPPRESSION_DISPLAY;
  let sum = 0;
  for (const count of counts) {
    checkCount(count);
    sum += count;
  }
  const cells = counts.map((count) => suppressCount(count, { threshold }));
  let total = suppressCount(sum, { threshold });
  if (total.suppressed) return { cells, total };

  while (someHiddenCellIsPinned(counts, cells, sum, threshold)) {
    let candidate = -1;
    counts.forEach((count, index) => {
      if (count > 0 && !cells[index].suppressed && (candidate === -1 || count < counts[candidate])) candidate = index;
    });
    if (candidate === -1) {
      total = { value: null, display: secondaryDisplay, suppressed: true, reason: "secondary" };
      break;
    }
    cells[candidate] = { value: null, display: secondaryDisplay, suppressed: true, reason: "secondary" };
  }
  return { cells, total };
}

export interface SuppressedBreakdownRow {
  value: string;
  raised: SuppressedCell;
  base: SuppressedCell;
  share: SuppressedCell;
}

export interface SuppressedBreakdown {
  attribute: string;
  rows: SuppressedBreakdownRow[];
  total: Omit<SuppressedBreakdownRow, "value">;
}

/**
 * Suppresses a breakdown for display: its raised counts and its bases are each a row summing to the
 * total. A share is hidden when its raised count or its base is hidden (either would let a reader
 * recover the other from the share); shown shares are whole percentages.
 */
export function suppressBreakdown(breakdown: Breakdown, options: SuppressionOptions = {}): SuppressedBreakdown {
  const secondaryDisplay = options.secondaryDisplay ?? SECONDARY_SUPPRESSION_DISPLAY;
  const raised = suppressRow(
    breakdown.rows.map((row) => row.raised),
    options,
  );
  const base = suppressRow(
    breakdown.rows.map((row) => row.base),
    options,
  );
  // A share, hidden with either of its counts.
  const shareCell = (raisedCell: SuppressedCell, baseCell: SuppressedCell, share: number | null): SuppressedCell => {
    if (raisedCell.suppressed || baseCell.suppressed) {
      return { value: null, display: secondaryDisplay, suppressed: true, reason: "secondary" };
    }
    return shown(share, formatPercent(raisedCell.value!, baseCell.value!));
  };
  return {
    attribute: breakdown.attribute,
    rows: breakdown.rows.map((row, index) => ({
      value: row.value,
      raised: raised.cells[index],
      base: base.cells[index],
      share: shareCell(raised.cells[index], base.cells[index], row.share),
    })),
    total: {
      raised: raised.total,
      base: base.total,
      share: shareCell(raised.total, base.total, breakdown.total.share),
    },
  };
}

/** Whether the total minus the shown cells leaves some hidden cell only one possible value. */
function someHiddenCellIsPinned(
  counts: readonly number[],
  cells: readonly SuppressedCell[],
  total: number,
  threshold: number,
): boolean {
  const bounds: { low: number; high: number }[] = [];
  let remainder = total;
  counts.forEach((count, index) => {
    const cell = cells[index];
    if (!cell.suppressed) remainder -= count;
    else if (cell.reason === "primary") bounds.push({ low: 1, high: threshold - 1 });
    else bounds.push({ low: threshold, high: Number.POSITIVE_INFINITY });
  });
  return someHiddenCellPinned(bounds, remainder);
}

/**
 * Whether hidden cells, each known to lie within its bounds, that add up to `remainder` (the shown total
 * minus the shown cells) leave some cell only one possible value. Shared by the app's suppression and
 * the authority packs', which bound a hidden cell differently.
 */
export function someHiddenCellPinned(bounds: readonly { low: number; high: number }[], remainder: number): boolean {
  return bounds.some((cell, index) => {
    let othersLow = 0;
    let othersHigh = 0;
    bounds.forEach((other, otherIndex) => {
      if (otherIndex === index) return;
      othersLow += other.low;
      othersHigh += other.high;
    });
    return Math.max(cell.low, remainder - othersHigh) === Math.min(cell.high, remainder - othersLow);
  });
}

/** A cell displayed as it is. */
function shown(value: number | null, display: string): SuppressedCell {
  return { value, display, suppressed: false };
}

/** The threshold from the options (default 10), refusing one below 1 or fractional. */
function checkedThreshold(options: SuppressionOptions): number {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`A suppression threshold is a whole number of at least 1, not ${threshold}.`);
  }
  return threshold;
}

/** Refuses a count that is not a whole number of at least 0. */
function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`A count is a whole number of at least 0, not ${count}.`);
}
