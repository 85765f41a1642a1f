// Words after a candidate name that describe a person: a verb, "and I", a copula and a person noun, an age, a pronoun.
import { isEnglishWordForm } from "./known-words";
import { isPastTenseVerb, isThirdPersonVerb, nextWords, withoutFillers } from "./name-context";
import { COPULAS, PERSON_INTRODUCERS, PERSONAL_PRONOUNS, SPEECH_VERBS } from "./name-cues";
import type { TokenFacts } from "./name-token-facts";
import { GRAMMAR_TAGS } from "./organisation-detection";

/** "… and I", "… and me": a word coordinated with the speaker is a person. */
export function withMe(after: string[]): boolean {
  if (after[0] !== "and") return false;
  if (["i", "me"].includes(after[1] ?? "")) return true;
  return ["her", "his", "their"].includes(after[1] ?? "") && PERSON_INTRODUCERS.has(after[2] ?? "");
}

/** A verb that follows a person's name: speech, a past tense or a present tense ("Grace covered", "Dean manages"). */
export function isPersonVerb(word: string): boolean {
  return (
    (SPEECH_VERBS.has(word) && !["was", "is", "has", "had", "does", "did", "would", "will"].includes(word)) ||
    isPastTenseVerb(word) ||
    isThirdPersonVerb(word)
  );
}

/** A verb right after a name, or after an adverb of frequency ("Melody never missed", "tunde never replies"). */
export function personVerbFollows(after: string[]): boolean {
  const [first = "", second = ""] = after;
  if (isPersonVerb(first)) return true;
  return FREQUENCY_ADVERBS.has(first) && (isPersonVerb(second) || /^\p{Ll}{3,}(?:s|ed)$/u.test(second));
}

/** "Melody never missed a review": an adverb of frequency between a name and its verb. */
export const FREQUENCY_ADVERBS = new Set("never always just also still often rarely sometimes usually even".split(" "));

const NUMBER_WORDS = new Set(
  "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen".split(" "),
);

/** "Hunter was eight when …": a copula and an age. */
export function ageAfter(after: string[]): boolean {
  if (!COPULAS.has(after[0] ?? "")) return false;
  const age = after[1] ?? "";
  if (!NUMBER_WORDS.has(age) && !/^\d{1,2}$/u.test(age)) return false;
  const next = after[2] ?? ".";
  return ["when", "and", ",", ".", "at", "then"].includes(next) || (next === "years" && after[3] === "old");
}

/** What colleagues call each other ("… is a legend", "… is an absolute star"). */
const PRAISE_NOUNS = new Set("legend legends star superstar hero angel".split(" "));

/** "… were the only two Urdu speakers", "… is our new ASYE": a copula then a noun for a person. */
export function predicateIsPerson(after: string[]): boolean {
  let index = 0;
  if (after[index] === "and" || after[index] === "&") index += 2;
  // Note: "Mark at Thistle was the only consultant who", "patience at the council was the best bsw": where someone works.
  if (after[index] === "at" || after[index] === "from") {
    const copula = after.findIndex(
      (word, position) => position > index + 1 && position <= index + 4 && COPULAS.has(word),
    );
    if (copula < 0 || after.slice(index + 1, copula).some((word) => /^[^\p{L}]/u.test(word))) return false;
    index = copula;
  }
  if (["has", "had", "have"].includes(after[index] ?? "") && after[index + 1] === "been") index += 1;
  if (!COPULAS.has(after[index] ?? "")) return false;
  const window = after.slice(index + 1, index + 8);
  if (["where", "what", "how", "when", "why", "not", "no"].includes(window[0] ?? "")) return false;
  if (/^(?:some|no|any|every)thing$/u.test(window[0] ?? "")) return false;
  if (["with", "in", "at", "on", "for", "from", "to", "by", "about", "like"].includes(window[0] ?? "")) return false;
  for (const [position, word] of window.entries()) {
    if (/^[,;:.!?()—–]$/u.test(word) || ["and", "but", "or", "because", "so", "while"].includes(word)) return false;
    if (position > 0 && endsThePredicate(word, window[position - 1] ?? "")) return false;
    const next = window[position + 1] ?? "";
    if (word === "one" && position <= 3 && /^(?:who|that|whose|\p{L}+ing)$/u.test(next) && !/thing$/u.test(next))
      return true;
    if (PERSON_INTRODUCERS.has(word) || PERSON_INTRODUCERS.has(word.replace(/s$/u, "")) || PRAISE_NOUNS.has(word))
      return true;
    if (
      (word === "case" || word === "client") &&
      ["my", "our", "first", "last", "ever"].includes(window[position - 1] ?? "")
    )
      return true;
  }
  return false;
}

