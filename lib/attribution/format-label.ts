import { GROUP_TYPE_ATTRIBUTE, WAVE_ATTRIBUTE } from "./label-attributes";
import type { LabelPart, QuoteSourceKind } from "./types";

/**
 * The label as a report prints it: the person's attribute values in the author's order, then what
 * they took part in and the wave, e.g. "Social worker, London, survey respondent, 2025" or
 * "Manager, team managers' focus group, 2025". Never a date, authority or group name.
 */
export function formatLabel(kind: QuoteSourceKind, parts: readonly LabelPart[]): string {
  const values: string[] = [];
  let wave: string | null = null;
  let groupType: string | null = null;
  for (const part of parts) {
    if (part.attribute === WAVE_ATTRIBUTE) wave = part.value;
    else if (part.attribute === GROUP_TYPE_ATTRIBUTE) groupType = part.value;
    else values.push(formatValue(part));
  }
  const setting =
    kind === "survey" ? "survey respondent" : groupType ? groupPhrase(groupType) : "focus-group participant";
  const words = [...values, setting, ...(wave ? [wave] : [])].join(", ");
  return words.charAt(0).toLocaleUpperCase("en-GB") + words.slice(1);
}

function formatValue(part: LabelPart): string {
  if (part.attribute === "years qualified") return `${part.value.replace(/-/g, "–")} years qualified`;
  return part.value.trim();
}

/** "team managers" → "team managers' focus group"; a type already naming a group is kept as it is. */
export function groupPhrase(groupType: string): string {
  const clean = groupType.trim().replace(/\s+/g, " ");
  if (/\b(group|focus group)$/i.test(clean)) return clean.charAt(0).toLowerCase() + clean.slice(1);
  const lower = clean.charAt(0).toLowerCase() + clean.slice(1);
  if (/s$/i.test(lower)) return `${lower}' focus group`;
  return `${lower} focus group`;
}
