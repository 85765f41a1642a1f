// Places and organisations named by one capitalised word after "the": "ringing the Memorial", "outside the Arches".

import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isListedPlaceWord, PLACE_NOUNS, ROLE_NOUNS } from "./detect-organisations-by-context";
import { isCountryOrRegion, isEnglishWordForm, isEverydayWord, isIdentityWord, wordTags } from "./known-words";
import {
  detection,
  GENERIC_WORDS,
  insideAny,
  isCapitalisedMidSentence,
  isLanguageName,
  lastOfCapitalisedRun,
  scanTokens,
} from "./organisation-detection";
import { startingAtCapitals, type WordToken } from "./text-matching";
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
  return scanTokens(tokens, 1, (index) => {
    const token = tokens[index];
    const the = tokens[index - 1];
    if (the.text !== "the" || !isCapitalisedMidSentence(token)) return null;
    if (!/^[ \t]+$/u.test(text.slice(the.end, token.start)) || token.base.length < 3) return null;
    const next = tokens[index + 1];
    if (
      next &&
      /^[ \t]+$/u.test(text.slice(token.end, next.start)) &&
      (next.capitalised || next.folded === "of" || next.folded === "lot")
    )
      return null;
    if (!isNamingWord(token) || insideAny(allowed, token.start, token.baseEnd)) return null;
    const reason = "Name of a place or service after “the”";
    return { detection: detection(token.start, token.baseEnd, "employer", reason, "nlp"), last: index };
  });
}

/**
 * "booked through The Big Word", "a placement at The Mulberry Centre": mid-sentence, a capitalised "The" opens a
 * proper name, so the capitalised words after it are one.
 */
export function detectNamesAfterCapitalThe(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  const detections: Detection[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    const the = tokens[index];
    if (
      the.text !== "The" ||
      the.sentenceInitial ||
      /["“'‘]\s*$/u.test(text.slice(Math.max(0, the.start - 2), the.start))
    )
      continue;
    const last = lastOfCapitalisedRun(text, tokens, index, 3);
    if (last === index) continue;
    const words = tokens.slice(index + 1, last + 1);
    if (words.every((word) => GENERIC_WORDS.has(word.folded) || insideAny(allowed, word.start, word.baseEnd))) continue;
    if (words.some((word) => isIdentityWord(word.base) || word.allCaps)) continue;
    detections.push(
      detection(the.start, tokens[last].baseEnd, "employer", "Name opened by a capitalised “The”", "nlp"),
    );
    index = last;
  }
  return detections;
}

/** "her key worker at Thackley's, Yonas", "went to work for Marble's. So.": a possessive with nothing owned after it. */
const STANDING_POSSESSIVE =
  /(?<=\b(?:at|for|with|to|from|in)[ \t]+)\p{Lu}[\p{L}-]+['’]s(?=[ \t]*[,.;:!?)]|[ \t]+(?:in|on|and|now|then|for|was|is|where|finally|until|since|as)\b)/gu;

/** A business or service named by its owner's possessive, standing alone after "at", "for", "with" … */
export function detectStandingPossessives(text: string, allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(STANDING_POSSESSIVE)) {
    const end = match.index + match[0].length;
    const word = match[0].slice(0, -2);
    if (insideAny(allowed, match.index, end) || isIdentityWord(word) || GENERIC_WORDS.has(word.toLowerCase())) continue;
    detections.push(detection(match.index, end, "employer", "Business named by a possessive standing alone", "nlp"));
  }
  return detections;
}

/** "LinguaBridge", "TheBigWord", "AmbuCare": a word with a capital inside it is a trading name (not "MacLeod", "McKenzie"). */
// Note: the look-ahead for the capital first lets most positions fail before the look-behind runs.
const CAMEL_CASE = startingAtCapitals(
  /(?=\p{Lu})(?<![\p{L}\p{N}])(?!(?:Ma?c|Nic|Fitz|Van|Von|De|Di|Da|La|Le|Du|Al|El)\p{Lu})\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,})+(?![\p{L}\p{N}])/gu,
);
/** Products whose names are written so: never redacted. */
const PRODUCTS = new Set(
  "whatsapp powerpoint powerpoints youtube linkedin facetime sharepoint onedrive onenote tiktok snapchat playstation".split(
    " ",
  ),
);

export function detectCamelCaseNames(text: string, allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(CAMEL_CASE)) {
    const end = match.index + match[0].length;
    if (PRODUCTS.has(match[0].toLowerCase()) || insideAny(allowed, match.index, end)) continue;
    detections.push(detection(match.index, end, "employer", "Trading name written with a capital inside it", "nlp"));
  }
  return detections;
}

/** "at Queen Osier's", "the Princess Alexandra", "King George's": a royal title before a name names a hospital or school. */
// Note: "the Royal Thimble, not the General": after "the", "Royal" and a name is a hospital's short form. The
// look-ahead for a first letter lets most positions of a long text fail before the look-behinds are tried.
const ROYAL_NAMED =
  /(?=[QKPR])(?<![\p{L}])(?:Queen|King|Princess|Prince|(?<=\b[Tt]he[ \t]+)Royal)[ \t]+(?!(?:Mail|Navy|Family|Air|Mint|Society|College|Courts?|Borough|Household|Marines?|Academy|Opera|Ballet|Albert|Institution|Commission|Charter|Assent|Warrant|Wedding|Baby|Visit)\b)\p{Lu}[\p{L}-]+(?:['’]s)?(?![\p{L}])/gu;

/** "at the royal thimble", "an appt at queen osier's": in lower case, a royal title before a word of no everyday sense. */
const ROYAL_NAMED_LOWER_CASE =
  /(?=[qkpr])(?<![\p{L}])(?:queen|king|princess|prince|(?<=\bthe[ \t]+)royal)[ \t]+(\p{Ll}[\p{L}-]+)(?:['’]s)?(?![\p{L}])/gu;

export function detectRoyalNamedPlaces(text: string, allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(ROYAL_NAMED)) {
    const end = match.index + match[0].length;
    if (insideAny(allowed, match.index, end)) continue;
    detections.push(detection(match.index, end, "hospital", "Hospital or school named after a royal", "nlp"));
  }
  for (const match of text.matchAll(ROYAL_NAMED_LOWER_CASE)) {
    const end = match.index + match[0].length;
    // Note: "queen bee", "the royal mail", "king size": an everyday word after the title names nothing.
    if (insideAny(allowed, match.index, end) || isEverydayWord(match[1]) || isEnglishWordForm(match[1])) continue;
    const reason = "Hospital or school named after a royal, in lower case";
    detections.push(detection(match.index, end, "hospital", reason, "nlp"));
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
