// Positions only a name fills: after a title, an initial or a role ("Mr Blue", "J. Banks", "Named nurse: Frost").
import { isEverydayWord, isLexiconSurname, wordTags } from "./known-words";
import { introducedAsPerson, nextWords, previousWords } from "./name-context";
import { PERSON_INTRODUCERS, PLACE_TYPES_STRONG, PLACE_TYPES_WEAK } from "./name-cues";
import { isLexiconFamilyName } from "./name-lexicon";
import { roleGivenAfter } from "./name-predicates";
import { type Chunk, FUNCTION_WORD_TAGS, hasTag, type TokenFacts, type Verdict, verdict } from "./name-token-facts";
import { DEPARTMENTS, GROUP_HEADS, LANGUAGE_USE_AFTER } from "./name-word-classes";

/** Colours that are also people's words and common surnames ("DCS Black", "Ms White"). */
export const COLOUR_SURNAMES = new Set(["white", "black", "brown", "grey", "gray", "green"]);

/** "Is Mr Blue coming": words opening the run before a title are no part of the name. */
export function dropWordsBeforeTitle(chunk: Chunk): void {
  const title = chunk.facts.findIndex((fact, index) => index > 0 && fact.honorific);
  if (title <= 0 || title === chunk.facts.length - 1) return;
  if (chunk.facts.slice(0, title).some((fact) => fact.given || fact.surname)) return;
  chunk.facts = chunk.facts.slice(title);
}

/** A word that can stand as a name when its place says so: no function word, role, department, team or street word. */
export function canFillNameSlot(fact: TokenFacts): boolean {
  const { folded } = fact.token;
  if (folded.length < 2 || fact.country || hasTag(fact, FUNCTION_WORD_TAGS)) return false;
  if (fact.identity && !fact.anyGiven && !COLOUR_SURNAMES.has(folded)) return false;
  if (fact.token.allCaps && !(fact.given || fact.surname)) return false;
  return !(
    PERSON_INTRODUCERS.has(folded) ||
    DEPARTMENTS.has(folded) ||
    GROUP_HEADS.has(folded) ||
    PLACE_TYPES_STRONG.has(folded) ||
    PLACE_TYPES_WEAK.has(folded)
  );
}

/** "Storm White", "Fern Black", "Reign Hill": after a first word, a colour or people's word, or a word surname lists hold. */
function isListedSurname(fact: TokenFacts): boolean {
  const { base } = fact.token;
  if (PLACE_TYPES_STRONG.has(fact.token.folded) || !fact.token.capitalised) return false;
  return fact.identity || isLexiconSurname(base) || isLexiconFamilyName(base);
}

/** "Health visitor: …", "Youth worker: …": a label naming what a person is, by compromise's nouns for people. */
function personNounLabel(prior: string[]): boolean {
  const label = prior[prior.length - 2] ?? "";
  return prior[prior.length - 1] === ":" && wordTags(label).has("Actor") && !TRANSCRIPT_ROLES.has(label);
}

/** Labels of a transcript's speakers: what follows them is speech, not a name. */
const TRANSCRIPT_ROLES = new Set(
  "moderator interviewer facilitator researcher participant respondent speaker questioner".split(" "),
);

/** "the service manager (Wood)", "Youth worker (Strong, …)": a bracket right after a role; after an interpreter it holds a language. */
function bracketAfterRole(prior: string[]): boolean {
  if (prior[prior.length - 1] !== "(") return false;
  const role = prior[prior.length - 2] ?? "";
  if (LANGUAGE_USE_AFTER.has(role)) return false;
  return PERSON_INTRODUCERS.has(role) || (wordTags(role).has("Actor") && !TRANSCRIPT_ROLES.has(role));
}

