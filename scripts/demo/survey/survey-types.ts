import type { QuestionKind, YearsQualified } from "./compose-answer";

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

export interface FreeTextQuestion {
  kind: QuestionKind;
  header: string;
  answerRate: number;
}

export type Weighted<T> = ReadonlyArray<readonly [T, number]>;

export interface Respondent {
  id: string;
  region: Region;
  role: JobRole;
  employment: EmploymentType;
  gender: Gender;
  ethnicity: Ethnicity;
  yearsQualified: YearsQualified;
}
