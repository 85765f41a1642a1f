// The facts the name detector reads off each word (lexicon tags, name lists, shapes) and the runs of words it classifies.

import { isRarerEnglishWord } from "./english-words";
import {
  isCountryOrRegion,
  isEnglishWordForm,
  isIdentityWord,
  isLexiconFirstName,
  isLexiconPlace,
  isLexiconSurname,
  isOrdinaryWord,
  type Span,
  SpanIndex,
  wordTags,
} from "./known-words";
import { HONORIFICS, OPENING_TAGS, PERSON_INTRODUCERS } from "./name-cues";
import { hasNameShape, hasNonEnglishLetters, isGazetteerGivenName, isGazetteerSurname } from "./name-gazetteer";
import { isLexiconFamilyName, isLexiconGivenName, isNameWithOrdinarySense } from "./name-lexicon";
import { foldForMatch, type WordToken } from "./text-matching";

export const CONNECTORS = new Set(
  "de da do dos das la le los las van von der den ter ten bin binti bint ibn al el ní nic di del della du ap y".split(
    " ",
  ),
);

export const PLACE_SHAPE =
  /(?:ton|ham|ford|bury|borough|brough|field|ley|leigh|den|hurst|wick|wich|stead|combe|mouth|minster|chester|caster|worth|ington|thorpe|well|bridge|gate|stone|church|dean|holt|mere|hithe|hythe|cote|stow|shaw|sted|wold|ock|ey|don)$/u;

export interface TokenFacts {
  token: WordToken;
  tags: Set<string>;
  given: boolean;
  /** A given name in any list, even one with an ordinary sense ("Hope", "Will", "Storm"). */
  anyGiven: boolean;
  surname: boolean;
  ordinary: boolean;
  /** In an English word list (compromise, Debian's British lists) whatever its case: "Case", "Autism", "Childcare". */
  english: boolean;
  identity: boolean;
  country: boolean;
  lexiconPlace: boolean;
  nonEnglish: boolean;
  honorific: boolean;
}

export interface Chunk {
  facts: TokenFacts[];
  lowerCase: boolean;
  /** Set when a cue already decided the chunk (lower-case names, initials). */
  preset?: Verdict;
  kind: "person" | "place" | null;
  reason: string;
  strength: number;
}

export interface CompromiseReading {
  tags: Map<number, Set<string>>;
  people: SpanIndex;
  places: SpanIndex;
}

/**
 * Word tags from compromise's lexicon (with their parent tags) rather than a full parse, which takes
 * seconds on a long transcript; people and places are the words the lexicon tags as names or places.
 */
export function readCompromise(tokens: WordToken[]): CompromiseReading {
  const tags = new Map<number, Set<string>>();
  const people: Span[] = [];
  const places: Span[] = [];
  for (const token of tokens) {
    const found = wordTags(token.base);
    tags.set(token.start, found);
    if (!token.capitalised) continue;
    if (found.has("Person") || found.has("FirstName") || found.has("LastName")) {
      people.push({ start: token.start, end: token.baseEnd });
    } else if (found.has("City") || found.has("Place") || found.has("Region")) {
      places.push({ start: token.start, end: token.baseEnd });
    }
  }
  return { tags, people: new SpanIndex(people), places: new SpanIndex(places) };
}

export function tokenFacts(token: WordToken, tags: Set<string> | undefined): TokenFacts {
  const parts = token.base.split(/[-‐]/u).filter(Boolean);
  const ordinary = isOrdinaryWord(token.base, token.sentenceInitial);
  return {
    token,
    tags: tags ?? new Set(),
    given: parts.some(
      (part) =>
        isGazetteerGivenName(part) ||
        ((isLexiconFirstName(part) || isLexiconGivenName(part)) && isDistinctiveName(part)),
    ),
    surname: parts.some(
      (part) =>
        isGazetteerSurname(part) ||
        hasNameShape(part) ||
        ((isLexiconSurname(part) || isLexiconFamilyName(part)) && isDistinctiveName(part)),
    ),
    anyGiven: parts.some((part) => isAnyGivenName(part)),
    ordinary,
    english:
      ordinary ||
      isEnglishWordForm(token.base) ||
      (isRarerEnglishWord(token.folded) && !isCapitalisedMidSentence(token)),
    identity: isIdentityWord(token.base),
    country: isCountryOrRegion(token.base),
    lexiconPlace: isLexiconPlace(token.base),
    nonEnglish: hasNonEnglishLetters(token.base),
    honorific: HONORIFICS.has(foldForMatch(token.base.replace(/\.$/u, ""))),
  };
}

