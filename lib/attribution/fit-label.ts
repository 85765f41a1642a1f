import { formatLabel } from "./format-label";
import { generaliseValue, normaliseValue } from "./generalise-value";
import { GROUP_TYPE_ATTRIBUTE, isForbiddenLabelAttribute, isUsableValue, WAVE_ATTRIBUTE } from "./label-attributes";
import type { FitResult, FitStep, LabelOption, LabelPart, LabelSubject, PopulationMember } from "./types";

/** k is a project setting, but never below this, whatever is stored. */
export const MIN_K = 5;

const PREFERRED_ORDER = ["role", "region", "employment type", "years qualified", "gender", "ethnicity"];

/** The attributes an author may pick for this person's label, with the value each would show. */
export function labelOptions(subject: LabelSubject): LabelOption[] {
  const options: LabelOption[] = [];
  const names = Object.keys(subject.attributes)
    .filter((name) => name !== WAVE_ATTRIBUTE && name !== GROUP_TYPE_ATTRIBUTE)
    .filter((name) => !isForbiddenLabelAttribute(name) && isUsableValue(subject.attributes[name]))
    .sort((left, right) => rank(left) - rank(right) || left.localeCompare(right));
  for (const name of names) options.push({ attribute: name, value: subject.attributes[name].trim() });
  if (subject.kind === "focus_group" && isUsableValue(subject.groupType)) {
    options.push({ attribute: GROUP_TYPE_ATTRIBUTE, value: subject.groupType.trim() });
  }
  if (isUsableValue(subject.wave)) options.push({ attribute: WAVE_ATTRIBUTE, value: subject.wave.trim() });
  return options;
}

function rank(name: string): number {
  const index = PREFERRED_ORDER.indexOf(name);
  return index === -1 ? PREFERRED_ORDER.length : index;
}

/**
 * Builds the label from the picked attributes and checks it fits at least k people of the population.
 * While it fits fewer, the most specific attribute (the one fewest people share on its own; the later
 * pick on a tie) is generalised one step ("Senior social worker" → "social worker") or, at the top of
 * its ladder, dropped. Each step says why.
 */
/** The label of last resort: no attribute, wave or setting, hidden among everyone in the project. */
export const FALLBACK_LABEL = "(participant)";

export interface FitOptions {
  /**
   * Everyone the project holds (respondents and focus-group participants). When not even a label with no
   * attribute fits k of the population, the quote falls back to `FALLBACK_LABEL` over these people.
   */
  projectPeople?: number;
}

