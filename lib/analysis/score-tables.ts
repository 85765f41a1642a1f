import { NOT_STATED } from "./breakdown";
import { type Change, levelChange, roundHalfAwayFromZero } from "./change";
import { compareValues } from "./compare-values";
import { getOrCreate } from "./get-or-create";
import { orderSegments } from "./order-segments";
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  SECONDARY_SUPPRESSION_DISPLAY,
  suppressCount,
  suppressRow,
} from "./suppression";
import type { Id } from "./types";

/** One respondent's score on one Likert item in one wave, with the respondent's attributes. */
export interface ScoreRow {
  respondentId: Id;
  wave: string;
  attributes: Readonly<Record<string, string | null | undefined>>;
  item: string;
  value: number;
}

const ALL = "all";

/** The dimensions of the report's score tables, besides everyone ("all"). */
export const SCORE_TABLE_DIMENSIONS = ["ethnicity", "gender", "region"] as const;

export interface ScoreTableOptions {
  /** Column order; default: the waves present, in natural order. */
  waves?: readonly string[];
  /** The waves the change is taken between; default: the first and last column. */
  changeFrom?: string;
  changeTo?: string;
  /** Attribute names to break down by; default `SCORE_TABLE_DIMENSIONS`. */
  dimensions?: readonly string[];
  /** Segment order per dimension (segments listed even when empty); others follow in natural order. */
  segmentOrder?: Readonly<Record<string, readonly string[]>>;
  /** Means of fewer respondents are hidden, with secondary suppression across a dimension; 1 hides none. */
  minimumN?: number;
  /** Decimal places of displayed means and changes; default 2, as the report prints. */
  decimals?: number;
  notStatedLabel?: string;
}

export interface ScoreCell {
  /** Respondents behind the mean; `null` when hidden. */
  n: number | null;
  /** Full-precision mean; `null` when hidden or when no one answered. */
  mean: number | null;
  /** Rounded mean ("4.54"), "–" when no one answered, "[c]" when hidden. */
  display: string;
  suppressed: boolean;
}

export interface ScoreTableRow {
  /** The attribute value, or "all" in the "all" section. */
  segment: string;
  /** One cell per wave, in the order of `ScoreTable.waves`. */
  cells: ScoreCell[];
  /** From the unrounded means of the two change waves; `null` when either mean is missing or hidden. */
  change: Change | null;
}

export interface ScoreTableSection {
  /** "all" for everyone (as in the metrics files), otherwise the attribute name. */
  dimension: string;
  rows: ScoreTableRow[];
}

export interface ScoreTable {
  item: string;
  waves: string[];
  change: { from: string; to: string } | null;
  sections: ScoreTableSection[];
}

/**
 * The report's score tables from respondent-level scores: for each item (in order of first appearance),
 * the mean per wave overall and by each dimension's segments, with the change between two waves.
 * Respondents without a value for a dimension fall in its "Not stated" row. Expects one row per
 * respondent × wave × item.
 */
export function scoreTables(rows: readonly ScoreRow[], options: ScoreTableOptions = {}): ScoreTable[] {
  const decimals = options.decimals ?? 2;
  const minimumN = options.minimumN ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const notStated = options.notStatedLabel ?? NOT_STATED;
  const dimensions = options.dimensions ?? SCORE_TABLE_DIMENSIONS;
  if (dimensions.includes(ALL)) throw new RangeError(`"${ALL}" is the overall section, not an attribute.`);
  const waves = options.waves ? [...options.waves] : [...new Set(rows.map((row) => row.wave))].sort(compareValues);
  const changeFrom = options.changeFrom ?? waves[0];
  const changeTo = options.changeTo ?? waves[waves.length - 1];
  const fromIndex = waves.indexOf(changeFrom);
  const toIndex = waves.indexOf(changeTo);
  if (options.changeFrom !== undefined && fromIndex === -1) throw new RangeError(`Wave ${changeFrom} is not a column.`);
  if (options.changeTo !== undefined && toIndex === -1) throw new RangeError(`Wave ${changeTo} is not a column.`);
  const hasChange = fromIndex !== -1 && toIndex !== -1 && fromIndex !== toIndex;
  const sections = [ALL, ...dimensions];

  return [...sumScores(rows, dimensions, notStated)].map(([item, byWave]) => {
    const segments = new Map<string, string[]>([[ALL, [ALL]]]);
    for (const dimension of dimensions) {
      const found = [...byWave.values()].flatMap((byDimension) => [...(byDimension.get(dimension)?.keys() ?? [])]);
      segments.set(dimension, orderSegments(found, options.segmentOrder?.[dimension] ?? [], notStated));
    }
    const hiddenByWave = waves.map((wave) => hiddenSegments(byWave.get(wave), segments, minimumN));

    return {
      item,
      waves,
      change: hasChange ? { from: changeFrom, to: changeTo } : null,
      sections: sections.map((dimension) => ({
        dimension,
        rows: (segments.get(dimension) ?? []).map((segment) => {
          const cells = waves.map((wave, waveIndex) =>
            scoreCell(
              byWave.get(wave)?.get(dimension)?.get(segment),
              hiddenByWave[waveIndex].get(dimension)?.has(segment) ?? false,
              decimals,
            ),
          );
          const from = hasChange ? cells[fromIndex].mean : null;
          const to = hasChange ? cells[toIndex].mean : null;
          return { segment, cells, change: from === null || to === null ? null : levelChange(from, to, decimals) };
        }),
      })),
    };
  });
}

