import type { QuestionKind, YearsQualified } from "./compose-answer";
import { assertKeys, readDemoData } from "./demo-data";
import {
  ETHNICITIES,
  type Ethnicity,
  type FreeTextQuestion,
  GENDERS,
  type Gender,
  JOB_ROLES,
  type JobRole,
  REGIONS,
  type Region,
  type SurveyWave,
  type Weighted,
} from "./survey-types";
import { type DemoTheme, THEME_CODES } from "./themes";

interface RespondentShares {
  roles: Weighted<JobRole>;
  genderByRegion: Record<Region, Weighted<Gender>>;
  /** Global majority staff make up far more of the London workforce than the South East's, and more in 2025. */
  ethnicityByWaveAndRegion: Record<SurveyWave, Record<Region, Weighted<Ethnicity>>>;
  yearsQualifiedByRole: Record<JobRole, Weighted<YearsQualified>>;
  /** Agency share among qualified staff past their first year: about 12% (2023) and 8% (2025) of all respondents. */
  agencyRateByWave: Record<SurveyWave, number>;
  agencyFactorByEthnicity: Record<Ethnicity, number>;
}

interface Questions {
  freeText: FreeTextQuestion[];
  /** How likely a theme is to be raised in answer to each question, before the respondent's own leanings. */
  themePriors: Record<QuestionKind, Record<DemoTheme, number>>;
  /** Shifts of an item's latent score by role (and for agency staff), in score points. */
  roleShifts: Record<string, Partial<Record<JobRole | "Agency", number>>>;
  /** Chance that a theme is raised as something that works, by the score (1–5) of the item it follows. */
  positiveByScore: [number, number, number, number, number];
}

const shares = readDemoData<RespondentShares>("respondent-shares.json");
assertKeys("respondent-shares.json", "genderByRegion", shares.genderByRegion, REGIONS);
assertKeys("respondent-shares.json", "yearsQualifiedByRole", shares.yearsQualifiedByRole, JOB_ROLES);
assertKeys("respondent-shares.json", "agencyFactorByEthnicity", shares.agencyFactorByEthnicity, ETHNICITIES);
for (const byRegion of Object.values(shares.ethnicityByWaveAndRegion)) {
  assertKeys("respondent-shares.json", "ethnicityByWaveAndRegion", byRegion, REGIONS);
}
for (const [value] of shares.genderByRegion.London) {
  if (!GENDERS.includes(value)) throw new Error(`respondent-shares.json: unknown gender ${value}`);
}

const questions = readDemoData<Questions>("questions.json");
for (const priors of Object.values(questions.themePriors)) {
  assertKeys("questions.json", "themePriors", priors, THEME_CODES);
}

export const ROLE_SHARES = shares.roles;
export const GENDER_SHARES = shares.genderByRegion;
export const ETHNICITY_SHARES = shares.ethnicityByWaveAndRegion;
export const YEARS_BY_ROLE = shares.yearsQualifiedByRole;
export const AGENCY_RATE = shares.agencyRateByWave;
export const AGENCY_BY_ETHNICITY = shares.agencyFactorByEthnicity;

export const FREE_TEXT_QUESTIONS: readonly FreeTextQuestion[] = questions.freeText;
export const QUESTION_PRIORS = questions.themePriors;
export const ROLE_SHIFTS = questions.roleShifts;
export const POSITIVE_BY_SCORE = questions.positiveByScore;
