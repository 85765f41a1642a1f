// Streets, offices and towns named in lower case by a street's or a place's last word or a town's first: "b&b on marine
// parade", "round kennet way", "west heather office", "the cinder hill office", "moved to high tandem".
import { isCountryOrRegion, isEverydayWord, isIdentityWord, type SpanIndex, wordTags } from "./known-words";
import { GENERIC_WORDS } from "./organisation-detection";
import { hasNoEverydaySense, isServiceWord, NOT_A_PLACE_IN_LOWER_CASE } from "./place-word-senses";
import { firstStartingAt, foldForMatch, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Words that put someone somewhere, before "in", "to", "from", "near" or "on": "lives in", "grew up in", "moved to". */
export const PLACE_VERBS =
  /^(?:live|lives|lived|living|moved|move|moves|moving|relocated|relocating|settled|up|born|raised|based|originally|grandparents|nan|nana|gran|granny|family|relatives|cousins|drive|drives|drove|driving|commute|commutes|commuting|travel|travels|travelled|travelling|came|comes|coming|fled|visiting|visited|stays|staying|stayed)$/u;
export const DIRECTIONS =
  /^(?:north|south|east|west|central|inner|outer|upper|lower|northern|southern|eastern|western)$/u;
/** "b&b on marine parade", "round kennet way": a lower-case word and a street's last word after where someone is. */
const LOWER_CASE_STREET =
  /\b(?:on|off|along|round|near|at)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})[ \t]+(way|parade|mews|rise)(?![\p{L}])/gu;
/** Word classes that make the pair a phrase ("on the way", "round our way", "on parade", "on one way"). */
const NOT_A_STREET_NAME_TAGS = [
  "Determiner",
  "Pronoun",
  "Possessive",
  "Value",
  "Adverb",
  "Preposition",
  "Conjunction",
  "Verb",
];
/**
 * "sandwell, west heather office", "the cinder hill office", "the pebble place office": a compass word and a name, or
 * a name and a place's last word, before the word for an office name where it is, whatever the name means.
 */
const TWO_WORD_OFFICE =
  /(?=\p{L})(?<![\p{L}'’-])(?:(north|south|east|west|central)[ \t]+(\p{L}[\p{L}'’-]{2,})|(\p{L}[\p{L}'’-]{2,})[ \t]+(?:hill|place|park|green|cross|gate|square|bridge|common|heath|vale))(?=[ \t]+(?:office|offices|base|site|depot)\b)/giu;
export const NOT_AN_OFFICE_NAME = [
  "Adjective",
  "Determiner",
  "Pronoun",
  "Value",
  "Possessive",
  "Adverb",
  "Preposition",
  "Verb",
];

/**
 * "moved to high tandem", "from umber to high umber": in lower case, a town's first word ("high", "great", "little",
 * "upper", "market", a compass word) and a word, after a preposition of place.
 */
const PREFIXED_TOWN =
  /\b(?:to|from|in|near)[ \t]+((?:high|great|little|upper|lower|long|market|kings|north|south|east|west)[ \t]+(\p{Ll}[\p{Ll}'’-]{2,}))(?![\p{L}'’-])/dgu;
const NOT_A_TOWN_TAGS = [...NOT_A_STREET_NAME_TAGS, "Plural", "Adjective", "Gerund", "PastTense"];

function place(start: number, end: number, reason: string): Detection {
  return { start, end, category: "place", reason, source: "nlp", replacement: "[place]" };
}

/** Streets by their last word after where someone is, and offices by a compass word or a place's kind. */
export function detectStreetsAndOfficesByKind(text: string, allowed: SpanIndex, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(PREFIXED_TOWN)) {
    // Note: the town's own place from the match's indices: "to\thigh\ttandem" has no space to find.
    const [start, end] = match.indices?.[1] ?? [match.index, match.index + match[0].length];
    const name = match[2];
    const folded = foldForMatch(name);
    const tags = wordTags(name);
    if (NOT_A_TOWN_TAGS.some((tag) => tags.has(tag)) || NOT_A_PLACE_IN_LOWER_CASE.test(folded)) continue;
    if (isServiceWord(folded) || isEverydayWord(name) || isIdentityWord(name) || isCountryOrRegion(name)) continue;
    if (allowed.contains(start, end)) continue;
    const at = firstStartingAt(tokens, end - name.length);
    // Note: "moved to market rent", "moved to long stay": a word with an everyday sense makes a phrase, even after a
    // verb of moving or with the word said bare before.
    if (tokens[at] !== undefined && hasNoEverydaySense(tokens[at]))
      detections.push(place(start, end, "Town named by its first word and a name, in lower case"));
  }
  for (const match of text.matchAll(LOWER_CASE_STREET)) {
    const tags = wordTags(match[1]);
    // Note: "on wrong way", "on main parade": a describing word before "way" makes a phrase; "marine parade" is a name.
    if (NOT_A_STREET_NAME_TAGS.some((tag) => tags.has(tag)) || (match[2] === "way" && tags.has("Adjective"))) continue;
    const start = match.index + match[0].length - match[0].replace(/^\p{L}+[ \t]+/u, "").length;
    if (isServiceWord(foldForMatch(match[1])) || allowed.contains(start, match.index + match[0].length)) continue;
    detections.push(place(start, match.index + match[0].length, "Street typed in lower case by its last word"));
  }
  for (const match of text.matchAll(TWO_WORD_OFFICE)) {
    const name = match[2] ?? match[3];
    const tags = wordTags(name);
    const folded = foldForMatch(name);
    if (DIRECTIONS.test(folded) || isServiceWord(folded) || GENERIC_WORDS.has(folded) || isIdentityWord(name)) continue;
    if (/^(?:team|teams|side|wing|coast|end|region|area|patch|locality|hub)$/u.test(folded)) continue;
    if (NOT_AN_OFFICE_NAME.some((tag) => tags.has(tag)) || allowed.contains(match.index, match.index + match[0].length))
      continue;
    // Note: "the car park office", "the science park site": before a place's kind, a word with an everyday sense names
    // no office unless capitalised.
    const token = tokens[firstStartingAt(tokens, match.index)];
    if (match[3] !== undefined && !/^\p{Lu}/u.test(name) && (token === undefined || !hasNoEverydaySense(token)))
      continue;
    detections.push(
      place(match.index, match.index + match[0].length, "Office named by a compass word or a place's kind"),
    );
  }
  return detections;
}
