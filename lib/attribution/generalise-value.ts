/**
 * One step up the generalisation ladder for an attribute value, or null when the value is already as
 * broad as it gets (the attribute is then dropped instead). Keys are lower case; values are what the
 * label shows.
 */
const LADDERS: Record<string, Record<string, string>> = {
  role: {
    "senior social worker": "social worker",
    "newly qualified social worker": "social worker",
    "advanced practitioner": "social worker",
    "senior practitioner": "social worker",
    "principal social worker": "social worker",
    "consultant social worker": "social worker",
    "service manager": "manager",
    "team manager": "manager",
    "assistant team manager": "manager",
    "deputy team manager": "manager",
    "practice manager": "manager",
    "head of service": "manager",
  },
  "years qualified": {
    "0-2": "0-5",
    "3-5": "0-5",
    "6-10": "6+",
    "11+": "6+",
  },
};

export function generaliseValue(attribute: string, value: string): string | null {
  const next = LADDERS[attribute.toLowerCase()]?.[normaliseValue(value)];
  if (!next || normaliseValue(next) === normaliseValue(value)) return null;
  return next;
}

/** The value at `level` steps up its ladder (level 0 is the value itself); null past the top. */
export function generaliseTo(attribute: string, value: string, level: number): string | null {
  let current: string | null = value;
  for (let step = 0; step < level && current !== null; step++) current = generaliseValue(attribute, current);
  return current;
}

/** Values compare case- and spacing-insensitively, with en dashes read as hyphens ("0–2" is "0-2"). */
export function normaliseValue(value: string): string {
  return value.trim().replace(/\s+/g, " ").replace(/[–—]/g, "-").toLowerCase();
}
