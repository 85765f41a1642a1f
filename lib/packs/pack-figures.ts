import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, likertItems, metrics } from "../../db/schema";
import { type AnalysisFrame, loadAttributeColumn, loadLikertColumn } from "../analysis-frame/analysis-frame";
import { attributeKey } from "../analysis-frame/breakdown-attributes";
import { matchAuthority, type ProjectAuthority } from "./authorities";
import { type ProtectedCell, primary, protectLine, protectTable } from "./disclosure";

/** Attribute names (as `attributeKey` folds them) that hold the respondent's local authority. */
export const AUTHORITY_ATTRIBUTE_KEYS = ["local_authority", "authority", "la", "council", "local_authority_area"];
export const NOT_STATED_ROLE = "Not stated";

export interface PackWaves {
  baseline: string;
  current: string;
}

/** Counts and protected cells for every authority, computed together so differencing across packs is closed. */
export interface PackCounts {
  waves: PackWaves;
  authorities: ProjectAuthority[];
  /** Index in `authorities` per respondent of the frame; −1 when the answer names none we know. */
  authorityOf: Int32Array;
  /** The respondent's region: their authority's, else their own region attribute, else "". */
  regionOf: string[];
  unmatched: { value: string; respondents: number }[];
  roles: string[];
  roleOf: Int32Array;
  /** [wave][authority] respondent counts and their protected cells. */
  totals: Record<string, { counts: number[]; cells: ProtectedCell[] }>;
  /** [wave][authority][role]. */
  roleCells: Record<string, { counts: number[][]; cells: ProtectedCell[][] }>;
  /** [wave][region] counts, and [wave][region][role]. */
  regionTotals: Record<string, Map<string, number>>;
  regionRoles: Record<string, Map<string, number[]>>;
  everyone: Record<string, number>;
}

function attributeIdByKeys(db: Db, projectId: number, keys: readonly string[]): number | null {
  const rows = db
    .select({ id: attributes.id, name: attributes.name })
    .from(attributes)
    .where(eq(attributes.projectId, projectId))
    .all();
  for (const key of keys) {
    const row = rows.find((candidate) => attributeKey(candidate.name) === key);
    if (row) return row.id;
  }
  return null;
}

export function authorityAttributeId(db: Db, projectId: number): number | null {
  return attributeIdByKeys(db, projectId, AUTHORITY_ATTRIBUTE_KEYS);
}

