// Any word, ordinary or not, in a slot only a person fills: beside the speaker or a found name, owning a mum, named.
import { BEFORE_A_DATE } from "./detect-addressed-names";
import { isEnglishWordForm, type SpanIndex, wordTags } from "./known-words";
import { describedAsPerson, isPastTenseVerb, nextWords, previousWords } from "./name-context";
import { HONORIFICS, PERSON_INTRODUCERS, PERSON_OBJECT_VERBS, PLACE_NOUNS_AFTER } from "./name-cues";
import { BODIES, isAdjectiveOnly, namedByRole, plainWordCue, VERB_SENSE_BEFORE } from "./name-plain-word-cues";
import { predicateIsPerson } from "./name-predicates";
import { DISCOURSE_OPENERS } from "./name-slots";
import { isAnyGivenName } from "./name-token-facts";
import { DEPARTMENTS, GROUP_HEADS } from "./name-word-classes";
import { teamAfter } from "./name-work-cues";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Tags of words that never stand as a name whatever the slot ("me and the kids", "her name was on the list"). */
const NEVER_NAME_TAGS = [
  "Pronoun",
  "Determiner",
  "Preposition",
  "Conjunction",
  "QuestionWord",
  "Copula",
  "Auxiliary",
  "Negative",
  "Expression",
  "Value",
  "Adverb",
];

/** Months and days, which the allow-list keeps from the other rules; "May" is tagged a modal, not a month. */
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** Words before a word that give it its everyday sense ("the rain and I", "in April and May", "of joy"). */
const ORDINARY_SENSE_BEFORE = new Set(
  `the a an this that these those my your our their his her its some any no every each of in on at by for from to
  since until till during before after between last next early late mid very too such`.split(/\s+/u),
);

/** Words of time and place, and pronouns the lexicon files as nouns, that are never a person's name. */
const NEVER_NAMES = new Set(
  `today yesterday tomorrow tonight weekend week month year morning afternoon day there here where nothing something
  anything everything everyone someone anyone nobody none thanks has have had got get gets does did goes went
  staff management leadership workforce`.split(/\s+/u),
);

/** Relations and carers a person has ("Thursday's mum", "rain's partner"), never a thing or a day. */
const RELATIONS = new Set(
  `mum mother dad father son daughter brother sister sisters brothers cousin uncle aunt auntie nan nana gran grandma
  grandmother grandad grandfather partner husband wife boyfriend girlfriend baby kids children siblings stepdad
  stepmum carer carers keyworker`.split(/\s+/u),
);

/** Subjects of "calls …" that make the word after it a nickname ("a guy everyone calls doc"). */
const NAMERS = new Set("everyone everybody they people we kids staff he she".split(" "));

/** Words after "her name was …" that are no name ("unknown", "on the list"). */
const NOT_A_NAME_GIVEN = new Set(
  "unknown irrelevant familiar important withheld redacted known mentioned listed spelt spelled missing there wrong right".split(
    " ",
  ),
);

const FINITE_AFTER_MODAL = new Set(["is", "was", "has", "had", "'s", "’s", "isn't", "wasn't", "hasn't", "said"]);

interface Slot {
  tokens: WordToken[];
  index: number;
  text: string;
  people: SpanIndex;
  lowerCaseTyped: boolean;
}

/**
 * "Me and April", "May and I", "Olumide, April and Mr Brightwell", "Thursday's mum", "Can told me", "my practice
 * educator rain actually read", "her name was temperance?", "a guy everyone calls doc": a word in a slot only a
 * person fills is a name, whatever its everyday sense, unless an article, a preposition of time or a compound
 * gives it that sense.
 */
export function detectNamesInPersonSlots(
  text: string,
  tokens: WordToken[],
  found: Detection[],
  allowed: SpanIndex,
  people: SpanIndex,
): Detection[] {
  const detections: Detection[] = [];
  const lowerCaseTyped = isTypedInLowerCase(text);
  for (const [index, token] of tokens.entries()) {
    if (people.overlaps(token.start, token.baseEnd)) continue;
    const tags = wordTags(token.folded);
    if (!CALENDAR.test(token.folded) && allowed.overlaps(token.start, token.baseEnd)) continue;
    if (!couldStandAsName(token, tags)) continue;
    const reason = personSlot({ tokens, index, text, people, lowerCaseTyped }, tags);
    if (reason === null) continue;
    detections.push({
      start: token.start,
      end: token.baseEnd,
      category: "person",
      reason,
      source: "nlp",
      identity: `person:${token.folded}`,
    });
  }
  return [...detections, ...calendarRepeats(text, tokens, detections, found)];
}

