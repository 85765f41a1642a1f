/** A coded span of a document's text: UTF-16 offsets, end exclusive (as segments are stored). */
export interface Span {
  start: number;
  end: number;
}

export interface CharacterFigures {
  /** Characters of the document: the base of `percentAgreement` and `kappa`. */
  characters: number;
  /** Characters both coders coded, only the first, only the second, neither. */
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
  percentAgreement: number | null;
  kappa: number | null;
  /** Characters at least one coder coded: the base of the two figures below, which leave uncoded text out. */
  coded: number;
  codedPercentAgreement: number | null;
  /**
   * κ over coded characters only. With no character left uncoded by both coders it cannot exceed 0: it
   * is given for comparison with tools that print it, and the percent is the figure to read.
   */
  codedKappa: number | null;
}

/** The spans merged into sorted, disjoint ones inside [0, length) (a coder's overlapping codings count once). */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((span) => ({ start: Math.max(0, span.start), end: Math.min(length, span.end) }))
    .filter((span) => span.end > span.start)
    .sort((left, right) => left.start - right.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function covered(spans: readonly Span[]): number {
  let total = 0;
  for (const span of spans) total += span.end - span.start;
  return total;
}

/** Characters covered by both lists of sorted, disjoint spans. */
function intersection(first: readonly Span[], second: readonly Span[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const start = Math.max(first[i].start, second[j].start);
    const end = Math.min(first[i].end, second[j].end);
    if (end > start) total += end - start;
    if (first[i].end < second[j].end) i++;
    else j++;
  }
  return total;
}

/** Cohen's κ for a 2 × 2 table of characters (coded / not coded by each coder). */
function kappaOf(total: number, both: number, first: number, second: number): number | null {
  if (total === 0) return null;
  const observed = (total - first - second + 2 * both) / total;
  const chance = (first / total) * (second / total) + ((total - first) / total) * ((total - second) / total);
  if (chance >= 1) return null;
  return (observed - chance) / (1 - chance);
}

/**
 * Character-level agreement of two coders on one code in one document, as NVivo's coding comparison
 * counts it (each character coded or not by each coder), and the same over coded characters only.
 */
export function characterAgreement(length: number, firstSpans: readonly Span[], secondSpans: readonly Span[]) {
  const first = mergeSpans(firstSpans, length);
  const second = mergeSpans(secondSpans, length);
  return figuresFromCounts(length, covered(first), covered(second), intersection(first, second));
}

/** The figures from the counts: characters in all, coded by the first coder, by the second, by both. */
export function figuresFromCounts(characters: number, first: number, second: number, both: number): CharacterFigures {
  const coded = first + second - both;
  const neither = characters - coded;
  return {
    characters,
    both,
    firstOnly: first - both,
    secondOnly: second - both,
    neither,
    percentAgreement: characters === 0 ? null : (both + neither) / characters,
    kappa: kappaOf(characters, both, first, second),
    coded,
    codedPercentAgreement: coded === 0 ? null : both / coded,
    codedKappa: kappaOf(coded, both, first, second),
  };
}