/** Every respondent's authority, region and role, and the protected counts of every pack. */
export function computePackCounts(
  db: Db,
  frame: AnalysisFrame,
  authorityList: ProjectAuthority[],
  waves: PackWaves,
  threshold: number,
): PackCounts {
  const size = frame.respondentIds.length;
  const authorityOf = new Int32Array(size).fill(-1);
  const regionOf: string[] = new Array(size).fill("");
  const roleOf = new Int32Array(size).fill(-1);
  const unmatchedCounts = new Map<string, number>();

  const authorityAttribute = authorityAttributeId(db, frame.projectId);
  const regionAttribute = attributeIdByKeys(db, frame.projectId, ["region"]);
  const roleAttribute = attributeIdByKeys(db, frame.projectId, ["role", "job_role"]);
  const indexOf = new Map(authorityList.map((authority, index) => [authority.id, index]));

  if (authorityAttribute !== null) {
    const column = loadAttributeColumn(db, frame, authorityAttribute);
    const matched = column.values.map((value) => {
      const authority = matchAuthority(authorityList, value);
      return authority ? indexOf.get(authority.id)! : -1;
    });
    for (let respondent = 0; respondent < size; respondent++) {
      const code = column.valueAt[respondent];
      if (code < 0) continue;
      authorityOf[respondent] = matched[code];
      if (matched[code] < 0) {
        const value = column.values[code];
        unmatchedCounts.set(value, (unmatchedCounts.get(value) ?? 0) + 1);
      }
    }
  }
  if (regionAttribute !== null) {
    const column = loadAttributeColumn(db, frame, regionAttribute);
    for (let respondent = 0; respondent < size; respondent++) {
      const code = column.valueAt[respondent];
      if (code >= 0) regionOf[respondent] = column.values[code];
    }
  }
  for (let respondent = 0; respondent < size; respondent++) {
    const authority = authorityOf[respondent];
    if (authority >= 0) regionOf[respondent] = authorityList[authority].region;
  }
  const roles: string[] = [];
  if (roleAttribute !== null) {
    const column = loadAttributeColumn(db, frame, roleAttribute);
    roles.push(...[...column.values].sort((left, right) => left.localeCompare(right, "en-GB")));
    const order = column.values.map((value) => roles.indexOf(value));
    for (let respondent = 0; respondent < size; respondent++) {
      const code = column.valueAt[respondent];
      roleOf[respondent] = code >= 0 ? order[code] : -1;
    }
  }
  roles.push(NOT_STATED_ROLE);
  for (let respondent = 0; respondent < size; respondent++) {
    if (roleOf[respondent] < 0) roleOf[respondent] = roles.length - 1;
  }

  const totals: PackCounts["totals"] = {};
  const roleCells: PackCounts["roleCells"] = {};
  const regionTotals: PackCounts["regionTotals"] = {};
  const regionRoles: PackCounts["regionRoles"] = {};
  const everyone: Record<string, number> = {};
  const regions = [...new Set(authorityList.map((authority) => authority.region))];

  for (const wave of [waves.baseline, waves.current]) {
    const counts = new Array(authorityList.length).fill(0);
    const byRole = authorityList.map(() => new Array(roles.length).fill(0));
    const regionCount = new Map<string, number>(regions.map((region) => [region, 0]));
    const regionRole = new Map<string, number[]>(regions.map((region) => [region, new Array(roles.length).fill(0)]));
    const unmatchedByRegion = new Map<string, number>();
    let all = 0;
    for (let respondent = 0; respondent < size; respondent++) {
      if (frame.waveLabels.get(frame.respondentWave[respondent]) !== wave) continue;
      all++;
      const region = regionOf[respondent];
      if (region) {
        regionCount.set(region, (regionCount.get(region) ?? 0) + 1);
        const row = regionRole.get(region) ?? new Array(roles.length).fill(0);
        row[roleOf[respondent]]++;
        regionRole.set(region, row);
      }
      const authority = authorityOf[respondent];
      if (authority >= 0) {
        counts[authority]++;
        byRole[authority][roleOf[respondent]]++;
      } else if (region) {
        unmatchedByRegion.set(region, (unmatchedByRegion.get(region) ?? 0) + 1);
      }
    }
    everyone[wave] = all;
    regionTotals[wave] = regionCount;
    regionRoles[wave] = regionRole;

    // Authorities' totals within each region add up (with the unplaced) to the region's total, shown in
    // every pack of the region: protect them as one line, so no pack's total can be worked out from the others.
    const totalCells: ProtectedCell[] = counts.map((count) => primary(count, threshold));
    for (const region of regions) {
      const members = authorityList.flatMap((authority, index) => (authority.region === region ? [index] : []));
      const unplaced = unmatchedByRegion.get(region) ?? 0;
      // Respondents of the region whose authority we could not place are never shown: a reader knows only
      // that some may exist. None at all is taken as known to be none, the cautious reading.
      const line = [...members.map((index) => counts[index]), ...(unplaced > 0 ? [unplaced] : [])];
      const preset: (ProtectedCell | undefined)[] = [
        ...members.map(() => undefined),
        ...(unplaced > 0 ? [{ value: null, hidden: true, reason: "unknown" } as const] : []),
      ];
      const cells = protectLine(line, regionCount.get(region) ?? 0, threshold, preset);
      members.forEach((index, position) => {
        totalCells[index] = cells[position];
      });
    }
    totals[wave] = { counts, cells: totalCells };

    // Roles: rows are authorities (their shown totals), columns the region's role totals.
    const cells: ProtectedCell[][] = authorityList.map(() => []);
    for (const region of regions) {
      const members = authorityList.flatMap((authority, index) => (authority.region === region ? [index] : []));
      const table = members.map((index) => byRole[index]);
      const regionRow = regionRole.get(region) ?? new Array(roles.length).fill(0);
      const protectedTable = protectTable(table, threshold, {
        rowTotalsShown: members.map((index) => !totalCells[index].hidden),
        columnTotalsShown: regionRow.map((count) => count >= threshold),
      });
      members.forEach((index, position) => {
        // A hidden total must not be recoverable by adding up its roles: hide them all.
        cells[index] = totalCells[index].hidden
          ? roles.map(() => ({ value: null, hidden: true, reason: "secondary" }))
          : protectedTable[position];
      });
    }
    roleCells[wave] = { counts: byRole, cells };
  }

  return {
    waves,
    authorities: authorityList,
    authorityOf,
    regionOf,
    unmatched: [...unmatchedCounts].map(([value, respondents]) => ({ value, respondents })),
    roles,
    roleOf,
    totals,
    roleCells,
    regionTotals,
    regionRoles,
    everyone,
  };
}

export interface SentimentItem {
  itemId: number;
  label: string;
  scores: Uint8Array;
}

/** The Likert items linked to a mean-score metric: the report's sentiment questions. */
export function loadSentimentItems(db: Db, frame: AnalysisFrame): SentimentItem[] {
  const rows = db
    .select({ itemId: likertItems.id, itemLabel: likertItems.label, metricLabel: metrics.label })
    .from(likertItems)
    .innerJoin(metrics, and(eq(metrics.projectId, likertItems.projectId), eq(metrics.key, likertItems.metricKey)))
    .where(and(eq(likertItems.projectId, frame.projectId), inArray(metrics.kind, ["mean_score"])))
    .all();
  return rows.map((row) => ({
    itemId: row.itemId,
    label: row.metricLabel || row.itemLabel,
    scores: loadLikertColumn(db, frame, row.itemId),
  }));
}

export interface Mean {
  mean: number | null;
  n: number;
}

/** The mean score of the respondents `include` picks in `wave` (unanswered items left out). */
export function meanOf(
  frame: AnalysisFrame,
  scores: Uint8Array,
  wave: string,
  include: (respondent: number) => boolean,
): Mean {
  let sum = 0;
  let n = 0;
  for (let respondent = 0; respondent < scores.length; respondent++) {
    const score = scores[respondent];
    if (score === 0 || frame.waveLabels.get(frame.respondentWave[respondent]) !== wave || !include(respondent))
      continue;
    sum += score;
    n++;
  }
  return { mean: n === 0 ? null : sum / n, n };
}
