import type { Flag } from "../types";

/** What the evaluation expects to be redacted; `roster` is scored separately from `person`. */
export type GoldCategory =
  | "email"
  | "phone"
  | "postcode"
  | "nhs_number"
  | "ni_number"
  | "url"
  | "case_number"
  | "date"
  | "authority"
  | "place"
  | "person"
  | "organisation";

export interface GoldSpan {
  /** Every whole-word, case-sensitive occurrence of this text in the passage is one gold span. */
  text: string;
  category: GoldCategory;
}

export interface ExpectedFlag {
  text: string;
  /** `quasi_identifier` accepts any flag but `name_like` (age, length of service, description, event). */
  kind: Flag["kind"] | "quasi_identifier";
}

export interface LabelledPassage {
  id: string;
  text: string;
  gold: GoldSpan[];
  /** When present, the passage is run a second time with this roster to score roster recall. */
  roster?: string[];
  customTerms?: string[];
  expectedFlags?: ExpectedFlag[];
  /** Which writing round the passage came from (tuning set only): first, second, third, fourth. */
  batch?: string;
}