function couldStandAsName(token: WordToken, tags: Set<string>): boolean {
  const { folded } = token;
  if (token.base.length < 3 || (token.allCaps && token.base.length > 1) || /\p{N}/u.test(token.base)) return false;
  if (PERSON_INTRODUCERS.has(folded) || HONORIFICS.has(folded) || NEVER_NAMES.has(folded)) return false;
  if (PERSON_INTRODUCERS.has(folded.replace(/s$/u, ""))) return false;
  // Note: "I'm", "didn't" are no names; "O'Neill", "D'Souza" are.
  if (/['’]/u.test(token.base) && !/^\p{L}['’]\p{L}{3,}/u.test(token.base)) return false;
  if (DEPARTMENTS.has(folded) || GROUP_HEADS.has(folded) || tags.has("Plural")) return false;
  return !NEVER_NAME_TAGS.some((tag) => tags.has(tag));
}

function personSlot(slot: Slot, tags: Set<string>): string | null {
  const { tokens, index, text } = slot;
  const token = tokens[index];
  const prior = previousWords(text, token.start, 4);
  const after = nextWords(text, token.end, 8);
  const last = prior[prior.length - 1];
  if (last !== undefined && ORDINARY_SENSE_BEFORE.has(last)) return null;
  const modal = tags.has("Modal");
  // Note: a capitalised modal before a finite verb is its subject ("Can told me", "Will is off").
  if (modal) {
    if (!token.capitalised) return null;
    const finite = FINITE_AFTER_MODAL.has(after[0] ?? "") || isPastTenseVerb(after[0] ?? "");
    if (finite && !CALENDAR.test(token.folded)) return "Modal before a finite verb";
  }
  if (token.sentenceInitial && DISCOURSE_OPENERS.has(token.folded)) return null;
  if (!modal && namedBefore(prior) && !NOT_A_NAME_GIVEN.has(token.folded) && nameEnds(after))
    return "Given as a name (“her name was …”, “everyone calls …”)";
  if (tags.has("Gerund")) return null;
  // Note: in a text typed with capitals, a lower-case English word keeps its everyday sense.
  if (!token.capitalised && !slot.lowerCaseTyped && isEnglishWordForm(token.base)) return null;
  if (token.possessive) {
    // Note: "Tuesday's mum group": a relation that opens a compound is no one's relation.
    const compound = opensCompound(after[1]);
    if ((RELATIONS.has(after[0] ?? "") && !compound) || (after[0] === "social" && after[1] === "worker"))
      return "Owner of a relation or carer (“…'s mum”)";
    const article = ["the", "a", "an", "my", "our", "their", "his", "her", "one"].includes(after[0] ?? "");
    if (article && predicateIsPerson(["is", ...after])) return "Described as a person (“…'s the other NQ”)";
    return null;
  }
  if (besideSpeaker(prior, after, token)) return "Listed with the speaker (“me and …”, “… and I”)";
  if (pairBothPeople(prior, after) && !isAdjectiveOnly(tags))
    return "One of a pair who both are or do what people do (“… and … are both social workers”)";
  if (besidePerson(slot) && canBeListedName(token, tags)) return "Listed beside a person's name";
  if (modal) return null;
  if (token.capitalised && withSomeone(prior) && fromABody(text, token.end, after))
    return "Capitalised word before a team or body";
  if (token.capitalised && apposedToPerson(after)) return "Described as a person after a dash";
  if (token.capitalised && !isAdjectiveOnly(tags) && firstOfDescribedName(slot))
    return "First word of a name described as a person";
  if (!token.capitalised && slot.lowerCaseTyped && isEnglishWordForm(token.base)) {
    const cue = plainWordCue(prior, after, tags, token.folded);
    if (cue !== null) return cue;
  }
  if (!token.capitalised && isEnglishWordForm(token.base) && namedByRole(prior, after, tags, token.folded))
    return "Word after a person's role (“my practice educator …”)";
  return null;
}

/** "me and …", "…, me and", "… and I", "… and me": the speaker's companion. */
/** "group" in "mum group": an English word after a noun that is no verb, function word or adverb. */
function opensCompound(word: string | undefined): boolean {
  if (word === undefined || !/^\p{L}/u.test(word) || !isEnglishWordForm(word)) return false;
  const tags = wordTags(word);
  return !["Verb", "Adverb", "Adjective", ...NEVER_NAME_TAGS, "Modal"].some((tag) => tags.has(tag));
}

/** "questions", "managers": a lower-case English plural, its singular a word too. */
function isPluralNoun(word: string): boolean {
  return /^\p{Ll}+[^s]s$/u.test(word) && isEnglishWordForm(word.slice(0, -1)) && !wordTags(word).has("Singular");
}

