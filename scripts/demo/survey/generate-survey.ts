import Papa from "papaparse";
import seedrandom from "seedrandom";
import type { Voice } from "./answer-fragments";
import {
  type AnswerContext,
  composeAnswer,
  type QuestionKind,
  type Random,
  type ThemePick,
  type YearsQualified,
} from "./compose-answer";
import { loadSurveyFigures, type SurveyFigures } from "./survey-figures";
import { type DemoTheme, THEME_CODES } from "./themes";

export interface GeneratedSurvey {
  wave: string;
  headers: string[];
  rows: string[][];
  /** The themes each answer was built from, keyed by `${respondentId}|${header}`; blank answers have no entry. */
  answerThemes?: Map<string, string[]>;
}

export interface SurveyScale {
  london: number;
  southEast: number;
}

export type SurveyWave = "2023" | "2025";

export interface GenerateSurveyOptions {
  seed?: string;
  /** Respondents per region; defaults to the published response counts of the wave. */
  scale?: SurveyScale;
  /** Expected number of non-blank free-text answers per respondent, 0 to the number of questions. */
  answersPerRespondent?: number;
  /** The free-text questions; defaults to the demo survey's three. Larger benchmark surveys ask more. */
  questions?: readonly FreeTextQuestion[];
  /** Defaults to the figures in `db/seed/data`. */
  figures?: SurveyFigures;
}

export const DEFAULT_SEED = "quoteline-demo";

export const REGIONS = ["London", "South East"] as const;
export type Region = (typeof REGIONS)[number];

export const JOB_ROLES = [
  "Social worker",
  "Senior social worker",
  "Team manager",
  "Service manager",
  "Newly qualified social worker",
  "Student",
] as const;
export type JobRole = (typeof JOB_ROLES)[number];

export type EmploymentType = "Permanent" | "Agency" | "Student";

export const GENDERS = ["Female", "Male", "Prefer not to say"] as const;
export type Gender = (typeof GENDERS)[number];

export const ETHNICITIES = ["White", "Black and global majority", "Not specified"] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

export const ATTRIBUTE_HEADERS = [
  "Respondent ID",
  "Region",
  "Role",
  "Employment type",
  "Gender",
  "Ethnicity",
  "Years qualified",
] as const;

/** Likert answers as exported, scored 1 (strong disagreement) to 5 (strong agreement). */
export const AGREEMENT_LABELS = [
  "Strongly disagree",
  "Disagree",
  "Neither agree nor disagree",
  "Agree",
  "Strongly agree",
] as const;

/** Items exported as the digits "1".."5" rather than labels, so importers meet both forms. */
export const DIGIT_SCORED_METRICS: readonly string[] = ["ict_support"];

/** The metric derived from all the others, which is therefore not asked as a question of its own. */
const DERIVED_METRIC = "all_sentiment";

export interface FreeTextQuestion {
  kind: QuestionKind;
  header: string;
  answerRate: number;
}

export const FREE_TEXT_QUESTIONS: readonly FreeTextQuestion[] = [
  {
    kind: "change",
    header: "If you could change one thing to improve your working life, what would it be?",
    answerRate: 0.7,
  },
  { kind: "support", header: "How would you describe the supervision and support you receive?", answerRate: 0.68 },
  {
    kind: "other",
    header: "Is there anything else you would like to tell us about working in children's social care?",
    answerRate: 0.66,
  },
];

type Weighted<T> = ReadonlyArray<readonly [T, number]>;

const ROLE_SHARES: Weighted<JobRole> = [
  ["Social worker", 0.33],
  ["Senior social worker", 0.16],
  ["Team manager", 0.22],
  ["Service manager", 0.11],
  ["Newly qualified social worker", 0.11],
  ["Student", 0.07],
];

