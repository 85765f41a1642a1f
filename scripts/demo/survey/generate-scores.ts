import type { Random } from "./compose-answer";
import type { SurveyFigures } from "./survey-figures";
import { ROLE_SHIFTS } from "./survey-tables";
import { ETHNICITIES, GENDERS, REGIONS, type Region, type Respondent, type SurveyWave } from "./survey-types";

/** The metric derived from all the others, which is therefore not asked as a question of its own. */
const DERIVED_METRIC = "all_sentiment";

const MISSING_LIKERT_RATE = 0.03;

/** Spread of the respondent's general mood and of each item's own noise, in score points. */
const GENERAL_LOADING = 0.55;
const ITEM_NOISE_HIGH_MEAN = 0.7;
const ITEM_NOISE = 0.95;
/** Rounding to 1–5 flattens shifts of the latent score; this restores the published segment gaps. */
const SEGMENT_GAIN = 1.2;

export interface LikertItem {
  metricKey: string;
  label: string;
  targets: Record<Region, number>;
}

function normalSource(random: Random): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}

function overallLevel(figures: SurveyFigures, metricKey: string, wave: string): number | undefined {
  return figures.sentiment.find(
    (row) =>
      row.metricKey === metricKey && row.wave === wave && row.segmentDimension === "all" && row.segmentValue === "all",
  )?.value;
}

function londonShare(figures: SurveyFigures, wave: string): number | undefined {
  const london = figures.responseCounts.find((row) => row.wave === wave && row.region === "London")?.responses;
  const southEast = figures.responseCounts.find((row) => row.wave === wave && row.region === "South East")?.responses;
  if (london === undefined || southEast === undefined || london + southEast === 0) return undefined;
  return london / (london + southEast);
}

/**
 * Region levels for one item and wave. The report prints only region changes, so the gap between London and
 * the South East in each wave is solved so that, at the published mix of responses, both waves keep their
 * overall level and each region moves by its published change.
 */
function regionTargets(figures: SurveyFigures, metricKey: string, wave: string): Record<Region, number> {
  const level = overallLevel(figures, metricKey, wave);
  if (level === undefined) throw new RangeError(`No overall level for ${metricKey} in ${wave}`);
  const equal = { London: level, "South East": level };
  const regional = figures.changes.filter(
    (row) =>
      row.metricKey === metricKey &&
      row.segmentDimension === "region" &&
      (row.waveFrom === wave || row.waveTo === wave),
  );
  if (regional.length === 0) return equal;
  const { waveFrom, waveTo } = regional[0];
  const levelFrom = overallLevel(figures, metricKey, waveFrom);
  const levelTo = overallLevel(figures, metricKey, waveTo);
  const shareFrom = londonShare(figures, waveFrom);
  const shareTo = londonShare(figures, waveTo);
  if (levelFrom === undefined || levelTo === undefined || shareFrom === undefined || shareTo === undefined) {
    return equal;
  }
  const changeOf = (region: Region) =>
    regional.find((row) => row.segmentValue === region && row.waveFrom === waveFrom && row.waveTo === waveTo)?.change;
  const london = changeOf("London");
  const southEast = changeOf("South East");
  const overallChange = levelTo - levelFrom;
  let gapFrom = 0;
  let gapTo = 0;
  if (london !== undefined && southEast !== undefined && shareTo !== shareFrom) {
    const determinant = shareTo - shareFrom;
    gapFrom = (-(london - overallChange) * shareTo - (1 - shareTo) * (southEast - overallChange)) / determinant;
    gapTo = (-(1 - shareFrom) * (southEast - overallChange) - (london - overallChange) * shareFrom) / determinant;
  } else if (london !== undefined) {
    gapTo = (london - overallChange) / (1 - shareTo);
  } else if (southEast !== undefined) {
    gapTo = (overallChange - southEast) / shareTo;
  }
  const [share, gap] = wave === waveFrom ? [shareFrom, gapFrom] : [shareTo, gapTo];
  const clamp = (value: number) => Math.min(4.95, Math.max(1.05, value));
  return { London: clamp(level + (1 - share) * gap), "South East": clamp(level - share * gap) };
}

export function likertItems(figures: SurveyFigures, wave: string): LikertItem[] {
  const keys: string[] = [];
  const labels = new Map<string, string>();
  for (const row of figures.sentiment) {
    if (row.kind !== "mean_score" || row.metricKey === DERIVED_METRIC || labels.has(row.metricKey)) continue;
    if (overallLevel(figures, row.metricKey, wave) === undefined) continue;
    keys.push(row.metricKey);
    labels.set(row.metricKey, row.label);
  }
  return keys.map((metricKey) => ({
    metricKey,
    label: labels.get(metricKey)!,
    targets: regionTargets(figures, metricKey, wave),
  }));
}