function besideSpeaker(prior: string[], after: string[], token: WordToken): boolean {
  const last = prior[prior.length - 1];
  if (last === "and" && prior[prior.length - 2] === "me") return !/^\p{Ll}/u.test(after[0] ?? "") || after[0] === "and";
  if (after[0] !== "and" || !["i", "me", "myself"].includes(after[1] ?? "")) return false;
  if (after[1] === "me" && token.sentenceInitial === false && last !== undefined && last !== ",") return false;
  return last === undefined || /^[,;:.!?()—–]$/u.test(last) || ["so", "then", "but", "when", "because"].includes(last);
}

/** What a pair of people both did ("both left", "both quit"). */
const DONE_BY_BOTH = new Set("left quit went moved resigned retired said agreed qualified started joined".split(" "));

/** "hope and legend are both social workers", "frost and honey both quit": one of two, then "both" and a person. */
function pairBothPeople(prior: string[], after: string[]): boolean {
  // Note: "staff and managers both left", "policy and practice are both …": a partner that is a role or a plural.
  const function_ = (word: string | undefined) =>
    word === undefined ||
    /^[,;:.!?()—–]$/u.test(word) ||
    PERSON_INTRODUCERS.has(word) ||
    PERSON_INTRODUCERS.has(word.replace(/s$/u, "")) ||
    NEVER_NAMES.has(word) ||
    isPluralNoun(word) ||
    NEVER_NAME_TAGS.some((tag) => wordTags(word).has(tag));
  let rest: string[];
  if (after[0] === "and" && !function_(after[1])) rest = after.slice(2);
  else if (prior[prior.length - 1] === "and" && !function_(prior[prior.length - 2])) rest = after;
  else return false;
  if (["are", "were"].includes(rest[0] ?? "")) rest = rest.slice(1);
  if (rest[0] !== "both") return false;
  if (DONE_BY_BOTH.has(rest[1] ?? "")) return true;
  const roles = rest.slice(1, 5).filter((word) => word !== "social");
  return roles.some((word) => PERSON_INTRODUCERS.has(word) || PERSON_INTRODUCERS.has(word.replace(/s$/u, "")));
}

/** "Paddy Joe, the grandad, …": a capitalised word joined to a found name, the whole then described as a person. */
function firstOfDescribedName(slot: Slot): boolean {
  const { tokens, index, text, people } = slot;
  const next = tokens[index + 1];
  if (next === undefined || !next.capitalised || text.slice(tokens[index].end, next.start) !== " ") return false;
  if (!people.contains(next.start, next.baseEnd)) return false;
  const after = nextWords(text, next.end, 8);
  return describedAsPerson(after) && after.slice(1, 5).some((word) => PERSON_INTRODUCERS.has(word));
}

/** "Olumide, April and Mr Brightwell", "Imelda, or May,", "Dove, Nyala, and Seren": in a list beside a found name. */
function besidePerson(slot: Slot): boolean {
  const { tokens, index, text, people } = slot;
  const token = tokens[index];
  const joins = (word: WordToken | undefined) => word !== undefined && ["and", "or"].includes(word.folded);
  const next = tokens[joins(tokens[index + 1]) ? index + 2 : index + 1];
  const previous = tokens[joins(tokens[index - 1]) ? index - 2 : index - 1];
  if (index > 0 && VERB_SENSE_BEFORE.has(tokens[index - 1].folded)) return false;
  const joiner = /^\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)$/u;
  const nextIsPerson = next !== undefined && people.contains(next.start, next.baseEnd);
  const previousIsPerson = previous !== undefined && people.contains(previous.start, previous.baseEnd);
  if (nextIsPerson && joiner.test(text.slice(token.end, next.start))) {
    // Note: "Monday, Kemi and I", "Right, Kemi": a word before a comma and a name may open the sentence instead.
    const commaOnly = /^\s*,\s*$/u.test(text.slice(token.end, next.start));
    if (commaOnly && (CALENDAR.test(token.folded) || !listGoesOn(text, next.end))) return false;
    return sameCase(token, next);
  }
  if (previousIsPerson && joiner.test(text.slice(previous.end, token.start))) {
    const following = text.slice(token.end, token.end + 30);
    return sameCase(token, previous) && /^(?:\s*[,.;:?!)—–]|\s+(?:and|or|&|who|from|at|on|in)\b|\s*$)/u.test(following);
  }
  return false;
}

/**
 * A word that may be listed as a name: a given name, a word no list knows, or a noun or verb ("Dove", "frost");
 * not an adjective ("amazing"), a nationality ("Senegalese"), a role ("clerk") or a body ("school").
 */