const GENDER_SHARES: Record<Region, Weighted<Gender>> = {
  London: [
    ["Female", 0.775],
    ["Male", 0.19],
    ["Prefer not to say", 0.035],
  ],
  "South East": [
    ["Female", 0.85],
    ["Male", 0.12],
    ["Prefer not to say", 0.03],
  ],
};

// Global majority staff make up far more of the London workforce than the South East's, and more in 2025 than 2023.
const ETHNICITY_SHARES: Record<SurveyWave, Record<Region, Weighted<Ethnicity>>> = {
  "2023": {
    London: [
      ["White", 0.52],
      ["Black and global majority", 0.41],
      ["Not specified", 0.07],
    ],
    "South East": [
      ["White", 0.82],
      ["Black and global majority", 0.11],
      ["Not specified", 0.07],
    ],
  },
  "2025": {
    London: [
      ["White", 0.44],
      ["Black and global majority", 0.49],
      ["Not specified", 0.07],
    ],
    "South East": [
      ["White", 0.8],
      ["Black and global majority", 0.13],
      ["Not specified", 0.07],
    ],
  },
};

const YEARS_BY_ROLE: Record<JobRole, Weighted<YearsQualified>> = {
  "Social worker": [
    ["0-2", 0.2],
    ["3-5", 0.28],
    ["6-10", 0.2],
    ["11+", 0.32],
  ],
  "Senior social worker": [
    ["3-5", 0.15],
    ["6-10", 0.35],
    ["11+", 0.5],
  ],
  "Team manager": [
    ["3-5", 0.05],
    ["6-10", 0.25],
    ["11+", 0.7],
  ],
  "Service manager": [
    ["6-10", 0.1],
    ["11+", 0.9],
  ],
  "Newly qualified social worker": [["0-2", 1]],
  Student: [["0-2", 1]],
};

/** Agency share among qualified staff past their first year, chosen so about 12% (2023) and 8% (2025) of all respondents are agency. */
const AGENCY_RATE: Record<SurveyWave, number> = { "2023": 0.145, "2025": 0.095 };
const AGENCY_BY_ETHNICITY: Record<Ethnicity, number> = {
  White: 0.85,
  "Black and global majority": 1.3,
  "Not specified": 1,
};

const MISSING_LIKERT_RATE = 0.03;
const WHITESPACE_ONLY_RATE = 0.015;
const WHITESPACE_CELLS = [" ", "  ", "\n", " \t "];
const SECOND_THEME_RATE = 0.3;

/** Spread of the respondent's general mood and of each item's own noise, in score points. */
const GENERAL_LOADING = 0.55;
const ITEM_NOISE_HIGH_MEAN = 0.7;
const ITEM_NOISE = 0.95;
/** Rounding to 1–5 flattens shifts of the latent score; this restores the published segment gaps. */
const SEGMENT_GAIN = 1.2;

const ROLE_SHIFTS: Record<string, Partial<Record<JobRole | "Agency", number>>> = {
  workload_manageable: {
    "Team manager": -0.25,
    "Service manager": -0.2,
    "Newly qualified social worker": 0.25,
    Student: 0.3,
  },
  work_life_balance: { "Team manager": -0.2, "Service manager": -0.2, Student: 0.1 },
  good_supervision: { "Newly qualified social worker": 0.15, Student: 0.2, "Service manager": -0.1 },
  pay_fair: { Student: -0.3, "Service manager": 0.3, Agency: 0.6 },
  expenses_sufficient: { Student: -0.3 },
  staff_valued: { Agency: -0.25 },
  career_progression_importance: {
    Agency: -0.35,
    Student: 0.2,
    "Newly qualified social worker": 0.2,
    "Service manager": -0.1,
  },
  supervision_importance: { Student: 0.1, "Newly qualified social worker": 0.15 },
  psychological_safety: { Agency: -0.1 },
};

