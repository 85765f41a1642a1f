/** Pseudo-attributes a label may use besides the person's own attributes. */
export const WAVE_ATTRIBUTE = "wave";
export const GROUP_TYPE_ATTRIBUTE = "group type";

/**
 * Attribute names that never appear in a label: the local authority (never part of a label), and
 * anything that names a person, place, team or employer, or gives a date or contact detail.
 */
const FORBIDDEN = [
  /\bauthorit(y|ies)\b/i,
  /\bcouncil\b/i,
  /\bborough\b/i,
  /^la$/i,
  /\bemployer\b/i,
  /\borgani[sz]ation\b/i,
  /^team$/i,
  /\bteam name\b/i,
  /\bname\b/i,
  /\be-?mail\b/i,
  /\bphone\b/i,
  /\bdate\b/i,
  /\bheld\b/i,
  /^id$|\bid$/i,
  /\bpostcode\b/i,
  /\baddress\b/i,
  /\btown\b/i,
  /\bcity\b/i,
  /\boffice\b/i,
];

/** Values that say nothing about the person and are never offered ("n/a", blanks). */
const EMPTY_VALUES = new Set(["", "n/a", "na", "none", "unknown", "not known", "-"]);

export function isForbiddenLabelAttribute(name: string): boolean {
  return FORBIDDEN.some((pattern) => pattern.test(name.trim()));
}

export function isUsableValue(value: string | null | undefined): value is string {
  return typeof value === "string" && !EMPTY_VALUES.has(value.trim().toLowerCase());
}
