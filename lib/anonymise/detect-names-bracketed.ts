// Names given in brackets after a role or a speaker label: "my manager there (obi)", "judge (hhj pemberton-asante)".

import { isListedProperNoun } from "./english-words";
import { isKnownAcronym } from "./known-acronyms";
import { isCountryOrRegion, isEnglishWordForm, isEverydayWord, isIdentityWord, type SpanIndex } from "./known-words";
import { previousWords } from "./name-context";
import { HONORIFICS, PERSON_INTRODUCERS } from "./name-cues";
import { isAnyGivenName } from "./name-token-facts";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

/** One to three words in brackets, after an optional word that says a name or initials follow. */
const BRACKETED =
  /\(\s*((?:initials|init|aka|called|named|hhj|his honour judge|her honour judge|[a-z]{2,4}\.?)\s+)?([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,2})\s*\)/giu;

const NAME_MARKERS = /^(?:initials|init|aka|called|named)$/u;

/**
 * A role or relation ("my manager there", "the assistant director", "Speaker 4") then one to three words in
 * brackets that are no English words, given names, or initials after "initials": the person's name.
 */
export function detectBracketedNames(text: string, allowed: SpanIndex): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(BRACKETED)) {
    const marker = foldForMatch((match[1] ?? "").trim().replace(/\.$/u, ""));
    if (marker && !NAME_MARKERS.test(marker) && !HONORIFICS.has(marker) && !/^hhj|honour/u.test(marker)) continue;
    const prior = previousWords(text, match.index, 4).filter((word) => !/^\d+$/u.test(word));
    if (!prior.slice(-3).some((word) => PERSON_INTRODUCERS.has(word) || word === "judge")) continue;
    const words = match[2].split(/\s+/u);
    const named = marker !== "" || words.every((word) => isNameWord(word));
    if (!named || words.some((word) => isEverydayWord(word) || /^\d/u.test(word))) continue;
    if (!NAME_MARKERS.test(marker) && words.some((word) => isKnownAcronym(word.replace(/\.$/u, "")))) continue;
    const start = match.index + match[0].indexOf(match[2], match[0].indexOf("(") + (match[1]?.length ?? 0));
    const end = start + match[2].length;
    if (allowed.overlaps(start, end)) continue;
    detections.push({
      start,
      end,
      category: "person",
      reason: "Name in brackets after a role (“my manager (…)”, “initials …”)",
      source: "nlp",
      identity: `person:${foldForMatch(match[2])}`,
    });
  }
  return detections;
}

function isNameWord(word: string): boolean {
  const base = word.replace(/['’]s$|\.$/u, "");
  if (/^\p{Lu}{4,}$/u.test(base) || isIdentityWord(base) || isCountryOrRegion(base)) return false;
  if (isAnyGivenName(base)) return true;
  if (isListedProperNoun(foldForMatch(base))) return false;
  return base.split(/[-‐]/u).every((part) => part.length >= 2 && !isEnglishWordForm(part) && !isKnownAcronym(part));
}

/** A child known by one letter, with an age in brackets: "T (aged 9)", "R (14)", "K (7yrs)". */
const LETTER_WITH_AGE =
  /(?<![\p{L}\p{N}'’.]|\p{Lu}\p{Ll}+[ \t])(\p{Lu})(?=\s*\(\s*(?:aged?\s*)?\d{1,2}\s*(?:yrs?|years?|yo|y\/o)?\s*\))/gu;
/** The same letter again as the one something is said of: "T told me", "T's school", "T wants". */
const LETTER_AGAIN =
  /(?<![\p{L}\p{N}'’.])(\p{Lu})(?=['’]s\s|\s+(?:told|said|says|wants|wanted|is|was|has|had|would|will)\b)/gu;

/** "I met with T (aged 9) … T told me": a letter that stands for a child named with an age, and its later mentions. */
export function detectLettersWithAges(text: string): Detection[] {
  const letters = new Set<string>();
  const detections: Detection[] = [];
  const person = (start: number, letter: string, reason: string): Detection => ({
    start,
    end: start + letter.length,
    category: "person",
    reason,
    source: "nlp",
    identity: `person:${text[start].toLowerCase()}`,
  });
  for (const match of text.matchAll(LETTER_WITH_AGE)) {
    if (match[1] === "I" || match[1] === "A") continue;
    letters.add(match[1]);
    detections.push(person(match.index, match[1], "A letter for a child, with an age in brackets (“T (aged 9)”)"));
  }
  if (letters.size === 0) return detections;
  for (const match of text.matchAll(LETTER_AGAIN)) {
    if (!letters.has(match[1]) || detections.some((found) => found.start === match.index)) continue;
    detections.push(person(match.index, match[1], "The letter a child was named by, again"));
  }
  return detections;
}
