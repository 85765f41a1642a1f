// Places and organisations named by one capitalised word after "the": "ringing the Memorial", "outside the Arches".

import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isListedPlaceWord, PLACE_NOUNS, ROLE_NOUNS } from "./detect-organisations-by-context";
import { isCountryOrRegion, isEnglishWordForm, isEverydayWord, isIdentityWord, wordTags } from "./known-words";
import { detection, GENERIC_WORDS, insideAny, isLanguageName } from "./organisation-detection";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

const NOT_A_NAME_TAGS = ["Pronoun", "Determiner", "Preposition", "Conjunction", "Adverb", "Value", "Actor", "Date"];

/**
 * "ringing the Memorial", "outside the Arches", "on the Pentagon side", "at, um, the Foyer": mid-sentence, a single
 * capitalised word after a lower-case "the" is a named place or organisation, since only its capital tells it from
 * the everyday word. Words of the work, roles, days, languages, products and national bodies are left alone.
 */
export function detectNamesAfterThe(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    const the = tokens[index - 1];
    if (the.text !== "the" || !token.capitalised || token.sentenceInitial || token.allCaps) continue;
    if (!/^[ \t]+$/u.test(text.slice(the.end, token.start)) || token.base.length < 3) continue;
    const next = tokens[index + 1];
    if (
      next &&
      /^[ \t]+$/u.test(text.slice(token.end, next.start)) &&
      (next.capitalised || next.folded === "of" || next.folded === "lot")
    )
      continue;
    if (!isNamingWord(token) || insideAny(allowed, token.start, token.baseEnd)) continue;
    detections.push(detection(token.start, token.baseEnd, "employer", "Name of a place or service after “the”", "nlp"));
  }
  return detections;
}

/** Roles and the words of a court or school that are capitalised out of respect ("the Guardian", "the Academy"). */
const TITLE_WORDS = /^(?:guardian|judge|bench|academy|trust|board|authority)$/u;

/** A capitalised word that may be a name here: no role, day, language, product, road or word of the work. */
export function isNamingWord(token: WordToken): boolean {
  const { folded, base } = token;
  // Note: "the M25", "the MoU", "the SENCo": roads, and acronyms in mixed case, are not named here.
  if (/\p{N}/u.test(base) || (/\p{Lu}.*\p{Lu}/u.test(base) && base.length <= 6) || TITLE_WORDS.test(folded))
    return false;
  // Note: "the Welsh-speaking carers", "the Ofsted-driven culture": a compound that describes is no name.
  const parts = folded.split(/[-‐]/u);
  if (parts.length > 1 && (parts.some((part) => isIdentityWord(part)) || isEnglishWordForm(parts[parts.length - 1])))
    return false;
  if (PLACE_NOUNS.test(folded) || ROLE_NOUNS.test(folded) || GENERIC_WORDS.has(folded)) return false;
  if (TEAM_DESCRIPTORS.has(folded) || isEverydayWord(base) || isIdentityWord(base) || isLanguageName(folded))
    return false;
  if (isCountryOrRegion(base) || isListedPlaceWord(folded)) return false;
  const tags = wordTags(base);
  return !NOT_A_NAME_TAGS.some((tag) => tags.has(tag));
}