/** How likely a theme is to be raised in answer to each question, before the respondent's own leanings. */
const QUESTION_PRIORS: Record<QuestionKind, Record<DemoTheme, number>> = {
  change: {
    "Workload and caseloads": 1.5,
    "Protected caseloads": 0.8,
    "Manager role complexity": 1,
    "Supervision and feeling valued": 0.5,
    "Psychological safety": 0.7,
    "Inclusive practice": 0.6,
    "Pay and remuneration": 1.6,
    "Hybrid and flexible working": 1.3,
    "ICT and systems": 1.2,
    "AI in practice": 0.6,
    "Social care reforms": 0.4,
    "Career development and progression": 1.2,
    "Agency working": 0.6,
    "Commute and housing": 1,
    "Early career support": 0.8,
    Retention: 0.5,
  },
  support: {
    "Workload and caseloads": 0.6,
    "Protected caseloads": 1,
    "Manager role complexity": 1.5,
    "Supervision and feeling valued": 5,
    "Psychological safety": 2,
    "Inclusive practice": 0.8,
    "Pay and remuneration": 0.2,
    "Hybrid and flexible working": 0.4,
    "ICT and systems": 0.2,
    "AI in practice": 0.2,
    "Social care reforms": 0.2,
    "Career development and progression": 0.6,
    "Agency working": 0.3,
    "Commute and housing": 0.1,
    "Early career support": 1.5,
    Retention: 0.5,
  },
  other: {
    "Workload and caseloads": 1,
    "Protected caseloads": 0.6,
    "Manager role complexity": 0.8,
    "Supervision and feeling valued": 0.8,
    "Psychological safety": 1,
    "Inclusive practice": 1.2,
    "Pay and remuneration": 1,
    "Hybrid and flexible working": 1,
    "ICT and systems": 0.8,
    "AI in practice": 1.5,
    "Social care reforms": 1.5,
    "Career development and progression": 1,
    "Agency working": 1,
    "Commute and housing": 1,
    "Early career support": 0.8,
    Retention: 1.5,
  },
};

/** Chance that a theme is raised as something that works, by the score (1–5) of the item it follows. */
const POSITIVE_BY_SCORE = [0.05, 0.15, 0.45, 0.8, 0.92];

interface Respondent {
  id: string;
  region: Region;
  role: JobRole;
  employment: EmploymentType;
  gender: Gender;
  ethnicity: Ethnicity;
  yearsQualified: YearsQualified;
}

interface LikertItem {
  metricKey: string;
  label: string;
  targets: Record<Region, number>;
}

