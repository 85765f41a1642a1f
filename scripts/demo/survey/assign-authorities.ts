import seedrandom from "seedrandom";
import { AUTHORITIES } from "../../../lib/anonymise/authorities";
import type { GeneratedSurvey } from "./survey-types";

export const AUTHORITY_HEADER = "Local authority";
const REGION_KEYS = { London: "london", "South East": "south_east" } as const;

/**
 * Adds a "Local authority" column after "Region": every authority of the respondent's region gets at
 * least one respondent, then sizes fall off as 1/rank (a few authorities with 60 or more, many with
 * fewer than 10, as the report describes). The ranking is the same in every wave; one respondent in ten
 * writes the authority another way ("RBKC", "Bucks"), as people do.
 */
export function withAuthorities<T extends GeneratedSurvey>(survey: T, seed = "quoteline-demo-authorities"): T {
  const regionColumn = survey.headers.indexOf("Region");
  if (regionColumn < 0) throw new RangeError("The survey has no Region column.");
  const random = seedrandom(`${seed}|${survey.wave}`);
  const ranking = seedrandom(seed);
  const byRegion = new Map<string, { names: string[]; variants: string[][]; weights: number[] }>();
  for (const [label, key] of Object.entries(REGION_KEYS)) {
    const list = AUTHORITIES.filter((authority) => authority.region === key)
      .map((authority) => ({ authority, order: ranking() }))
      .sort((left, right) => left.order - right.order)
      .map(({ authority }) => authority);
    byRegion.set(label, {
      names: list.map((authority) => authority.name),
      variants: list.map((authority) => authority.variants.filter((variant) => variant.length > 2)),
      weights: list.map((_, index) => 1 / (index + 1)),
    });
  }
  const seen = new Map<string, number>();
  const rows = survey.rows.map((row) => {
    const region = byRegion.get(row[regionColumn]);
    let cell = "";
    if (region) {
      const next = seen.get(row[regionColumn]) ?? 0;
      seen.set(row[regionColumn], next + 1);
      const index = next < region.names.length ? next : pick(region.weights, random());
      const variants = region.variants[index];
      cell =
        variants.length > 0 && random() < 0.1 ? variants[Math.floor(random() * variants.length)] : region.names[index];
    }
    return [...row.slice(0, regionColumn + 1), cell, ...row.slice(regionColumn + 1)];
  });
  const headers = [
    ...survey.headers.slice(0, regionColumn + 1),
    AUTHORITY_HEADER,
    ...survey.headers.slice(regionColumn + 1),
  ];
  return { ...survey, headers, rows };
}

function pick(weights: readonly number[], draw: number): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let threshold = draw * total;
  for (let index = 0; index < weights.length; index++) {
    threshold -= weights[index];
    if (threshold <= 0) return index;
  }
  return weights.length - 1;
}
