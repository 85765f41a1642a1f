/*
 * Code queries: codes joined left to right by AND, OR, AND NOT and NEAR, evaluated inside each turn
 * or answer on the text the codings cover (UTF-16 offsets into the document's text, end exclusive).
 *
 * - A AND B: the text coded with both (where their segments overlap).
 * - A OR B: the text coded with either.
 * - A AND NOT B: the text coded with A and not with B.
 * - A NEAR B: the text coded with either, in a turn or answer that holds both.
 */

export const CODE_QUERY_OPERATORS = ["and", "or", "not", "near"] as const;
export type CodeQueryOperator = (typeof CODE_QUERY_OPERATORS)[number];

/** How an operator reads in the query builder and in a query's name. */
export const CODE_QUERY_OPERATOR_LABELS: Record<CodeQueryOperator, string> = {
  and: "AND",
  or: "OR",
  not: "AND NOT",
  near: "NEAR",
};

export const CODE_QUERY_OPERATOR_HINTS: Record<CodeQueryOperator, string> = {
  and: "text coded with both",
  or: "text coded with either",
  not: "text coded with the codes before, not with this one",
  near: "both in the same turn or answer",
};

/** One more code joined to the query by an operator. */
export interface CodeQueryJoin {
  operator: CodeQueryOperator;
  codeId: number;
}

/** Codes after the first one in a query. */
export const MAX_CODE_QUERY_JOINS = 5;

export interface Range {
  start: number;
  end: number;
}

/** Sorted, with overlapping and touching ranges joined. */
export function unionRanges(...lists: readonly (readonly Range[])[]): Range[] {
  const sorted = lists.flat().sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** Where two merged lists overlap. */
export function intersectRanges(a: readonly Range[], b: readonly Range[]): Range[] {
  const result: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (start < end) result.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return result;
}

/** The parts of a merged list that a second merged list does not cover. */
export function subtractRanges(a: readonly Range[], b: readonly Range[]): Range[] {
  const result: Range[] = [];
  let j = 0;
  for (const range of a) {
    let start = range.start;
    while (j < b.length && b[j].end <= start) j++;
    let k = j;
    while (k < b.length && b[k].start < range.end) {
      if (b[k].start > start) result.push({ start, end: b[k].start });
      start = Math.max(start, b[k].end);
      k++;
    }
    if (start < range.end) result.push({ start, end: range.end });
  }
  return result;
}

/**
 * Evaluates a query inside one turn or answer: `terms[i]` is the text coded with the query's i-th
 * code there (merged), `operators[i]` joins term i + 1 to what comes before, left to right.
 */
export function evaluateInUnit(terms: readonly (readonly Range[])[], operators: readonly CodeQueryOperator[]): Range[] {
  let result = unionRanges(terms[0] ?? []);
  operators.forEach((operator, index) => {
    const next = unionRanges(terms[index + 1] ?? []);
    switch (operator) {
      case "and":
        result = intersectRanges(result, next);
        break;
      case "or":
        result = unionRanges(result, next);
        break;
      case "not":
        result = subtractRanges(result, next);
        break;
      case "near":
        result = result.length > 0 && next.length > 0 ? unionRanges(result, next) : [];
        break;
    }
  });
  return result;
}

/** "Workload AND NOT Pay NEAR Travel", for headings, exports and the event log. */
export function describeCodeQuery(names: readonly string[], operators: readonly CodeQueryOperator[]): string {
  return names
    .map((name, index) => (index === 0 ? name : `${CODE_QUERY_OPERATOR_LABELS[operators[index - 1]]} ${name}`))
    .join(" ");
}
