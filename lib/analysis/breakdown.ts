import type { Id, Share } from "./types";

/** The respondent attributes a theme is usually broken down by, as named in the project's attributes. */
export const BREAKDOWN_ATTRIBUTES = [
  "region",
  "role",
  "employment_type",
  "gender",
  "ethnicity",
  "years_qualified",
] as const;

/** The row for respondents with no value (or a blank one) for the attribute. */
export const NOT_STATED = "Not stated";

/** A respondent's attribute values by attribute name (region, role …). */
export interface RespondentAttributes {
  respondentId: Id;
  attributes: Readonly<Record<string, string | null | undefined>>;
}

export interface BreakdownRow extends Share {
  value: string;
}

export interface Breakdown {
  attribute: string;
  /** One row per attribute value; the rows' raised and base add up to the total's. */
  rows: BreakdownRow[];
  total: Share;
}

export interface BreakdownOptions {
  /** Values to list first, in this order, even when no respondent has them (e.g. every region). */
  order?: readonly string[];
  notStatedLabel?: string;
}