function draw<T>(random: Random, table: Weighted<T>): T {
  let total = 0;
  for (const [, weight] of table) total += weight;
  let threshold = random() * total;
  for (const [value, weight] of table) {
    threshold -= weight;
    if (threshold < 0) return value;
  }
  return table[table.length - 1][0];
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

function likertItems(figures: SurveyFigures, wave: string): LikertItem[] {
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

function generateRespondents(random: Random, wave: SurveyWave, scale: SurveyScale): Respondent[] {
  const regions: Region[] = [
    ...Array<Region>(scale.london).fill("London"),
    ...Array<Region>(scale.southEast).fill("South East"),
  ];
  for (let index = regions.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [regions[index], regions[other]] = [regions[other], regions[index]];
  }
  const width = Math.max(5, String(regions.length).length);
  return regions.map((region, index) => {
    const role = draw(random, ROLE_SHARES);
    const gender = draw(random, GENDER_SHARES[region]);
    const ethnicity = draw(random, ETHNICITY_SHARES[wave][region]);
    const agencyRate =
      role === "Student"
        ? 0
        : (role === "Newly qualified social worker" ? 0.02 : AGENCY_RATE[wave]) * AGENCY_BY_ETHNICITY[ethnicity];
    const employment: EmploymentType = role === "Student" ? "Student" : random() < agencyRate ? "Agency" : "Permanent";
    return {
      id: `R${wave.slice(2)}-${String(index + 1).padStart(width, "0")}`,
      region,
      role,
      employment,
      gender,
      ethnicity,
      yearsQualified: draw(random, YEARS_BY_ROLE[role]),
    };
  });
}

/** Scores (1–5, 0 for a blank) respondent by item, calibrated so each region meets its target mean. */
function generateScores(
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

function voicesOf(respondent: Respondent): Voice[] {
  if (respondent.role === "Student") return ["student", "practitioner"];
  if (respondent.role === "Newly qualified social worker") return ["earlyCareer", "practitioner"];
  const roleVoice: Voice =
    respondent.role === "Team manager" || respondent.role === "Service manager" ? "manager" : "practitioner";
  return respondent.employment === "Agency" ? ["agency", roleVoice] : [roleVoice];
}

type ScoreOf = (metricKey: string) => number;

/** How strongly and in which direction each theme is on this respondent's mind, from their other answers. */
function themeLeanings(
  respondent: Respondent,
  wave: SurveyWave,
  scoreOf: ScoreOf,
): Record<DemoTheme, { weight: number; positive: number }> {
  const byScore = (table: readonly number[], metricKey: string) => table[scoreOf(metricKey) - 1];
  const positiveFor = (metricKey: string) => POSITIVE_BY_SCORE[scoreOf(metricKey) - 1];
  const isManager = respondent.role === "Team manager" || respondent.role === "Service manager";
  const isStudent = respondent.role === "Student";
  const isNewlyQualified = respondent.role === "Newly qualified social worker";
  const isAgency = respondent.employment === "Agency";
  const is2025 = wave === "2025";
  const workload = scoreOf("workload_manageable");
  const valued = scoreOf("staff_valued");
  const supervision = scoreOf("good_supervision");
  let managerWeight = 0;
  if (isManager) managerWeight = 2 + (workload <= 2 ? 1.5 : 0) + (scoreOf("work_life_balance") <= 2 ? 0.5 : 0);
  else if (!isStudent && !isNewlyQualified) managerWeight = 0.25;
  let ethnicityWeight = 0.25;
  if (respondent.ethnicity === "Black and global majority") ethnicityWeight = 1.4;
  else if (respondent.ethnicity === "Not specified") ethnicityWeight = 0.6;
  let protectedWeight = isManager ? 0.4 : 0.35;
  if (isNewlyQualified) protectedWeight = 2.5;
  else if (isStudent) protectedWeight = 0.8;
  let earlyCareerWeight = respondent.yearsQualified === "0-2" ? 0.6 : 0.15;
  if (isNewlyQualified) earlyCareerWeight = 2.5;
  else if (isStudent) earlyCareerWeight = 3;

  return {
    "Workload and caseloads": {
      weight: byScore([6, 3, 1.1, 0.45, 0.35], "workload_manageable") * (isManager ? 1.2 : 1) * (isStudent ? 0.3 : 1),
      positive: positiveFor("workload_manageable"),
    },
    "Protected caseloads": { weight: protectedWeight, positive: positiveFor("workload_manageable") },
    "Manager role complexity": { weight: managerWeight, positive: POSITIVE_BY_SCORE[Math.min(workload, 4) - 1] },
    "Supervision and feeling valued": {
      weight: 1.2 + (supervision === 1 || supervision === 5 ? 1 : 0) + (valued <= 2 ? 0.6 : 0),
      positive: positiveFor("good_supervision"),
    },
    "Psychological safety": {
      weight: byScore([3.5, 2.2, 0.7, 0.3, 0.25], "psychological_safety"),
      positive: positiveFor("psychological_safety"),
    },
    "Inclusive practice": {
      weight:
        ethnicityWeight * (valued <= 2 ? 1.6 : 1) +
        (respondent.gender === "Female" && (isManager || respondent.role === "Senior social worker") ? 0.2 : 0),
      positive: respondent.ethnicity === "Black and global majority" ? 0.15 : 0.3,
    },
    "Pay and remuneration": {
      weight:
        (byScore([4, 2.5, 0.9, 0.35, 0.3], "pay_fair") + (scoreOf("expenses_sufficient") <= 2 ? 1 : 0)) *
        (isStudent ? 0.6 : 1),
      positive: positiveFor("pay_fair"),
    },
    "Hybrid and flexible working": {
      weight: byScore([1.6, 1.3, 0.8, 1.1, 1.4], "work_life_balance"),
      positive: positiveFor("work_life_balance"),
    },
    "ICT and systems": {
      weight: byScore([3.5, 2.2, 0.7, 0.5, 0.6], "ict_support"),
      positive: positiveFor("ict_support"),
    },
    "AI in practice": { weight: is2025 ? 0.9 : 0.08, positive: scoreOf("ict_support") >= 4 ? 0.6 : 0.4 },
    "Social care reforms": { weight: is2025 ? 0.8 : 0.25, positive: 0.55 },
    "Career development and progression": {
      weight:
        (0.6 +
          (scoreOf("career_progression_importance") >= 4 && valued <= 3 ? 1.4 : 0) +
          (respondent.region === "South East" ? 0.3 : 0)) *
        (isStudent ? 0.3 : 1),
      positive: positiveFor("staff_valued") * 0.8,
    },
    "Agency working": {
      weight: isAgency ? 3 : is2025 ? 0.35 : 0.5,
      positive: isAgency ? 0.55 : is2025 ? 0.45 : 0.2,
    },
    "Commute and housing": {
      weight: (respondent.region === "London" ? 0.9 : 0.5) + (scoreOf("expenses_sufficient") <= 2 ? 0.4 : 0),
      positive: respondent.region === "London" ? 0.15 : 0.35,
    },
    "Early career support": { weight: earlyCareerWeight, positive: POSITIVE_BY_SCORE[supervision - 1] },
    Retention: {
      weight: 0.7 + byScore([1.8, 0.9, 0.2, 0.2, 0.5], "staff_valued"),
      positive: positiveFor("staff_valued"),
    },
  };
}

function pickThemes(random: Random, weights: readonly number[], positive: readonly boolean[]): ThemePick[] {
  const chooseExcept = (excluded: number): number => {
    let total = 0;
    for (let index = 0; index < weights.length; index++) if (index !== excluded) total += weights[index];
    let threshold = random() * total;
    for (let index = 0; index < weights.length; index++) {
      if (index === excluded) continue;
      threshold -= weights[index];
      if (threshold < 0) return index;
    }
    return excluded === weights.length - 1 ? weights.length - 2 : weights.length - 1;
  };
  const first = chooseExcept(-1);
  const picked = [first];
  if (random() < SECOND_THEME_RATE) picked.push(chooseExcept(first));
  return picked.map((index) => ({ code: THEME_CODES[index], positive: positive[index] }));
}

function answerRates(questions: readonly FreeTextQuestion[], answersPerRespondent: number | undefined): number[] {
  const base = questions.map((question) => question.answerRate);
  if (answersPerRespondent === undefined) return base;
  if (!(answersPerRespondent >= 0 && answersPerRespondent <= questions.length)) {
    throw new RangeError(`answersPerRespondent must be between 0 and ${questions.length}`);
  }
  const ratesFor = (factor: number) => base.map((rate) => Math.min(1, rate * factor));
  const total = (factor: number) => ratesFor(factor).reduce((sum, rate) => sum + rate, 0);
  // Scale every rate by one factor, capping each at 1, so the expected answers add up to the request.
  let low = 0;
  let high = questions.length / Math.min(...base);
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (total(middle) < answersPerRespondent) low = middle;
    else high = middle;
  }
  return ratesFor(high);
}

function defaultScale(figures: SurveyFigures, wave: SurveyWave): SurveyScale {
  const countOf = (region: Region) => {
    const row = figures.responseCounts.find((count) => count.wave === wave && count.region === region);
    if (!row) throw new RangeError(`No response count for ${region} in ${wave}`);
    return row.responses;
  };
  return { london: countOf("London"), southEast: countOf("South East") };
}

/**
 * A deterministic demo survey export for one wave: respondent attributes, Likert items whose means match the
 * published levels, and free-text answers whose themes follow each respondent's Likert answers.
 */
export function generateSurvey(
  wave: SurveyWave,
  options: GenerateSurveyOptions = {},
): GeneratedSurvey & { answerThemes: Map<string, string[]> } {
  const figures = options.figures ?? loadSurveyFigures();
  const scale = options.scale ?? defaultScale(figures, wave);
  for (const count of [scale.london, scale.southEast]) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError("scale counts must be whole numbers, 0 or more");
  }
  const questions = options.questions ?? FREE_TEXT_QUESTIONS;
  if (questions.length === 0 || new Set(questions.map((q) => q.header)).size !== questions.length) {
    throw new RangeError("questions must be at least one, each with its own header");
  }
  const rates = answerRates(questions, options.answersPerRespondent);
  const seed = `${options.seed ?? DEFAULT_SEED}|${wave}`;
  const items = likertItems(figures, wave);
  if (items.length === 0) throw new RangeError(`No published levels for ${wave}`);

  const respondents = generateRespondents(seedrandom.alea(`${seed}|respondents`), wave, scale);
  const scores = generateScores(seedrandom.alea(`${seed}|likert`), figures, wave, respondents, items);
  const textRandom = seedrandom.alea(`${seed}|text`);
  const columnOf = new Map(items.map((item, column) => [item.metricKey, column]));
  const digitScored = items.map((item) => DIGIT_SCORED_METRICS.includes(item.metricKey));

  const headers = [...ATTRIBUTE_HEADERS, ...items.map((item) => item.label), ...questions.map((q) => q.header)];
  const answerThemes = new Map<string, string[]>();
  const rows = respondents.map((respondent, index) => {
    const offset = index * items.length;
    const row: string[] = [
      respondent.id,
      respondent.region,
      respondent.role,
      respondent.employment,
      respondent.gender,
      respondent.ethnicity,
      respondent.yearsQualified,
    ];
    for (let column = 0; column < items.length; column++) {
      const score = scores[offset + column];
      if (score === 0) row.push("");
      else row.push(digitScored[column] ? String(score) : AGREEMENT_LABELS[score - 1]);
    }

    const scoreOf: ScoreOf = (metricKey) => {
      const column = columnOf.get(metricKey);
      const score = column === undefined ? 0 : scores[offset + column];
      return score === 0 ? 3 : score;
    };
    const leanings = themeLeanings(respondent, wave, scoreOf);
    const positive = THEME_CODES.map((code) => textRandom() < leanings[code].positive);
    const context: AnswerContext = {
      voices: voicesOf(respondent),
      region: respondent.region,
      yearsQualified: respondent.yearsQualified,
    };
    questions.forEach((question, questionIndex) => {
      if (textRandom() >= rates[questionIndex]) {
        row.push(textRandom() < WHITESPACE_ONLY_RATE ? WHITESPACE_CELLS[Math.floor(textRandom() * 4)] : "");
        return;
      }
      const prior = QUESTION_PRIORS[question.kind];
      const weights = THEME_CODES.map((code) => leanings[code].weight * prior[code]);
      const themes = pickThemes(textRandom, weights, positive);
      row.push(composeAnswer(textRandom, context, question.kind, themes));
      answerThemes.set(
        `${respondent.id}|${question.header}`,
        themes.map((theme) => theme.code),
      );
    });
    return row;
  });

  return { wave, headers, rows, answerThemes };
}

/** The survey as an RFC 4180 CSV export: CRLF line ends, fields quoted only where they need it. */
export function toCsv(survey: GeneratedSurvey): string {
  return Papa.unparse({ fields: survey.headers, data: survey.rows }, { newline: "\r\n" });
}