interface ScoreSum {
  sum: number;
  n: number;
}

/** Sum and count of scores by item → wave → dimension ("all" or an attribute) → segment. */
function sumScores(
  rows: readonly ScoreRow[],
  dimensions: readonly string[],
  notStated: string,
): Map<string, Map<string, Map<string, Map<string, ScoreSum>>>> {
  const sums = new Map<string, Map<string, Map<string, Map<string, ScoreSum>>>>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (!Number.isFinite(row.value)) throw new RangeError(`A score must be a finite number, not ${row.value}.`);
    const key = JSON.stringify([typeof row.respondentId, row.respondentId, row.wave, row.item]);
    if (seen.has(key)) {
      throw new RangeError(`Respondent ${String(row.respondentId)} has two scores for "${row.item}" in ${row.wave}.`);
    }
    seen.add(key);
    const byWave = getOrCreate(sums, row.item, () => new Map<string, Map<string, Map<string, ScoreSum>>>());
    const byDimension = getOrCreate(byWave, row.wave, () => new Map<string, Map<string, ScoreSum>>());
    const memberships: [string, string][] = [[ALL, ALL]];
    for (const dimension of dimensions) memberships.push([dimension, row.attributes[dimension]?.trim() || notStated]);
    for (const [dimension, segment] of memberships) {
      const bySegment = getOrCreate(byDimension, dimension, () => new Map<string, ScoreSum>());
      const total = getOrCreate(bySegment, segment, () => ({ sum: 0, n: 0 }));
      total.sum += row.value;
      total.n += 1;
    }
  }
  return sums;
}

/**
 * The segments of one wave whose means are hidden: each dimension's n's are suppressed as a row summing
 * to the wave's n; when the wave's n itself is small (or must go to protect a segment), everything is.
 */
function hiddenSegments(
  byDimension: ReadonlyMap<string, ReadonlyMap<string, ScoreSum>> | undefined,
  segments: ReadonlyMap<string, readonly string[]>,
  minimumN: number,
): Map<string, Set<string>> {
  const hidden = new Map<string, Set<string>>();
  let hideAll = suppressCount(byDimension?.get(ALL)?.get(ALL)?.n ?? 0, { threshold: minimumN }).suppressed;
  for (const [dimension, values] of segments) {
    if (dimension === ALL) continue;
    const ns = values.map((segment) => byDimension?.get(dimension)?.get(segment)?.n ?? 0);
    const row = suppressRow(ns, { threshold: minimumN });
    if (row.total.suppressed) hideAll = true;
    hidden.set(dimension, new Set(values.filter((_, index) => row.cells[index].suppressed)));
  }
  if (hideAll) for (const [dimension, values] of segments) hidden.set(dimension, new Set(values));
  return hidden;
}

/** One mean for display: "–" when no one answered, "[c]" when hidden, else rounded to `decimals` places. */
function scoreCell(total: ScoreSum | undefined, hidden: boolean, decimals: number): ScoreCell {
  if (!total || total.n === 0) return { n: 0, mean: null, display: "–", suppressed: false };
  if (hidden) return { n: null, mean: null, display: SECONDARY_SUPPRESSION_DISPLAY, suppressed: true };
  const mean = total.sum / total.n;
  return { n: total.n, mean, display: roundHalfAwayFromZero(mean, decimals).toFixed(decimals), suppressed: false };
}
