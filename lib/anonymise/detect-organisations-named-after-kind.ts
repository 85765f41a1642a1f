import nlp from "compromise";
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { wordTags } from "./known-words";
import { detection, type OrganisationKind } from "./organisation-detection";
import type { Detection } from "./types";

/** A plural kind of organisation and the kind its members are ("agencies", "the other teams"). */
const KINDS: Record<string, OrganisationKind | "team"> = {
  agencies: "agency",
  agency: "agency",
  locums: "agency",
  interpreters: "interpreting",
  teams: "team",
  firms: "employer",
  companies: "employer",
  providers: "employer",
  ifas: "employer",
  charities: "employer",
  hospitals: "hospital",
  courts: "court",
};
const PEOPLE_OF_A_FIRM = /^(?:locums|interpreters)$/iu;
/**
 * The kind, an optional aside ("3 agencies in 5 yrs"), then what introduces its members: a colon, a copula
 * ("the other teams r …") or "like", "such as", "incl", "mostly" ("gone to agency mostly …"). Note: the list itself is read word by word below.
 */
const INTRODUCED_LIST = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(KINDS).join("|")})(?:\\s+(?:in|over|across|since)\\s+[\\p{L}\\p{N} ]{1,20}?|\\s+(?:a|an|per|every|each)\\s+(?:day|week|month|year|fortnight))?(?:\\s*:|\\s*(\\.)(?=[ \\t])|\\s+(?:are|were|r|like|such as|incl|including|mostly|mainly|e\\.?g\\.?)(?=\\s))\\s*`,
  "giu",
);
/** What separates members of the list ("a, then b, now c", "a and b", "a / b"). */
const SEPARATOR =
  /^(?:\s*,\s*(?:(?:then|and|or|now|and now|plus)\s+)?|\s+(?:then|and|or|now|and now|plus|&)\s+|\s*\/\s*)/iu;
const MEMBER_WORD = /^[\p{L}][\p{L}'’&-]*/u;
/** Word classes that end a list: what describes or does, not what is named ("were awful", "are paying more"). */
const NOT_A_NAME_TAGS = [
  "Adjective",
  "Adverb",
  "Verb",
  "Determiner",
  "Pronoun",
  "Preposition",
  "Conjunction",
  "Value",
  "QuestionWord",
];
/** What compromise reads in context that ends a list; "Verb" only after a member's first word ("Walnut pay more"). */
const CONTEXT_ENDS_LIST = new Set([
  "Adjective",
  "Adverb",
  "Determiner",
  "Pronoun",
  "Possessive",
  "Preposition",
  "Value",
]);
const MOST_MEMBERS = 6;
const MOST_WORDS_IN_MEMBER = 3;

/**
 * Members listed after their kind are organisations whatever their words mean ("agencies: spring, then oak tree,
 * now beacon", "the other teams r dolphin and otter", "agencies like Thimble and Walnut"). A word that describes,
 * does or points ("were awful", "are a nightmare", "like ours") ends the list, so opinions about a kind name nothing.
 */
export function detectOrganisationsNamedAfterKind(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(INTRODUCED_LIST)) {
    const kind = KINDS[match[1].toLowerCase()];
    // Note: "Agency: Tidewater, contact …" is a note's field, read elsewhere; a singular kind opens a list only in talk.
    if (match[1].toLowerCase() === "agency" && match[0].includes(":")) continue;
    let at = match.index + match[0].length;
    // Note: "locums are SPS", not "interpreters r hit and miss": people of a firm are said to be its name in capitals.
    if (PEOPLE_OF_A_FIRM.test(match[1]) && !/^\p{Lu}/u.test(text.slice(at, at + 1))) continue;
    const afterFullStop = match[2] !== undefined;
    // Note: after a full stop only a list with a comma counts (below), so a sentence without one is not read at all.
    if (afterFullStop && !SENTENCE_WITH_COMMA.test(text.slice(at, at + 120))) continue;
    const tagsAt = contextTags(text, at);
    const members: Detection[] = [];
    let commas = 0;
    for (let member = 0; member < MOST_MEMBERS; member++) {
      const end = memberEnd(text, at, tagsAt, member > 0);
      if (end === at) break;
      // Note: "four teams. Duty, assessment, long term": after a full stop, words for a team's work name none.
      if (!(afterFullStop && describesWork(text.slice(at, end))))
        members.push(detection(at, end, kind, "Named in a list after its kind (“agencies: …”)", "nlp"));
      const separator = SEPARATOR.exec(text.slice(end, end + 12));
      if (!separator) break;
      if (separator[0].includes(",")) commas++;
      at = end + separator[0].length;
    }
    // Note: "5 agencies a week. vertex, bloom, …": after a full stop only a list set off by commas names the kind's
    // members; a sentence that follows ("Pay was better") does not.
    if (!afterFullStop || (members.length >= 2 && commas >= 1)) detections.push(...members);
  }
  return detections;
}

const SENTENCE_WITH_COMMA = /^[^.;!?\n,]*,/u;

/** A member made only of words for what a team does or for a service ("duty", "long term", "fostering service"). */
function describesWork(member: string): boolean {
  return member
    .toLowerCase()
    .split(/\s+/u)
    .every((word) => TEAM_DESCRIPTORS.has(word) || SERVICE_WORDS.has(word));
}

const SERVICE_WORDS = new Set("service services team teams unit units hub hubs".split(" "));

/**
 * compromise's reading of the rest of the sentence, by where each word starts. Note: read in context because its
 * word list lacks many adjectives ("awful", "terrible"); its guess of a verb is not trusted for a list's first word,
 * as names read as verbs ("spring", "oak").
 */
function contextTags(text: string, start: number): Map<number, string[]> {
  const rest = /^[^.;!?\n]{0,120}/u.exec(text.slice(start))?.[0] ?? "";
  const tags = new Map<number, string[]>();
  const read = nlp(rest).json({ offset: true, terms: { offset: true } }) as {
    terms: { tags: string[]; offset: { start: number } }[];
  }[];
  for (const term of read.flatMap((sentence) => sentence.terms)) tags.set(start + term.offset.start, term.tags);
  return tags;
}

/** Where a member starting at `start` ends: up to three words that are not describing, doing or pointing words. */
function memberEnd(text: string, start: number, tagsAt: Map<number, string[]>, separated: boolean): number {
  let end = start;
  for (let word = 0; word < MOST_WORDS_IN_MEMBER; word++) {
    const from = word === 0 ? start : end + 1;
    if (word > 0 && text[end] !== " ") break;
    const found = MEMBER_WORD.exec(text.slice(from, from + 40));
    if (!found || !couldBeNamed(found[0], tagsAt.get(from) ?? [], word > 0, separated)) break;
    end = from + found[0].length;
  }
  return end;
}

function couldBeNamed(word: string, inContext: string[], laterWord: boolean, separated: boolean): boolean {
  if (/^(?:then|and|or|now|plus|all|both|mostly|same|etc|lol|tbh|imo|haha|ffs|smh|idk)$/iu.test(word)) return false;
  const tags = wordTags(word.toLowerCase());
  // Note: "gable, then prism, now forge": after a separator a verb's plain form ("forge", "spring") is the next name.
  const plainVerb = separated && !laterWord && !tags.has("PastTense") && !tags.has("Gerund");
  if (NOT_A_NAME_TAGS.some((tag) => tags.has(tag) && !(plainVerb && tag === "Verb"))) return false;
  return !inContext.some((tag) => CONTEXT_ENDS_LIST.has(tag) || (laterWord && tag === "Verb"));
}
