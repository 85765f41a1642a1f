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
  /**
   * The waves this person took part in. Absent: the population is one wave's, so the wave fits everyone;
   * present (a focus-group population spans every wave), a label with the wave fits that wave's people only.
   */
  waves?: readonly string[];
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
  /** "fallback": not even a label with no attribute fitted k, so the quote is labelled "(participant)". */
  action: "generalised" | "dropped" | "fallback";
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

/** Where a quote's words come from: one turn of a transcript or one survey answer. */
export interface QuoteSource {
  kind: QuoteSourceKind;
  documentId: number;
  documentTitle: string;
  waveId: number | null;
  wave: string | null;
  groupType: string | null;
  turnId: number | null;
  answerId: number | null;
  participantId: number | null;
  /** The participant's name or the turn's speaker label: for researchers, never for a label. */
  speaker: string | null;
  respondentId: number | null;
  respondentExternalId: string | null;
  /** "participant:12" or "respondent:40": one person, one label per report. Null for an unassigned speaker. */
  personKey: string | null;
}
