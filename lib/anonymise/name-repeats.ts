// A word once read as a person's name is that person wherever else it stands in the text, in any case.
import { isKnownAcronym } from "./known-acronyms";
import { isEnglishWordForm, SpanIndex, wordTags } from "./known-words";
import { HONORIFICS, PERSON_INTRODUCERS } from "./name-cues";
import { CONNECTORS } from "./name-token-facts";
import { isVerbBeforeObject } from "./name-work-cues";
import { firstStartingAt, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Tags of a word that, opening a sentence, is read in its ordinary sense ("Will you …", "May I …"). */
const FUNCTION_TAGS = ["Modal", "Auxiliary", "Copula", "Preposition", "Determiner", "Pronoun", "Conjunction", "Adverb"];

/** Initials in capitals ("RJ", "TK"): once found as a person, their other mentions in capitals are that person too. */
const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * "i supervise heledd … heledd is newly qualified", "Hope from HR rang … Hope said": each further mention of a
 * word found as a person. A word that is no English word counts in any case; one that is ("Hope") only when
 * capitalised, and at a sentence start only when it is not a function word there ("Will you …").
 */
export function repeatPersonNames(tokens: WordToken[], found: Detection[], allowed: SpanIndex): Detection[] {
  const names = new Map<string, string>();
  const initials = new Set<string>();
  const typedLower = new Set<string>();
  const acronyms = new Set<string>();
  for (const detection of found) {
    if (detection.category !== "person" || !detection.identity) continue;
    const within = tokensWithin(tokens, detection.start, detection.end);
    const hasNameWord = within.some((token) => !/[-‐]/u.test(token.base) && !isEnglishWordForm(token.base));
    for (const token of within) {
      const { folded } = token;
      if (isEnglishWordForm(token.base) && !(within.length === 1 || (within.length === 2 && hasNameWord))) continue;
      // Note: "re DA and EA … DA's arm": capitals found as someone's initials in their own right stand for them,
      // though they spell an acronym or a particle ("da").
      const ownInitials = within.length === 1 && INITIALS.test(token.base);
      const particle = CONNECTORS.has(folded) && !ownInitials;
      if (folded.length < 2 || particle || HONORIFICS.has(folded) || PERSON_INTRODUCERS.has(folded)) continue;
      if ((isKnownAcronym(token.base) && !ownInitials) || names.has(folded)) continue;
      names.set(folded, detection.identity);
      if (ownInitials && isKnownAcronym(token.base)) acronyms.add(folded);
      if (INITIALS.test(token.base)) initials.add(folded);
      if (!/\p{Lu}/u.test(token.base)) typedLower.add(folded);
    }
  }
  if (names.size === 0) return [];
  const covered = new SpanIndex(found);
  const repeats: Detection[] = [];
  for (const [index, token] of tokens.entries()) {
    const identity = names.get(token.folded);
    if (
      identity === undefined ||
      (allowed.contains(token.start, token.baseEnd) && !acronyms.has(token.folded)) ||
      covered.contains(token.start, token.baseEnd)
    )
      continue;
    const repeatsInitials = initials.has(token.folded) && INITIALS.test(token.base);
    const repeatsLowerCase = typedLower.has(token.folded) && isBareLowerCaseRepeat(tokens, index);
    if (!repeatsInitials && !repeatsLowerCase && !isRepeatOfName(token, tokens[index + 1], tokens[index + 2])) continue;
    repeats.push({
      start: token.start,
      end: token.baseEnd,
      category: "person",
      reason: "Same word as a person's name found elsewhere in the text",
      source: "nlp",
      identity,
    });
  }
  return [...repeats, ...repeatNamesOfWords(tokens, found, covered, allowed)];
}

/**
 * "Terry Brooks is Big Tel … Big Tel is the one who answers": a name of two or three capitalised words, found once,
 * is that person wherever the same words stand together again, everyday words or not.
 */
function repeatNamesOfWords(
  tokens: WordToken[],
  found: Detection[],
  covered: SpanIndex,
  allowed: SpanIndex,
): Detection[] {
  // Names of words by their first word, so the text's words are walked once.
  const byFirst = new Map<string, { words: string[]; identity: string }[]>();
  for (const detection of found) {
    if (detection.category !== "person" || !detection.identity) continue;
    const within = tokensWithin(tokens, detection.start, detection.end);
    if (within.length < 2 || within.length > 3 || !within.every((token) => token.capitalised)) continue;
    const words = within.map((token) => token.base);
    const list = byFirst.get(words[0]) ?? [];
    if (!list.some((name) => name.words.join(" ") === words.join(" ")))
      list.push({ words, identity: detection.identity });
    byFirst.set(words[0], list);
  }
  const repeats: Detection[] = [];
  for (let index = 0; index < tokens.length; index++) {
    for (const { words, identity } of byFirst.get(tokens[index].base) ?? []) {
      const run = tokens.slice(index, index + words.length);
      if (run.length < words.length) continue;
      if (run.some((token, at) => token.base !== words[at] || (at > 0 && token.start - run[at - 1].end !== 1)))
        continue;
      const [first, last] = [run[0], run[run.length - 1]];
      if (covered.overlaps(first.start, last.baseEnd) || allowed.overlaps(first.start, last.baseEnd)) continue;
      repeats.push({
        start: first.start,
        end: last.baseEnd,
        category: "person",
        reason: "Same name as a person found elsewhere in the text",
        source: "nlp",
        identity,
      });
    }
  }
  return repeats;
}

/** An English word repeats the name only capitalised, and opening a sentence not as a function word or a modifier ("Youth worker"). */
function isRepeatOfName(token: WordToken, next: WordToken | undefined, then?: WordToken): boolean {
  if (token.allCaps && token.base.length > 1) return false;
  if (!isEnglishWordForm(token.base)) return true;
  if (!token.capitalised) return false;
  if (!token.sentenceInitial) return true;
  const tags = wordTags(token.folded);
  // Note: "Can, um, sorry — Can is the lad's name": a modal opening a sentence takes a verb; set off by a mark
  // straight after it, it is the name again.
  if (tags.has("Modal") && next !== undefined && next.start === token.end + 2) return true;
  if (FUNCTION_TAGS.some((tag) => tags.has(tag))) return false;
  const nextTags = next && !next.capitalised && next.start - token.end <= 1 ? wordTags(next.folded) : undefined;
  // Note: "Joy runs it": the word lists read "runs" as a plural noun only; before an object it is the verb.
  const verbBeforeObject = isVerbBeforeObject(next?.folded ?? "", then?.folded);
  return !(nextTags?.has("Noun") && !nextTags.has("Verb") && !verbBeforeObject);
}

/** Words before a lower-case word that give it its ordinary sense ("i hope", "the wise choice", "a bridge"). */
const ORDINARY_SENSE_BEFORE = new Set(
  `i you we they he she it the a an this that these those my your our their his her its some any no every very so
  too more most less quite really such of`.split(/\s+/u),
);

/**
 * "wise signs them off, and wise is thorough": a word typed in lower case and found as a person elsewhere is that
 * person again where it stands bare: no function word, no article or pronoun before it, no noun straight after it.
 */
function isBareLowerCaseRepeat(tokens: WordToken[], index: number): boolean {
  const token = tokens[index];
  if (token.capitalised || token.base.length < 3) return false;
  const tags = wordTags(token.folded);
  if (FUNCTION_TAGS.some((tag) => tags.has(tag)) || tags.has("Modal")) return false;
  const previous = tokens[index - 1];
  // Note: "… never met her. joy chases everything": a word before a sentence's end gives no sense to the next one.
  const sameSentence = !token.sentenceInitial;
  if (previous && sameSentence && token.start - previous.end <= 2 && ORDINARY_SENSE_BEFORE.has(previous.folded))
    return false;
  const next = tokens[index + 1];
  const nextTags = next && !next.capitalised && next.start - token.end <= 1 ? wordTags(next.folded) : undefined;
  return !(nextTags?.has("Noun") && !nextTags.has("Verb") && !token.possessive);
}

function tokensWithin(tokens: WordToken[], start: number, end: number): WordToken[] {
  const within: WordToken[] = [];
  for (let index = firstStartingAt(tokens, start); index < tokens.length && tokens[index].start < end; index++)
    within.push(tokens[index]);
  return within;
}