function segmentShift(figures: SurveyFigures, wave: string, dimension: string, value: string): number {
  const overall = overallLevel(figures, DERIVED_METRIC, wave);
  const segment = figures.sentiment.find(
    (row) =>
      row.metricKey === DERIVED_METRIC &&
      row.wave === wave &&
      row.segmentDimension === dimension &&
      row.segmentValue === value,
  )?.value;
  return overall === undefined || segment === undefined ? 0 : (segment - overall) * SEGMENT_GAIN;
}

function toScore(latent: number): number {
  return Math.min(5, Math.max(1, Math.round(latent)));
}

function meanScore(latents: Float64Array, offset: number): number {
  let sum = 0;
  for (let index = 0; index < latents.length; index++) sum += toScore(latents[index] + offset);
  return sum / latents.length;
}

/** The offset that brings the mean of the rounded scores to the target; the mean only grows with the offset. */
function calibrate(latents: Float64Array, target: number): number {
  if (latents.length === 0) return 0;
  let low = -8;
  let high = 8;
  for (let step = 0; step < 40; step++) {
    const middle = (low + high) / 2;
    if (meanScore(latents, middle) < target) low = middle;
    else high = middle;
  }
  return Math.abs(meanScore(latents, low) - target) <= Math.abs(meanScore(latents, high) - target) ? low : high;
}

interface Grouping {
  groupOf: Int32Array;
  groups: number;
}

function groupingOf<T>(
  respondents: readonly Respondent[],
  values: readonly T[],
  attributeOf: (respondent: Respondent) => T,
) {
  return {
    groupOf: Int32Array.from(respondents, (respondent) => values.indexOf(attributeOf(respondent))),
    groups: values.length,
  };
}

/** Removes any chance association between random draws and region, ethnicity or gender. */
function centreWithinGroups(values: Float64Array, groupings: readonly Grouping[]): void {
  for (let pass = 0; pass < 4; pass++) {
    for (const { groupOf, groups } of groupings) {
      const sums = new Float64Array(groups);
      const counts = new Float64Array(groups);
      for (let index = 0; index < values.length; index++) {
        sums[groupOf[index]] += values[index];
        counts[groupOf[index]] += 1;
      }
      for (let index = 0; index < values.length; index++)
        values[index] -= sums[groupOf[index]] / counts[groupOf[index]];
    }
  }
}

/** Scores (1–5, 0 for a blank) respondent by item, calibrated so each region meets its target mean. */
export function generateScores(
  random: Random,
  figures: SurveyFigures,
  wave: SurveyWave,
  respondents: readonly Respondent[],
  items: readonly LikertItem[],
): Uint8Array {
  const normal = normalSource(random);
  const count = respondents.length;
  const general = new Float64Array(count);
  for (let index = 0; index < count; index++) general[index] = normal();
  const groupings = [
    groupingOf(respondents, REGIONS, (respondent) => respondent.region),
    groupingOf(respondents, ETHNICITIES, (respondent) => respondent.ethnicity),
    groupingOf(respondents, GENDERS, (respondent) => respondent.gender),
  ];
  centreWithinGroups(general, groupings);
  const ethnicityShift = new Map(ETHNICITIES.map((value) => [value, segmentShift(figures, wave, "ethnicity", value)]));
  const genderShift = new Map(GENDERS.map((value) => [value, segmentShift(figures, wave, "gender", value)]));
  const shifts = respondents.map(
    (respondent) => ethnicityShift.get(respondent.ethnicity)! + genderShift.get(respondent.gender)!,
  );

  const scores = new Uint8Array(count * items.length);
  items.forEach((item, column) => {
    const noise = Math.max(item.targets.London, item.targets["South East"]) >= 4 ? ITEM_NOISE_HIGH_MEAN : ITEM_NOISE;
    const roleShifts = ROLE_SHIFTS[item.metricKey] ?? {};
    const itemNoise = Float64Array.from(respondents, () => normal());
    centreWithinGroups(itemNoise, groupings);
    const latents = new Float64Array(count);
    const answered = new Uint8Array(count);
    for (let index = 0; index < count; index++) {
      const respondent = respondents[index];
      const roleShift =
        (roleShifts[respondent.role] ?? 0) + (respondent.employment === "Agency" ? (roleShifts.Agency ?? 0) : 0);
      latents[index] =
        item.targets[respondent.region] +
        GENERAL_LOADING * general[index] +
        shifts[index] +
        roleShift +
        noise * itemNoise[index];
      answered[index] = random() < MISSING_LIKERT_RATE ? 0 : 1;
    }
    for (const region of REGIONS) {
      const members: number[] = [];
      for (let index = 0; index < count; index++) {
        if (answered[index] && respondents[index].region === region) members.push(index);
      }
      const offset = calibrate(
        Float64Array.from(members, (index) => latents[index]),
        item.targets[region],
      );
      for (const index of members) scores[index * items.length + column] = toScore(latents[index] + offset);
    }
  });
  return scores;
}
