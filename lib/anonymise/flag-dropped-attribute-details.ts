import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";
import { escapeRegExp, foldForMatch } from "./text-matching";
import type { Flag, FlagKind } from "./types";

/** An attribute the quote's label had to drop (or generalise away), with the person's own value. */
export interface DroppedAttribute {
  attribute: string;
  value: string;
}

/** Words that give a role away even when the label no longer says it. */
const ROLE_CLUES: [RegExp, RegExp][] = [
  [
    /manager|head of|lead|director|supervisor/iu,
    /\b(?:I|we)\s+(?:manage[ds]?|managing|run|ran|lead|led|head|headed|supervise[ds]?|oversee|oversaw)\s+(?:an?\s+|the\s+|my\s+|our\s+|two\s+|three\s+)?(?:[\p{L}-]+\s+){0,3}?(?:team|teams|service|unit|hub|pod|practitioners|social workers|workers|staff)\b|\bmy\s+(?:team|staff|practitioners|social workers|direct reports)\b|\b(?:as|being)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:manager|head of service|team leader|lead)\b|\b(?:I['’]m|I am|as|being)\s+(?:an?\s+|the\s+)?(?:TM|ATM|DTM|SM|HoS|PSW|head of\b[^.,;!?]{0,30})|\bline[- ]manag(?:e|es|ed|ing|er of)\b[^.,;!?]{0,30}|\bmanaging\s+(?:an?\s+|the\s+|my\s+)?(?:[\p{L}-]+\s+){0,2}?(?:team|teams|service|unit|hub)\b/giu,
  ],
  [
    /senior|advanced|principal|consultant/iu,
    /\b(?:as|being)\s+(?:an?\s+|the\s+)?(?:senior|advanced|principal|consultant)\b[^.,;!?]{0,30}/giu,
  ],
  [
    /newly qualified|nqsw|asye/iu,
    /\b(?:my|the|an?)\s+(?:ASYE|NQSW)\b|\bnewly qualified\b|\bjust qualified\b|\b(?:my\s+)?first year (?:after qualifying|qualified|in practice|as a social worker)\b|\bsince (?:I )?qualif(?:ying|ied)\b/giu,
  ],
  [/student/iu, /\b(?:my|a|on)\s+(?:final\s+)?placement\b|\bas a student\b/giu],
];

const EMPLOYMENT_CLUES =
  /\b(?:agency|locum|locuming|interim|permanent|perm|temp|contract|contractor|part[- ]time|full[- ]time|bank staff|zero[- ]hours)\b/giu;
const GENDER_CLUES =
  /\b(?:(?:as|being|I['’]m)\s+an?\s+(?:man|woman|male|female|mum|mother|dad|father|bloke|guy|lad)|(?:the\s+only|one of the few|one of (?:only\s+)?(?:two|three|four|a few|a handful of))\s+(?:man|woman|male|female|men|women|blokes|guys|lads))\b/giu;

const STOPWORDS = new Set(
  "and or the a an of in on at to for with other not known prefer say any all none years year".split(" "),
);

/**
 * When a quote's label drops an attribute (to fit k people), the quote's text may still give the same
 * detail away ("I manage an assessment team" when the role was dropped). Each such passage is
 * returned as a flag for the author; offsets are UTF-16 code units into `text`, end exclusive.
 */
export function flagDroppedAttributeDetails(text: string, dropped: readonly DroppedAttribute[]): Flag[] {
  const flags: Flag[] = [];
  for (const { attribute, value } of dropped) {
    const name = attribute.trim().toLowerCase();
    const reason = `The label no longer gives ${name} (${value}), but the text still does`;
    const add = (start: number, end: number, kind: FlagKind) =>
      flags.push({ start, end, text: text.slice(start, end), kind, reason });
    for (const found of findValueWords(text, value)) add(found.start, found.end, kindFor(name));
    if (name === "role" || name.includes("job")) {
      for (const [whenValue, pattern] of ROLE_CLUES) {
        if (!whenValue.test(value)) continue;
        for (const match of text.matchAll(pattern))
          add(match.index, match.index + match[0].trimEnd().length, "unique_description");
      }
    } else if (name.includes("employment") || name.includes("contract")) {
      for (const match of text.matchAll(EMPLOYMENT_CLUES))
        add(match.index, match.index + match[0].length, "unique_description");
    } else if (name.includes("gender") || name === "sex") {
      for (const match of text.matchAll(GENDER_CLUES))
        add(match.index, match.index + match[0].length, "unique_description");
    } else if (name.includes("year") || name.includes("experience") || name.includes("service")) {
      for (const flag of flagQuasiIdentifiers(text)) {
        if (flag.kind === "years_of_service") add(flag.start, flag.end, "years_of_service");
      }
    } else if (name === "age" || name.includes("age band")) {
      for (const flag of flagQuasiIdentifiers(text)) if (flag.kind === "age") add(flag.start, flag.end, "age");
    }
  }
  return mergeSame(text, flags);
}

function kindFor(attribute: string): FlagKind {
  if (attribute === "age") return "age";
  if (attribute.includes("year") || attribute.includes("experience")) return "years_of_service";
  return "unique_description";
}

/** The value itself ("Team manager") or its telling words ("Somali", "Kent"), whole words, any case. */
function findValueWords(text: string, value: string): { start: number; end: number }[] {
  const folded = foldForMatch(text);
  const whole = foldForMatch(value.trim());
  const phrases = [whole, ...whole.split(/[\s/,()-]+/u).filter((word) => word.length >= 4 && !STOPWORDS.has(word))];
  const found: { start: number; end: number }[] = [];
  for (const phrase of new Set(phrases)) {
    if (!phrase || /^\d+([-–]\d+)?\+?$/u.test(phrase)) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase).replace(/\s+/gu, "\\s+")}(?![\\p{L}\\p{N}])`,
      "gu",
    );
    for (const match of folded.matchAll(pattern))
      found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function mergeSame(text: string, flags: Flag[]): Flag[] {
  const sorted = [...flags].sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: Flag[] = [];
  for (const flag of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && flag.start < previous.end) {
      previous.end = Math.max(previous.end, flag.end);
      previous.text = text.slice(previous.start, previous.end);
      continue;
    }
    kept.push({ ...flag });
  }
  return kept;
}
