// Reference implementation: the app counts in lib/themes (theme-reach-table, prevalence-cell); tests check both agree.
import { compareValues } from "./compare-values";
import { getOrCreate } from "./get-or-create";
import type { Id } from "./types";

/**
 * One code applied somewhere inside a unit: an answer or a turn. Answer and turn ids can clash, so give
 * them distinct ids (e.g. "answer:12", "turn:12") when mixing both.
 */
export interface UnitCoding {
  unitId: Id;
  codeId: Id;
}

/** An unordered pair of codes (`codeA` sorts before `codeB`) and the number of units holding both. */
export interface CoOccurrence {
  codeA: Id;
  codeB: Id;
  count: number;
}

export interface CoOccurrenceMatrix {
  codes: Id[];
  /** `counts[i][j]`: units coded with both `codes[i]` and `codes[j]`; the diagonal counts units with `codes[i]`. */
  counts: number[][];
}

/**
 * Every pair of distinct codes applied within the same unit, counted once per unit however many segments
 * carry them; most frequent first, ties in natural order of the codes.
 */
export function coOccurrences(codings: readonly UnitCoding[]): CoOccurrence[] {
  const pairs = new Map<Id, Map<Id, number>>();
  for (const codes of codesByUnit(codings).values()) {
    const sorted = [...codes].sort(compareValues);
    for (let i = 0; i < sorted.length; i += 1) {
      const partners = getOrCreate(pairs, sorted[i], () => new Map<Id, number>());
      for (let j = i + 1; j < sorted.length; j += 1) partners.set(sorted[j], (partners.get(sorted[j]) ?? 0) + 1);
    }
  }
  const result: CoOccurrence[] = [];
  for (const [codeA, partners] of pairs) {
    for (const [codeB, count] of partners) result.push({ codeA, codeB, count });
  }
  return result.sort((x, y) => y.count - x.count || compareValues(x.codeA, y.codeA) || compareValues(x.codeB, y.codeB));
}

/** The `limit` most frequent co-occurring pairs (ties broken by natural order of the codes, then cut). */
export function topCoOccurrences(codings: readonly UnitCoding[], limit: number): CoOccurrence[] {
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError(`A limit is a whole number of at least 0, not ${limit}.`);
  return coOccurrences(codings).slice(0, limit);
}

/** The symmetric co-occurrence matrix of the given codes, in the given order, with code frequencies on the diagonal. */
export function coOccurrenceMatrix(codings: readonly UnitCoding[], codeIds: readonly Id[]): CoOccurrenceMatrix {
  const index = new Map<Id, number>();
  for (const codeId of codeIds) {
    if (index.has(codeId)) throw new RangeError(`Code ${String(codeId)} is listed twice.`);
    index.set(codeId, index.size);
  }
  const counts = codeIds.map(() => codeIds.map(() => 0));
  for (const codes of codesByUnit(codings).values()) {
    const present = [...codes].flatMap((codeId) => {
      const position = index.get(codeId);
      return position === undefined ? [] : [position];
    });
    for (const i of present) for (const j of present) counts[i][j] += 1;
  }
  return { codes: [...codeIds], counts };
}

/** The distinct codes applied in each unit. */
function codesByUnit(codings: readonly UnitCoding[]): Map<Id, Set<Id>> {
  const units = new Map<Id, Set<Id>>();
  for (const coding of codings) getOrCreate(units, coding.unitId, () => new Set<Id>()).add(coding.codeId);
  return units;
}
