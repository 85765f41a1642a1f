import { CODE_QUERY_OPERATORS, type CodeQueryJoin, type CodeQueryOperator, MAX_CODE_QUERY_JOINS } from "./code-query";
import type { RetrievalFilter } from "./retrieve-segments";

/** Search parameters as Next hands them to a page, or as a route reads them from its URL. */
export type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** Attribute filters travel as `f.<attribute name>=<value>`, repeated for several values. */
export const ATTRIBUTE_PARAM_PREFIX = "f.";

const MAX_VALUES = 200;

function all(params: RawParams, name: string): string[] {
  const raw = params instanceof URLSearchParams ? params.getAll(name) : params[name];
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return [
    ...new Set(list.map((value) => value.trim()).filter((value) => value.length > 0 && value.length <= 200)),
  ].slice(0, MAX_VALUES);
}

function names(params: RawParams): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
}

/** `join=not.12`: the code with id 12 joined by AND NOT; malformed ones and codes without one are dropped. */
function joins(values: string[]): CodeQueryJoin[] {
  return values
    .flatMap((value): CodeQueryJoin[] => {
      const [operator, id] = value.split(".");
      if (!CODE_QUERY_OPERATORS.includes(operator as CodeQueryOperator) || !/^\d{1,9}$/.test(id ?? "")) return [];
      return Number(id) > 0 ? [{ operator: operator as CodeQueryOperator, codeId: Number(id) }] : [];
    })
    .slice(0, MAX_CODE_QUERY_JOINS);
}

function joinsOf(params: RawParams): { joins?: CodeQueryJoin[] } {
  const list = joins(all(params, "join"));
  return list.length > 0 ? { joins: list } : {};
}

function ids(values: string[]): number[] {
  return values
    .filter((value) => /^\d{1,9}$/.test(value))
    .map(Number)
    .filter((id) => id > 0);
}

export interface RetrievalParams {
  /** Absent until a code is chosen. */
  filter: RetrievalFilter | null;
  page: number;
}

/** Reads the retrieval filters from search parameters; anything malformed is ignored, never an error. */
export function parseRetrievalParams(params: RawParams): RetrievalParams {
  const [codeId] = ids(all(params, "code"));
  const [page] = ids(all(params, "page"));
  if (codeId === undefined) return { filter: null, page: 1 };
  const attributes: Record<string, string[]> = {};
  for (const name of names(params)) {
    if (!name.startsWith(ATTRIBUTE_PARAM_PREFIX)) continue;
    const values = all(params, name);
    if (values.length > 0) attributes[name.slice(ATTRIBUTE_PARAM_PREFIX.length)] = values;
  }
  return {
    filter: {
      codeId,
      ...joinsOf(params),
      includeSubcodes: all(params, "sub").includes("1"),
      waves: all(params, "wave"),
      attributes,
      documentIds: ids(all(params, "doc")),
      coderIds: ids(all(params, "coder")),
    },
    page: page ?? 1,
  };
}

/** The search parameters that reproduce a filter (for paging links and the CSV export). */
export function retrievalSearchParams(filter: RetrievalFilter, page = 1): URLSearchParams {
  const search = new URLSearchParams();
  search.set("code", String(filter.codeId));
  for (const join of filter.joins ?? []) search.append("join", `${join.operator}.${join.codeId}`);
  if (filter.includeSubcodes) search.set("sub", "1");
  for (const wave of filter.waves ?? []) search.append("wave", wave);
  for (const [name, values] of Object.entries(filter.attributes ?? {})) {
    for (const value of values) search.append(`${ATTRIBUTE_PARAM_PREFIX}${name}`, value);
  }
  for (const id of filter.documentIds ?? []) search.append("doc", String(id));
  for (const id of filter.coderIds ?? []) search.append("coder", String(id));
  if (page > 1) search.set("page", String(page));
  return search;
}
