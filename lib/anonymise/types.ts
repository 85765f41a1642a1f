/**
 * Offsets everywhere in this module are UTF-16 code units into the input string, end exclusive,
 * exactly as `String.prototype.slice` counts them.
 */
export type RedactionCategory =
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
  | "organisation"
  | "custom";

export type RedactionSource = "structured" | "list" | "roster" | "nlp" | "custom" | "manual";

export interface Redaction {
  start: number;
  end: number;
  category: RedactionCategory;
  text: string;
  replacement: string;
  reason: string;
  source: RedactionSource;
}

export type FlagKind = "name_like" | "age" | "years_of_service" | "unique_description" | "named_event";

export interface Flag {
  start: number;
  end: number;
  text: string;
  kind: FlagKind;
  reason: string;
}

export interface AnonymiseOptions {
  /** Full names of speakers or participants, and names found in attributes. */
  roster?: string[];
  /** The project's own list: agencies, teams, employers. */
  customTerms?: string[];
}

export interface AnonymiseResult {
  /** The input with every redaction's replacement applied. */
  text: string;
  redactions: Redaction[];
  flags: Flag[];
}

/** A detector's finding before overlaps are resolved and pseudonyms are numbered. */
export interface Detection {
  start: number;
  end: number;
  category: RedactionCategory;
  reason: string;
  source: RedactionSource;
  /** A fixed replacement (e.g. `[London borough]`); numbered categories leave it out. */
  replacement?: string;
  /** Mentions sharing an identity share a pseudonym, e.g. `roster:2` or `person:adaeze okonkwo`. */
  identity?: string;
}
