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
