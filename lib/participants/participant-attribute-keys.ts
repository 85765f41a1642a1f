import { STANDARD_ATTRIBUTES } from "../attributes/standard-attributes";

/** The attributes asked for every participant; any other key may be added too. */
export const PARTICIPANT_ATTRIBUTE_KEYS = STANDARD_ATTRIBUTES;

export const MAX_ATTRIBUTE_NAME_LENGTH = 60;
export const MAX_ATTRIBUTE_VALUE_LENGTH = 200;
export const MAX_ATTRIBUTES_PER_PARTICIPANT = 40;

/** Attribute names are stored trimmed, lower case, with single spaces ("Employment  Type" → "employment type"). */
export function normaliseAttributeName(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
