// What a word must be to stand bare for a name, shared by the bare-word readings: a noun or a word no list knows,
// and never a function word, a verb's form, a plural or an adverb.
import { isEverydayWord, isLexiconSurname } from "./known-words";
import { HONORIFICS, PERSON_INTRODUCERS } from "./name-cues";
import { isLexiconFamilyName } from "./name-lexicon";
import { COLOUR_SURNAMES } from "./name-slots";
import { CONNECTORS, FUNCTION_WORD_TAGS, hasTag, type TokenFacts } from "./name-token-facts";
import { JARGON } from "./name-unknown-words";
import { DEPARTMENTS, FAMILY_NOUNS, GROUP_HEADS, GROUP_NOUNS } from "./name-word-classes";

export function words(list: string): Set<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

/** Words that make the next word part of a noun phrase, not a bare name: articles, possessives, quantifiers. */
export const DETERMINERS = words(`the a an this that these those my your his her our their its some any no every each
  another other such what which whose whichever lots lot of much more most less few several many all both either
  neither half same own very only`);

/** Words that stand where a noun does but name nobody, and words of a speaker's hesitation. */
export const NEVER_BARE_NAMES =
  words(`nobody anybody anyone everyone everybody someone somebody noone none there here all
  both each either neither mrs miss back home again round twice um umm erm er uh uhm ah eh hmm mm mmm yeah yes
  yep nope okay sorry thanks please anyway wow gosh god lord christ oh ooh aw bless name guy babe love hun hon mate
  darling sweetheart pet dear mine care whatsit nil job hand`);

/**
 * A word that a bare name could be: lower case, three letters or more, a noun or a word no list knows, never a
 * function word, a verb's form, a plural or an adverb ("said", "miles" are in name lists too). An adjective ("sharp",
 * "young") only where a name's place is plain (`loose`).
 */
export function isBareNameWord(fact: TokenFacts | undefined, loose = false): fact is TokenFacts {
  if (fact === undefined) return false;
  const { token } = fact;
  if (token.capitalised || !/^\p{Ll}{3,}$/u.test(token.base) || fact.country) return false;
  const { folded } = token;
  if (COLOUR_SURNAMES.has(folded)) return true;
  if (fact.identity || CONNECTORS.has(folded) || NEVER_BARE_NAMES.has(folded) || DETERMINERS.has(folded)) return false;
  if (JARGON.has(folded) || PERSON_INTRODUCERS.has(folded) || DEPARTMENTS.has(folded) || FAMILY_NOUNS.has(folded))
    return false;
  if (GROUP_NOUNS.has(folded) || GROUP_HEADS.has(folded) || HONORIFICS.has(folded)) return false;
  if (hasTag(fact, FUNCTION_WORD_TAGS)) return false;
  const baseVerb = loose && hasTag(fact, ["Infinitive"]) && !/s$/u.test(folded);
  if (hasTag(fact, NOT_A_NAME_TAGS) && !baseVerb) return false;
  if (hasTag(fact, ["Verb"]) && !hasTag(fact, ["Noun"]) && !baseVerb) return false;
  if (hasTag(fact, ["Adjective"]) && !hasTag(fact, ["Noun"]) && !loose) return false;
  if (/[^s]s$/u.test(folded) && fact.english && !loose) return false;
  if (isNameFirst(fact)) return true;
  if (isEverydayWord(token.base) || /(?:ing|ly|ed)$/u.test(folded)) return false;
  return loose || !/(?:ness|ment|tion|sion|ity|ance|ence|ism|ship|hood|ful|ous|ive|able|ible|al)$/u.test(folded);
}

/** Tags of a word's forms that no bare name has. */
const NOT_A_NAME_TAGS = [
  "Adverb",
  "Gerund",
  "QuestionWord",
  "PastTense",
  "PresentTense",
  "Participle",
  "Plural",
  "Comparable",
  "Comparative",
  "Superlative",
];

/** A given name or surname in a list, or a word no list knows: "willow", "grant", "hall", "golightly". */
export function isListedName(fact: TokenFacts): boolean {
  return (
    fact.anyGiven ||
    fact.surname ||
    isLexiconFamilyName(fact.token.base) ||
    isLexiconSurname(fact.token.base) ||
    !fact.english
  );
}

/** Not every word of the field: a noun the everyday word list holds ("care", "portfolio") is never a listed name. */
export function isNameFirst(fact: TokenFacts): boolean {
  return isListedName(fact) && (fact.anyGiven || !isEverydayWord(fact.token.base));
}

export interface BareName {
  reason: string;
  /** How many words the name runs to (a given name and its surname: "candy wren"). */
  length: number;
}

/** "care leaver", "contact sat": a noun, an adjective or a verb's base form straight before makes a compound. */
export function compoundBefore(text: string, facts: TokenFacts[], index: number): boolean {
  const previous = facts[index - 1];
  if (!previous || !/^[ \t]+$/u.test(text.slice(previous.token.end, facts[index].token.start))) return false;
  if (previous.token.capitalised && !previous.token.sentenceInitial) return false;
  if (FIELD_MODIFIERS.has(previous.token.folded)) return true;
  return hasTag(previous, ["Noun", "Adjective"]) || (previous.tags.size === 0 && previous.english);
}

/** Words of the field that make a compound with the noun after them ("care leaver", "youth offending"). */
const FIELD_MODIFIERS = words("care health youth family");