export function fitLabel(
  subject: LabelSubject,
  population: readonly PopulationMember[],
  picked: readonly string[],
  k: number,
  options: FitOptions = {},
): FitResult {
  const minimum = Math.max(MIN_K, Math.floor(k));
  const available = new Map(labelOptions(subject).map((option) => [option.attribute, option.value]));
  const ignored: FitResult["ignored"] = [];
  const parts: LabelPart[] = [];
  for (const raw of picked) {
    const attribute = raw.trim().toLowerCase();
    if (parts.some((part) => part.attribute === attribute) || ignored.some((i) => i.attribute === attribute)) continue;
    const value = available.get(attribute);
    if (value !== undefined) {
      parts.push({ attribute, value, original: value, level: 0 });
      continue;
    }
    ignored.push({ attribute, reason: ignoreReason(subject, attribute) });
  }

  const steps: FitStep[] = [];
  let fits = countMatches(population, parts, subject);
  while (fits < minimum && parts.length > 0) {
    const label = formatLabel(subject.kind, parts);
    const target = mostSpecific(population, parts, subject);
    const part = parts[target];
    const next = generaliseValue(part.attribute, part.value);
    if (next) {
      steps.push({
        label,
        fits,
        action: "generalised",
        attribute: part.attribute,
        from: part.value,
        to: next,
        message: `‘${label}’ fits ${people(fits)}; generalised ${part.attribute} ‘${part.value}’ to ‘${next}’.`,
      });
      parts[target] = { ...part, value: next, level: part.level + 1 };
    } else {
      steps.push({
        label,
        fits,
        action: "dropped",
        attribute: part.attribute,
        from: part.value,
        to: null,
        message: `‘${label}’ fits ${people(fits)}; dropped ${part.attribute}.`,
      });
      parts.splice(target, 1);
    }
    fits = countMatches(population, parts, subject);
  }
  const label = formatLabel(subject.kind, parts);
  const projectPeople = options.projectPeople ?? 0;
  if (fits < minimum && parts.length === 0 && projectPeople >= minimum) {
    const where = subject.kind === "focus_group" ? "focus-group participants of every wave" : "the wave's respondents";
    steps.push({
      label,
      fits,
      action: "fallback",
      attribute: "",
      from: label,
      to: FALLBACK_LABEL,
      message: `Even ‘${label}’ fits only ${people(fits)} among the ${where}; labelled ‘${FALLBACK_LABEL}’ instead, which fits the project's ${people(projectPeople)}.`,
    });
    return {
      picked: [...picked],
      parts: [],
      label: FALLBACK_LABEL,
      fits: projectPeople,
      k: minimum,
      population: projectPeople,
      ok: true,
      steps,
      ignored,
      summary: `‘${FALLBACK_LABEL}’ fits ${people(projectPeople)} (k = ${minimum}): no label naming an attribute, the wave or the focus group fits k people, so the quote is attributed to a participant of the project.`,
    };
  }
  const ok = fits >= minimum;
  const summary = ok
    ? `‘${label}’ fits ${people(fits)} (k = ${minimum}).`
    : `Even ‘${label}’ fits only ${people(fits)}, fewer than k = ${minimum}: this quote cannot be attributed safely.`;
  return {
    picked: [...picked],
    parts,
    label,
    fits,
    k: minimum,
    population: population.length,
    ok,
    steps,
    ignored,
    summary,
  };
}

function ignoreReason(subject: LabelSubject, attribute: string): string {
  if (isForbiddenLabelAttribute(attribute)) return "never part of a label";
  if (attribute === GROUP_TYPE_ATTRIBUTE && subject.kind === "survey") return "survey answers have no focus group";
  return "not recorded for this person";
}

function people(count: number): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? "person" : "people"}`;
}

function countMatches(
  population: readonly PopulationMember[],
  parts: readonly LabelPart[],
  subject: LabelSubject,
): number {
  let count = 0;
  for (const member of population) if (parts.every((part) => matches(member, part, subject))) count++;
  return count;
}

/** The part fewest people share on its own; on a tie, the one picked later. */
function mostSpecific(
  population: readonly PopulationMember[],
  parts: readonly LabelPart[],
  subject: LabelSubject,
): number {
  let best = 0;
  let bestCount = Number.POSITIVE_INFINITY;
  parts.forEach((part, index) => {
    const count = countMatches(population, [part], subject);
    if (count <= bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

/**
 * A member fits a part when the part's value is on the member's generalisation ladder: "social worker"
 * fits social workers, senior and newly qualified ones alike. The wave fits everyone of a one-wave
 * population, and those who took part in it where members carry their waves.
 */
function matches(member: PopulationMember, part: LabelPart, subject: LabelSubject): boolean {
  const wanted = normaliseValue(part.value);
  if (part.attribute === WAVE_ATTRIBUTE) {
    return member.waves === undefined || member.waves.some((wave) => normaliseValue(wave) === wanted);
  }
  if (part.attribute === GROUP_TYPE_ATTRIBUTE) {
    return subject.kind === "focus_group" && member.groupTypes.some((type) => normaliseValue(type) === wanted);
  }
  let value: string | null = member.attributes[part.attribute] ?? null;
  if (!isUsableValue(value)) return false;
  while (value !== null) {
    if (normaliseValue(value) === wanted) return true;
    value = generaliseValue(part.attribute, value);
  }
  return false;
}