/**
 * The predicate's own noun phrase is over at a preposition or a second article: "Patience is the key skill for a
 * social worker", "Faith is the thing a worker needs" describe no person. "one of the managers" goes on.
 */
function endsThePredicate(word: string, previous: string): boolean {
  if (word === "of") return !QUANTITY_BEFORE_OF.has(previous);
  if (["for", "with", "from", "to", "at", "about", "like", "than", "which", "what"].includes(word)) return true;
  return ["a", "an"].includes(word) || (/^(?:the|our|my|their|his|her|your)$/u.test(word) && previous !== "of");
}
const QUANTITY_BEFORE_OF = new Set("one some two three four all both none each most another any".split(" "));

/** A he/she/his/her ("He'd" too) soon after the name, before any other capitalised word, points back to it. */
export function pronounFollows(text: string, end: number, name: string): boolean {
  const window = text.slice(end, end + 120);
  for (const match of window.matchAll(/[\p{L}'’]+/gu)) {
    const word = match[0].toLowerCase().replace(/['’](?:d|s|ll)$/u, "");
    if (PERSONAL_PRONOUNS.has(word)) return true;
    if (word === "where" || (/^\p{Lu}/u.test(match[0]) && word !== "i" && word !== name.toLowerCase())) return false;
  }
  return false;
}

/** "Loveday (mother)", "Reign (4)", "Tunde (team manager)": a role, a relation or a child's age in brackets. */
export function bracketedPersonAfter(text: string, end: number): boolean {
  const match = /^\s*\(([^()\n]{1,40})\)/u.exec(text.slice(end, end + 50));
  if (!match) return false;
  const inside = match[1].trim().toLowerCase();
  if (/^(?:aged?\s+)?\d{1,2}(?:\s*(?:yrs?|years?|months?|mths?|m|y))?$/u.test(inside)) {
    return Number.parseInt(inside.replace(/\D+/gu, ""), 10) <= 18;
  }
  if (/^(?:y|yr|year)\s?\d{1,2}$/u.test(inside)) return true;
  const words = inside.split(/[\s,/]+/u);
  return words.length <= 4 && words.some((word) => PERSON_INTRODUCERS.has(word) || PERSONAL_PRONOUNS.has(word));
}

/** Auxiliaries and modals a person's name opens a sentence with ("Justice doesn't want …", "Misty is off sick"). */
const AUXILIARIES = new Set(
  `'s is was has had would will can could should might must does did isn't wasn't hasn't hadn't wouldn't won't can't
  couldn't doesn't didn't isnt wasnt hasnt hadnt wouldnt wont cant couldnt doesnt didnt`.split(/\s+/u),
);

/** States only a person is in ("off sick", "on leave", "acting up", "at college"). */
const PERSON_STATES = new Set(
  `off leaving acting retiring retired pregnant qualified qualifying shadowing covering working studying placed moved
  removed adopted fostered excluded arrested born taken assessed referred discharged accommodated`.split(/\s+/u),
);

/** Verbs only a person does, after an auxiliary ("… didn't want to go", "… won't engage"). */
const PERSON_ONLY_VERBS = new Set(
  `want cope engage attend understand remember sleep eat speak talk trust like love hate cry settle listen ring call
  phone text email visit say tell ask chair supervise cover`.split(/\s+/u),
);

/** "… has a new social worker", "… hasn't had supervision": what a child or a worker has. */
const HAS_A_PERSON =
  /^(?:(?:a|an|her|his|their|no)\s+)?(?:new\s+|third\s+|fourth\s+)?(?:social\s+worker|worker|foster\s+carer|carer|keyworker|mentor|supervision|induction|caseload)\b|^had\s+(?:supervision|induction|training)\b/u;

const PLACES_OF_PEOPLE = new Set("college school uni university nursery work".split(" "));

/** "… was on placement", "… is on leave": what only a worker or a student is on. */
const ON_DUTY = new Set("placement leave duty secondment maternity paternity nights call shift holiday".split(" "));

/**
 * "Misty is off sick", "Victory is now at college", "Justice doesn't want to see his dad": an auxiliary, then a state
 * only a person is in or a he/she before the sentence ends or another capitalised word comes.
 */
export function personAfterAuxiliary(text: string, end: number): boolean {
  const sentence = /^[^.!?\n]{0,100}/u.exec(text.slice(end))?.[0] ?? "";
  const words = sentence.match(/[\p{L}'’]+/gu) ?? [];
  if (!AUXILIARIES.has((words[0] ?? "").toLowerCase().replace("’", "'"))) return false;
  const first = (words[0] ?? "").toLowerCase();
  if (
    ["has", "had", "hasn't", "hadn't", "hasn’t", "hadn’t"].includes(first) &&
    HAS_A_PERSON.test(words.slice(1, 6).join(" ").toLowerCase())
  )
    return true;
  const skip = ["been", "now", "still", "currently", "always", "never", "just", "usually", "often", "even"].includes(
    (words[1] ?? "").toLowerCase(),
  )
    ? 1
    : 0;
  const next = (words[1 + skip] ?? "").toLowerCase();
  const state = ["now", "still", "currently"].includes(next) ? (words[2 + skip] ?? "").toLowerCase() : next;
  if (["where", "what", "how", "why", "when", "a", "an", "the", "not", "no"].includes(next)) return false;
  if (
    PERSON_ONLY_VERBS.has(next) ||
    (["not", "never"].includes(next) && PERSON_ONLY_VERBS.has((words[2] ?? "").toLowerCase()))
  )
    return true;
  const place = (words[(next === state ? 2 : 3) + skip] ?? "").toLowerCase();
  if (PERSON_STATES.has(state) || (state === "at" && PLACES_OF_PEOPLE.has(place))) return true;
  if (state === "on" && ON_DUTY.has(place)) return true;
  for (const word of words.slice(1)) {
    if (/^\p{Lu}/u.test(word) && word !== "I") return false;
    if (PERSONAL_PRONOUNS.has(word.toLowerCase().replace(/['’](?:s|d|ll)$/u, ""))) return true;
  }
  return false;
}

/** "Ace was 12 when I met him": a copula and a child's age in figures or words, read from the raw text. */
export function ageInTextAfter(text: string, end: number): boolean {
  const age = /^\s+(?:is|was|'s|’s)\s+(\d{1,2}|[a-z]+)(?=\s+(?:when|and|at|then|years?\s+old)\b|\s*[,.;])/u.exec(
    text.slice(end, end + 40),
  );
  if (!age) return false;
  return /^\d+$/u.test(age[1]) ? Number(age[1]) <= 18 : NUMBER_WORDS.has(age[1]);
}

/** "Sonny, he's fifteen", "Kasia, she said": a comma, then he or she. */
export function pronounAfterComma(words: string[]): boolean {
  const after = withoutFillers(words);
  return [",", "?", "—", "–"].includes(after[0] ?? "") && /^(?:he|she)(?:['’]s|['’]d)?$/u.test(after[1] ?? "");
}

/** "… as our senior", "… as my new manager", "… as the IRO": the word is then given a role that only a person has. */
export function roleGivenAfter(after: string[]): boolean {
  if (after[0] !== "as" || !["my", "our", "his", "her", "their", "the"].includes(after[1] ?? "")) return false;
  return after.slice(2, 4).some((word) => PERSON_INTRODUCERS.has(word));
}

/**
 * "Marvellous was the interpreter we always asked for": an adjective alone opening a sentence, then a copula and a
 * person noun with "the", "a" or a possessive before it, is a given name (an adjective is no one's role). A listed
 * given name or surname needs only the copula and the person noun.
 */
export function adjectiveSaidToBePerson(text: string, fact: TokenFacts): boolean {
  const { tags, token } = fact;
  if (!token.sentenceInitial || token.possessive) return false;
  // Note: a listed name read as a verb or a mass noun ("Frost has been our team manager") needs only the predicate.
  if (fact.given || fact.anyGiven || fact.surname) return predicateIsPerson(nextWords(text, token.end, 9));
  // Note: the word lists hold no tags for some British spellings ("Marvellous"): an English word with none counts.
  // Note: a bare verb is no subject either ("Frost has been our team manager"); a gerund is ("Fostering was …").
  const verb = tags.has("Infinitive") && !/ing$/u.test(token.folded);
  const adjective = tags.has("Adjective") || verb || (tags.size === 0 && isEnglishWordForm(token.base));
  if (!adjective || NOT_A_NAMING_ADJECTIVE.some((tag) => tags.has(tag))) return false;
  const after = nextWords(text, token.end, 9);
  const copula = after[0] === "has" && after[1] === "been" ? 1 : 0;
  if (
    !["is", "was", "been"].includes(after[copula] ?? "") ||
    !/^(?:the|a|an|my|our|their|his|her)$/u.test(after[copula + 1] ?? "")
  )
    return false;
  return predicateIsPerson(after);
}
const NOT_A_NAMING_ADJECTIVE = [...GRAMMAR_TAGS, "Comparative", "Superlative"];
