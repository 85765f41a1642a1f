/** Where a quote comes from decides its population: a survey wave's respondents, or a wave's focus-group participants. */
export type QuoteSourceKind = "survey" | "focus_group";

/** The person a quote comes from, as far as a label can describe them. */
export interface LabelSubject {
  kind: QuoteSourceKind;
  /** Attribute values by lower-case attribute name. */
  attributes: Record<string, string>;
  wave: string | null;
  /** The focus group's type ("team managers"); null for survey answers. */
  groupType: string | null;
}

/** One person of the quote's population. */
export interface PopulationMember {
  attributes: Record<string, string>;
  /** Group types of the focus groups this person spoke in (empty for respondents). */
  groupTypes: readonly string[];
}

export interface LabelPart {
  attribute: string;
  /** The value the label shows, possibly generalised. */
  value: string;
  /** The person's own value. */
  original: string;
  /** How many steps up the generalisation ladder `value` is. */
  level: number;
}

export interface FitStep {
  /** The label that fitted too few people. */
  label: string;
  fits: number;
  action: "generalised" | "dropped";
  attribute: string;
  from: string;
  to: string | null;
  /** Plain-language reason, e.g. "'Service manager, South East' fits 3 people; generalised role to 'manager'." */
  message: string;
}

export interface LabelOption {
  attribute: string;
  value: string;
}

export interface FitResult {
  /** The attribute names the author picked, in their order. */
  picked: string[];
  parts: LabelPart[];
  label: string;
  /** People of the population the final label fits. */
  fits: number;
  k: number;
  population: number;
  /** False when even the broadest label fits fewer than k people: the quote cannot be attributed safely. */
  ok: boolean;
  steps: FitStep[];
  /** Picked attributes that could not be used, with why. */
  ignored: { attribute: string; reason: string }[];
  summary: string;
}
