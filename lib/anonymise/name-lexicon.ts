import lexicon from "./data/name-lexicon.json";
import { foldForMatch } from "./text-matching";

const GIVEN = new Set(lexicon.given.split(" "));
const SURNAMES = new Set(lexicon.surnames.split(" "));
const ORDINARY = new Set(lexicon.ordinaryWords.split(" "));

/** A given name in the generated lexicon (faker's person names of many locales), whatever else the word means. */
export function isLexiconGivenName(word: string): boolean {
  return GIVEN.has(foldForMatch(word));
}

export function isLexiconFamilyName(word: string): boolean {
  return SURNAMES.has(foldForMatch(word));
}

/** A lexicon name that is also an ordinary English word ("Hope", "Will", "Storm", "Brooks"): it needs a cue. */
export function isNameWithOrdinarySense(word: string): boolean {
  return ORDINARY.has(foldForMatch(word));
}
