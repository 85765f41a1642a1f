// "left thurock", "at haringay", "from greenwhich": a listed authority or town typed one letter out, after a cue.

import { AUTHORITIES, type AuthorityRegion } from "./authorities";
import { authoritySpellings, isAcronym } from "./authority-short-forms";
import { isListedEnglishWord, isListedProperNoun } from "./english-words";
import { isOrdinaryWord, lexiconTags } from "./known-words";
import { isLexiconFamilyName, isLexiconGivenName } from "./name-lexicon";
import { foldForMatch, tokeniseWords } from "./text-matching";

export interface MisspeltName {
  start: number;
  end: number;
  kind: "authority" | "place";
  region: AuthorityRegion;
  reason: string;
}

interface Spelling {
  folded: string;
  kind: MisspeltName["kind"];
  region: AuthorityRegion;
}

const SHORTEST = 6;
/** Words before a place's name: a preposition of place or employment, or a word joining it to another in a list. */
const CUE_BEFORE = /^(?:in|at|for|from|to|left|joined|leaving|covering|near|across|then|and|or|than|via)$/u;
const CUE_AFTER = /^(?:council|cc|la|borough|county|childrens|children)$/u;

const PLACE_KINDS =
  /^(?:park|road|rd|street|st|lane|hill|green|hospital|school|academy|house|court|estate|station|common|way|avenue|close|centre)$/u;

let index: { byStart: Map<string, Spelling[]>; exact: Set<string> } | null = null;

/** One-word names of six letters or more that need no cue, by their first letter. */
function spellingIndex(): { byStart: Map<string, Spelling[]>; exact: Set<string> } {
  if (index) return index;
  const byStart = new Map<string, Spelling[]>();
  const exact = new Set<string>();
  for (const authority of AUTHORITIES) {
    for (const { phrase, kind, cueOnly } of authoritySpellings(authority)) {
      const folded = foldForMatch(phrase);
      exact.add(folded);
      if (cueOnly || isAcronym(phrase) || !/^\p{L}+$/u.test(folded) || folded.length < SHORTEST) continue;
      const list = byStart.get(folded[0]) ?? [];
      if (!list.some((other) => other.folded === folded)) list.push({ folded, kind, region: authority.region });
      byStart.set(folded[0], list);
    }
  }
  index = { byStart, exact };
  return index;
}

/** `listed`: the spans of names matched exactly, in order, whose words are no misspelling ("Tunbridge Wells"). */
export function findMisspeltNames(text: string, listed: readonly { start: number; end: number }[]): MisspeltName[] {
  const found: MisspeltName[] = [];
  const tokens = tokeniseWords(text);
  const { byStart, exact } = spellingIndex();
  // Note: `listed` is in the text's order, so one pointer walks it alongside the words.
  let next = 0;
  for (const [position, token] of tokens.entries()) {
    const word = token.folded;
    if (word.length < SHORTEST - 1 || word.length > 16 || token.allCaps || exact.has(word)) continue;
    const before = tokens[position - 1];
    const after = tokens[position + 1];
    const cued =
      (before !== undefined &&
        CUE_BEFORE.test(before.folded) &&
        /^[ \t,]+$/u.test(text.slice(before.end, token.start))) ||
      (after !== undefined && CUE_AFTER.test(after.folded.replace(/['’]/gu, "")));
    if (!cued || !/^\p{L}+$/u.test(word) || isKnownWord(token.base, word)) continue;
    // Note: "Campden Hill", "northwick park": before a capitalised word or a place's kind, it is part of a longer name.
    const joined = after !== undefined && /^[ \t]+$/u.test(text.slice(token.end, after.start));
    if (joined && ((token.capitalised && after.capitalised) || PLACE_KINDS.test(after.folded))) continue;
    while (next < listed.length && listed[next].end <= token.start) next++;
    if (next < listed.length && listed[next].start < token.end) continue;
    const match = byStart.get(word[0])?.find((spelling) => isOneEditApart(word, spelling.folded));
    if (match)
      found.push({
        start: token.start,
        end: token.baseEnd,
        kind: match.kind,
        region: match.region,
        reason: "misspelt",
      });
  }
  return found;
}

function isKnownWord(base: string, folded: string): boolean {
  return (
    isListedEnglishWord(folded) ||
    isListedProperNoun(folded) ||
    isOrdinaryWord(base, false) ||
    isLexiconGivenName(folded) ||
    isLexiconFamilyName(folded)
  );
}

/** One letter added, dropped, changed, or two neighbours swapped ("thurock", "haringay", "islignton"). */
export function isOneEditApart(left: string, right: string): boolean {
  if (Math.abs(left.length - right.length) > 1 || left === right) return false;
  let start = 0;
  while (start < left.length && left[start] === right[start]) start++;
  let leftEnd = left.length;
  let rightEnd = right.length;
  while (leftEnd > start && rightEnd > start && left[leftEnd - 1] === right[rightEnd - 1]) {
    leftEnd--;
    rightEnd--;
  }
  const leftRest = leftEnd - start;
  const rightRest = rightEnd - start;
  if (leftRest <= 1 && rightRest <= 1) return true;
  return leftRest === 2 && rightRest === 2 && left[start] === right[start + 1] && left[start + 1] === right[start];
}

/** "cobalt recrutiment", "brightwater fostring": a long ending typed one letter out (or two swapped), no word itself. */
export function misspeltEnding<Kind>(endings: ReadonlyMap<string, Kind>, folded: string): Kind | undefined {
  if (folded.length < 7 || !/^\p{Ll}+$/u.test(folded) || isListedEnglishWord(folded) || lexiconTags(folded).length > 0)
    return undefined;
  for (const [ending, kind] of endings) if (ending.length >= 8 && isOneEditApart(folded, ending)) return kind;
  return undefined;
}
