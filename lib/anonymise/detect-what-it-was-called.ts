// Organisations and teams named in ordinary words after "it was", "we were", "call it": "no wait, it was Shooting Star".
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { HONORIFICS, ROLE_NOUNS } from "./detect-organisations-by-context";
import { isEnglishWordForm, isIdentityWord } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import {
  detection,
  GENERIC_WORDS,
  insideAny,
  isCapitalisedMidSentence,
  lastOfCapitalisedRun,
  scanTokens,
} from "./organisation-detection";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/** "it was", "we were", "call it": a subject and the verb that says what a thing was called. */
const SAYING_WHAT_IT_WAS: [string, RegExp][] = [
  ["it", /^(?:was|is)$/u],
  ["we", /^(?:were|are)$/u],
  ["call", /^it$/u],
  ["called", /^it$/u],
  ["renamed", /^(?:it|us)$/u],
];
/** The same said in one word: "it's", "we're". */
const CONTRACTED = /^(?:it['’]s|we['’]re)$/u;

/**
 * "no, hang on, it was Shooting Star", "and then it was Families First", "now we're 'Locality South'": capitalised
 * ordinary words mid-sentence after what says what a thing was called are its name. Words no dictionary holds are
 * left to the name rules (they are most often people: "it was Tegid"), as are titles, roles and national bodies.
 */
export function detectNamesSaidAsWhatItWas(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  return scanTokens(tokens, 2, (index) => {
    const token = tokens[index];
    if (!isCapitalisedMidSentence(token)) return null;
    const verb = tokens[index - 1];
    const subject = tokens[index - 2];
    const saying =
      CONTRACTED.test(verb.text.toLowerCase()) ||
      (SAYING_WHAT_IT_WAS.some(([first, second]) => subject.folded === first && second.test(verb.folded)) &&
        /^[ \t]+$/u.test(text.slice(subject.end, verb.start)));
    if (!saying || !/^[ \t]+['‘"“]?$/u.test(text.slice(verb.end, token.start))) return null;
    const last = lastOfCapitalisedRun(text, tokens, index, 3);
    const words = tokens.slice(index, last + 1);
    if (!words.every(isOrdinaryNameWord) || words.every((word) => isDescriptive(word))) return null;
    if (words.some((word) => insideAny(allowed, word.start, word.baseEnd))) return null;
    const found = detection(
      token.start,
      tokens[last].baseEnd,
      "employer",
      "Name said as what something was called",
      "nlp",
    );
    return { detection: found, last };
  });
}

function isOrdinaryNameWord(word: WordToken): boolean {
  if (/\p{N}/u.test(word.base) || HONORIFICS.test(word.folded) || ROLE_NOUNS.test(word.folded)) return false;
  if (isIdentityWord(word.base) || !isEnglishWordForm(word.base)) return false;
  return !isLexiconGivenName(word.base) || GENERIC_WORDS.has(word.folded);
}

function isDescriptive(word: WordToken): boolean {
  return GENERIC_WORDS.has(word.folded) || TEAM_DESCRIPTORS.has(word.folded);
}