function canBeListedName(token: WordToken, tags: Set<string>): boolean {
  if (isAnyGivenName(token.base) || !isEnglishWordForm(token.base)) return !/(?:ese|ish|ian)$/u.test(token.folded);
  if (tags.has("Actor") || /(?:ese|ish|ian|ean)$/u.test(token.folded)) return false;
  if (!token.capitalised && (BODIES.has(token.folded) || PLACE_NOUNS_AFTER.has(token.folded))) return false;
  return !tags.has("Adjective") || tags.has("Noun");
}

/** "Meeting with June from …", "rang May at …": after "with", "and" or a verb that takes a person. */
function withSomeone(prior: string[]): boolean {
  const last = prior[prior.length - 1] ?? "";
  return ["with", "and", "w", "cc"].includes(last) || PERSON_OBJECT_VERBS.has(last);
}

/** "Dove, Nyala, and Seren": after the name, the list goes on. */
function listGoesOn(text: string, end: number): boolean {
  return /^\s*(?:,|and\b|or\b|&)/u.test(text.slice(end, end + 8));
}

/** A capitalised word beside a lower-case name is a heading's word, and the reverse ("dave and Housing"). */
function sameCase(token: WordToken, other: WordToken): boolean {
  return token.capitalised === other.capitalised || token.sentenceInitial || other.sentenceInitial;
}

/** "her name was …", "his name's …", "everyone calls …", "they call him …". */
function namedBefore(prior: string[]): boolean {
  const [third, second, last] = prior.slice(-3);
  if (["is", "was", "'s", "’s"].includes(last) && second === "name") return true;
  if (last === "name's" || last === "name’s") return true;
  return ["calls", "call", "called"].includes(last) && NAMERS.has(second) && third !== "the";
}

/** The name said ends there: a mark, "or", "and", "but", or the end ("… was temperance? or patience?"). */
function nameEnds(after: string[]): boolean {
  const next = after[0];
  return next === undefined || /^[,;:.!?()—–]$/u.test(next) || ["or", "and", "but", "who", "because"].includes(next);
}

/** "June from Kinship Connect", "May at the Royal Free": a capitalised word, then the body the person is from. */
function fromABody(text: string, end: number, after: string[]): boolean {
  return teamAfter(after) || /^[ \t]+(?:from|at)[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}/u.test(text.slice(end, end + 40));
}

/** "Sunday — that's the student", "Dove, three sisters": a dash or comma, then the person the word is. */
function apposedToPerson(after: string[]): boolean {
  if (!["—", "–"].includes(after[0] ?? "")) return false;
  const rest = after.slice(1).filter((word) => !["um", "er", "erm", "uh"].includes(word));
  const contracted = /^(?:that|she|he)['’]s$/u.test(rest[0] ?? "");
  const start = contracted ? 1 : ["that", "she", "he"].includes(rest[0] ?? "") && rest[1] === "is" ? 2 : 0;
  if (start === 0) return false;
  return rest.slice(start, start + 4).some((word) => PERSON_INTRODUCERS.has(word));
}

let cachedText = "";
let cachedLowerCase = false;

/** A comment typed without capitals at its sentences' starts, or with a lower-case "i". */
function isTypedInLowerCase(text: string): boolean {
  if (text === cachedText) return cachedLowerCase;
  cachedText = text;
  const starts = text.match(/(?:^|[.!?]\s+)\p{L}/gu) ?? [];
  const lower = starts.filter((start) => /\p{Ll}$/u.test(start)).length;
  cachedLowerCase = /(?:^|\s)i(?:\s|['’])/u.test(text) || (starts.length > 0 && lower / starts.length >= 0.8);
  return cachedLowerCase;
}

/** "Thursday's mum … Thursday has been excluded": a month or day found as a name is that name again in its case. */
function calendarRepeats(text: string, tokens: WordToken[], named: Detection[], found: Detection[]): Detection[] {
  const names = new Set<string>();
  for (const detection of named) {
    const word = text.slice(detection.start, detection.end);
    if (CALENDAR.test(word.toLowerCase())) names.add(word);
  }
  if (names.size === 0) return [];
  const taken = new Set([...named, ...found].map((detection) => detection.start));
  const repeats: Detection[] = [];
  for (const token of tokens) {
    if (!names.has(token.base) || taken.has(token.start)) continue;
    const last = previousWords(text, token.start, 1)[0];
    if (last !== undefined && BEFORE_A_DATE.has(last)) continue;
    if (/^[\s,]*(?:\d|the\s+\d)/u.test(text.slice(token.end, token.end + 10))) continue;
    repeats.push({
      start: token.start,
      end: token.baseEnd,
      category: "person",
      reason: "Same month or day as a person's name found elsewhere in the text",
      source: "nlp",
      identity: `person:${token.folded}`,
    });
  }
  return repeats;
}
