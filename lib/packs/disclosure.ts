import { someHiddenCellPinned } from "../analysis/suppression";

/**
 * Disclosure control for authority packs, as official statistics do it: no figure from fewer than
 * `threshold` respondents, and secondary suppression wherever a hidden cell could be worked out from
 * totals shown beside it. Note: stricter than the app's on-screen rule (lib/analysis/suppression.ts),
 * which shows zeros; a pack goes outside the research team, so every count below the threshold,
 * zero included, is hidden.
 */

/** The official-statistics mark for a confidential cell. */
export const CONFIDENTIAL = "[c]";
export const PACK_THRESHOLD = 10;

export interface ProtectedCell {
  /** Null when hidden, so a hidden number cannot leak through a payload. */
  value: number | null;
  hidden: boolean;
  /** primary: below the threshold; secondary: hidden to protect another; unknown: never shown, of any size. */
  reason?: "primary" | "secondary" | "unknown";
}

/** A cell is hidden as a primary when its count is below the threshold (zero included). */
export function primary(count: number, threshold = PACK_THRESHOLD): ProtectedCell {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`A count is a whole number of at least 0, not ${count}.`);
  return count < threshold ? { value: null, hidden: true, reason: "primary" } : { value: count, hidden: false };
}

function hide(reason: "primary" | "secondary"): ProtectedCell {
  return { value: null, hidden: true, reason };
}

/**
 * Whether, knowing `total` and the shown cells of one line, some hidden cell has a single possible value.
 * A reader who knows the rule takes a primary cell to be 0 … threshold − 1 and a secondary one ≥ threshold.
 */
export function linePinsAHiddenCell(
  counts: readonly number[],
  cells: readonly ProtectedCell[],
  total: number,
  threshold = PACK_THRESHOLD,
): boolean {
  let remainder = total;
  const bounds: { low: number; high: number }[] = [];
  counts.forEach((count, index) => {
    const cell = cells[index];
    if (!cell.hidden) remainder -= count;
    else if (cell.reason === "primary") bounds.push({ low: 0, high: threshold - 1 });
    else if (cell.reason === "unknown") bounds.push({ low: 0, high: Number.POSITIVE_INFINITY });
    else bounds.push({ low: threshold, high: Number.POSITIVE_INFINITY });
  });
  return bounds.length > 0 && someHiddenCellPinned(bounds, remainder);
}

/**
 * Protects one line of counts that add up to a total shown elsewhere: primary suppression, then, while a
 * hidden cell is pinned by the total, the smallest shown cell is hidden too. `preset` marks cells already
 * hidden for another reason (e.g. by a crossing line); they stay hidden.
 */
export function protectLine(
  counts: readonly number[],
  total: number,
  threshold = PACK_THRESHOLD,
  preset: readonly (ProtectedCell | undefined)[] = [],
): ProtectedCell[] {
  const cells = counts.map((count, index) => preset[index] ?? primary(count, threshold));
  while (linePinsAHiddenCell(counts, cells, total, threshold)) {
    let candidate = -1;
    counts.forEach((count, index) => {
      if (!cells[index].hidden && (candidate === -1 || count < counts[candidate])) candidate = index;
    });
    if (candidate === -1) break;
    cells[candidate] = hide("secondary");
  }
  return cells;
}

/**
 * Protects a table whose rows and columns both add up to totals that are shown (e.g. authorities × roles
 * within a region, with each authority's total and the region's role totals published): primary cells,
 * then rows and columns in turn until neither pins a hidden cell. Total cells below the threshold are
 * hidden by the caller; a hidden row total frees its row from the row check but not from its columns.
 */
export function protectTable(
  counts: readonly (readonly number[])[],
  threshold = PACK_THRESHOLD,
  options: { rowTotalsShown?: readonly boolean[]; columnTotalsShown?: readonly boolean[] } = {},
): ProtectedCell[][] {
  const rows = counts.length;
  const columns = rows === 0 ? 0 : counts[0].length;
  const cells = counts.map((row) => row.map((count) => primary(count, threshold)));
  for (let pass = 0; pass < rows * columns + 2; pass++) {
    let changed = false;
    for (let row = 0; row < rows; row++) {
      if (options.rowTotalsShown && !options.rowTotalsShown[row]) continue;
      const line = counts[row];
      const total = line.reduce((sum, count) => sum + count, 0);
      const next = protectLine(line, total, threshold, cells[row]);
      next.forEach((cell, column) => {
        if (cell.hidden && !cells[row][column].hidden) {
          cells[row][column] = cell;
          changed = true;
        }
      });
    }
    for (let column = 0; column < columns; column++) {
      if (options.columnTotalsShown && !options.columnTotalsShown[column]) continue;
      const line = counts.map((row) => row[column]);
      const total = line.reduce((sum, count) => sum + count, 0);
      const next = protectLine(
        line,
        total,
        threshold,
        cells.map((row) => row[column]),
      );
      next.forEach((cell, row) => {
        if (cell.hidden && !cells[row][column].hidden) {
          cells[row][column] = cell;
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
  return cells;
}

/** How a protected count reads in a pack. */
export function displayCount(cell: ProtectedCell): string {
  return cell.hidden || cell.value === null ? CONFIDENTIAL : cell.value.toLocaleString("en-GB");
}

/** A mean or percentage is shown only when the respondents behind it reach the threshold. */
export function figureFromBase(
  value: number | null,
  base: number,
  format: (value: number) => string,
  threshold = PACK_THRESHOLD,
): string {
  if (value === null || !Number.isFinite(value) || base < threshold) return CONFIDENTIAL;
  return format(value);
}
