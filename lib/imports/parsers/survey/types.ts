/** A survey export read into a grid of trimmed strings: one header per column, one row per respondent. */
export interface ParsedSurvey {
  format: "csv" | "xlsx";
  headers: string[];
  /** Every row has exactly `headers.length` cells, each trimmed of outer whitespace. */
  rows: string[][];
  encoding: string;
  delimiter: string | null;
  warnings: string[];
  /** The row number in the file (header row = 1) of each entry of `rows`, for error messages. */
  rowNumbers?: number[];
  /** The survey tool that wrote the export, when recognised by its headers. */
  tool?: { id: SurveyTool; name: string };
  /** What the tool's own columns are, by column; they guide the mapping proposal. */
  columnHints?: (ColumnHint | undefined)[];
  /** Responses left out because the tool marks them as previews or tests (Qualtrics). */
  excludedResponses?: { preview: number; test: number };
}

export type SurveyTool =
  | "qualtrics"
  | "qualtrics-legacy"
  | "surveymonkey"
  | "microsoft-forms"
  | "google-forms"
  | "limesurvey"
  | "smartsurvey";

/** "identifier": a person's email, name or IP address: never an attribute, never imported. */
export interface ColumnHint {
  role: "identifier" | "ignore" | "text" | "attribute";
  reason: string;
}

export type ColumnRole = "id" | "attribute" | "likert" | "text" | "ignore";

export interface ColumnMapping {
  column: number;
  header: string;
  role: ColumnRole;
  /** The attribute name, for role "attribute" (e.g. "region", "employment type"). */
  attribute?: string;
  /** The metric a Likert column measures; null when none matched. */
  metricKey?: string | null;
  /** Why the proposal chose this role, when the survey tool's layout decided it. */
  reason?: string;
}

export interface MetricLabel {
  key: string;
  label: string;
}

export interface SurveyRespondent {
  externalId: string;
  attributes: Record<string, string>;
  /** Likert scores (1–5) by column header; blank answers are absent. */
  likert: Record<string, number>;
}

export interface SurveyAnswer {
  /** Index into `SurveyRecords.respondents`. */
  respondentIndex: number;
  text: string;
}

export interface SurveyRecords {
  respondents: SurveyRespondent[];
  questions: { header: string; answers: SurveyAnswer[] }[];
  likertColumns: { header: string; metricKey: string | null }[];
  /** Attribute values whose spellings were merged; `variants` are the other spellings seen. */
  attributeMerges: { attribute: string; canonical: string; variants: string[] }[];
}