/** "Rich, can you call him back", "'Money, go home'", "Faith, if you're reading this": a word opening a sentence, spoken to. */
function addressed(text: string, chunk: Chunk): boolean {
  const [first] = chunk.facts;
  const last = chunk.facts[chunk.facts.length - 1];
  if (!first.token.sentenceInitial || chunk.facts.length > 2 || hasTag(first, ["Adverb"])) return false;
  if (hasTag(first, ["Adjective"]) && !isNounOrAdjectiveOnly(first)) return false;
  if (first.english && !first.anyGiven && !isListedSurname(first) && !isNounOrAdjectiveOnly(first)) return false;
  return ADDRESSED_AFTER.test(text.slice(last.token.end, last.token.end + 30));
}

/** Words that open a turn of talk before "you …" without naming anyone ("Look, you know …", "Right, can you …"). */
export const DISCOURSE_OPENERS = new Set(
  `look listen see wait right sorry well yes yeah anyway mate guys folks fine great brilliant lovely perfect cool true
  sure ok okay good honest serious seriously basically obviously interesting funny weird strange sad like so`.split(
    /\s+/u,
  ),
);

/** "Money, if you're reading this", "Sharp, can you …": a noun or an adjective is spoken to only as a name. */
function isNounOrAdjectiveOnly(fact: TokenFacts): boolean {
  if (DISCOURSE_OPENERS.has(fact.token.folded)) return false;
  if (isEverydayWord(fact.token.base) || DEPARTMENTS.has(fact.token.folded) || fact.identity) return false;
  if (hasTag(fact, [...FUNCTION_WORD_TAGS, "Verb", "Adverb", "Plural"])) return false;
  return hasTag(fact, ["Noun", "Adjective"]) || fact.tags.size === 0;
}

const ADDRESSED_AFTER =
  /^,[ \t]+(?:(?:can|could|would|will|did|have|are|were|do)[ \t]+you\b|you(?:['’](?:re|ve|ll|d))?\b|if[ \t]+you\b|thank[ \t]+you\b|please\b|go[ \t]+home\b)/iu;

/** "J. Banks", "N Snow": a lone capital initial, with or without its full stop, right before the word. */
function initialBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return /(?:^|[^\p{L}\p{N}])\p{Lu}\.?[ \t]$/u.test(before) && !/\p{N}[ \t]+\p{Lu}\.?[ \t]$/u.test(before);
}

/**
 * "Named nurse: Frost", "my mentor Sterling Coast", "Supervisor: J. Banks": capitalised words right after a role,
 * a relation or an initial are a name whatever else they mean, when each can stand as a name.
 */
export function nameInSlot(text: string, chunk: Chunk): Verdict | null {
  const { facts } = chunk;
  if (facts.length === 0 || facts.length > 3) return null;
  const [first] = facts;
  const prior = previousWords(text, first.token.start, 4);
  const bracketed = bracketAfterRole(prior);
  if (bracketed && first.identity) return null;
  const loneWeakPlace =
    facts.length === 1 && PLACE_TYPES_WEAK.has(first.token.folded) && /^\p{Lu}/u.test(first.token.base);
  if (!canFillNameSlot(first) && !(bracketed && loneWeakPlace)) return null;
  if (!facts.slice(1).every((fact) => canFillNameSlot(fact) || isListedSurname(fact))) return null;
  const slot =
    bracketed ||
    introducedAsPerson(prior) ||
    initialBefore(text, first.token.start) ||
    personNounLabel(prior) ||
    addressed(text, chunk) ||
    roleGivenAfter(nextWords(text, facts[facts.length - 1].token.end, 4));
  if (!slot) return null;
  return {
    ...verdict("person", "Word in a name's place (after a role, a relation or an initial, or spoken to)", 3),
    wholeRun: true,
  };
}

/** "Sheikh's manager told her": a title that is a surname too, alone in a possessive with no determiner before it. */
export function isSurnameOfTitle(text: string, chunk: Chunk): boolean {
  const [fact] = chunk.facts;
  if (chunk.facts.length !== 1 || !fact.token.possessive || !fact.surname) return false;
  const before = previousWords(text, fact.token.start, 1)[0];
  return before === undefined || !DETERMINERS_OF_TITLES.has(before);
}
const DETERMINERS_OF_TITLES = new Set(["the", "a", "an", "his", "her", "their", "our", "my", "your", "its"]);