/** An everyday English word (compromise's lexicon or SCOWL's common words), directly or by its base form. */
export function isCommonEnglish(folded: string): boolean {
  return isEnglishWordForm(folded);
}

const FUNCTION_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "QuestionWord", "Copula", "Auxiliary"];

export function isAnyGivenName(word: string): boolean {
  if (FUNCTION_TAGS.some((tag) => wordTags(word).has(tag)) || PERSON_INTRODUCERS.has(foldForMatch(word))) return false;
  return isGazetteerGivenName(word) || isLexiconFirstName(word) || isLexiconGivenName(word);
}

/** A lexicon name with no ordinary English sense, long enough not to be an abbreviation. */
export function isDistinctiveName(word: string): boolean {
  return word.length >= 3 && !isNameWithOrdinarySense(word) && !isOrdinaryWord(word);
}

export function newChunk(facts: TokenFacts[], lowerCase: boolean): Chunk {
  return { facts, lowerCase, kind: null, reason: "", strength: 0 };
}

export function joinedBySpace(text: string, from: number, to: number): boolean {
  return /^[ \t]{1,2}$/u.test(text.slice(from, to));
}

export function setKind(chunk: Chunk, kind: Chunk["kind"], reason: string, strength: number): void {
  chunk.kind = kind;
  chunk.reason = reason;
  chunk.strength = strength;
}

export interface Verdict {
  kind: "person" | "place";
  reason: string;
  /** 3: direct evidence (title, street word); 2: a good cue; 1: a weak cue, overridden by anything better. */
  strength: number;
  /** The whole run is the name, ordinary words too: after a title ("Ms Honour Green") or read as a run ("Honey Swan"). */
  wholeRun?: boolean;
}

export function verdict(kind: Verdict["kind"], reason: string, strength: number): Verdict {
  return { kind, reason, strength };
}

export function spanText(text: string, facts: TokenFacts[]): string {
  return text.slice(facts[0].token.start, facts[facts.length - 1].token.baseEnd);
}

export function isOpener(fact: TokenFacts): boolean {
  if (fact.given || fact.surname) return false;
  if (fact.anyGiven) return false;
  if (!fact.ordinary && !fact.token.sentenceInitial) return false;
  return [...fact.tags].some((tag) => OPENING_TAGS.has(tag)) || (fact.token.sentenceInitial && fact.ordinary);
}

export function isPlainWord(fact: TokenFacts): boolean {
  return (fact.ordinary || fact.identity) && !fact.given && !fact.surname && !fact.nonEnglish;
}

/** Tags of words that never stand as a name: function words, numbers, dates, exclamations. */
export const FUNCTION_WORD_TAGS = [
  "Pronoun",
  "Determiner",
  "Preposition",
  "Conjunction",
  "QuestionWord",
  "Date",
  "Value",
  "Expression",
  "Modal",
  "Auxiliary",
  "Copula",
  "Negative",
];

export const NON_NOUN_TAGS = [
  "Verb",
  "Adjective",
  "Adverb",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "Date",
  "Value",
];

export function hasTag(fact: TokenFacts, tags: string[]): boolean {
  return tags.some((tag) => fact.tags.has(tag));
}

/** "Parry hadn't been in", "look, Parry, I'm": capitalised mid-sentence, a rarer word ("parry") is read as a name. */
function isCapitalisedMidSentence(token: WordToken): boolean {
  return token.capitalised && !/\p{Lu}/u.test(token.base.slice(1)) && !token.sentenceInitial;
}
