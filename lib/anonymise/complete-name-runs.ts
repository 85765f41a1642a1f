import { isKnownAcronym } from "./known-acronyms";
import { findAllowedSpans, isCountryOrRegion, isEnglishWordForm, isIdentityWord } from "./known-words";
import { HONORIFICS, PERSON_INTRODUCERS } from "./name-cues";
import { isAnyGivenName } from "./name-token-facts";
import { foldForMatch, isSentenceStart } from "./text-matching";
import type { Detection, RedactionCategory } from "./types";

const NAME_CATEGORIES = new Set<RedactionCategory>(["person", "place", "organisation"]);
/** Capitals that never belong to a name beside them: the speaker, days and months, and words that open a clause (languages, nationalities and countries are tested apart). */
const NEVER_PART = new Set(
  `i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december the and or but so then when if as at in on of to for from with by`.split(/\s+/u),
);
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
/** How many words a run may grow by on each side: a name is rarely longer than four words. */
const MOST_WORDS = 3;

/**
 * A redaction that takes part of a run of capitals leaves the rest to read ("Great [place]", "[place] FC",
 * "Paddy [person]"), and two names joined by "&" leave the firm's shape ("[place] & [person]"). This grows each name
 * over the capitalised words beside it, and joins "X & Y" into one organisation when the two are not both people.
 * Titles stay outside (the text still needs "Mr"), and so do a sentence's first word when it is an everyday word,
 * the field's acronyms, days, months and what is never redacted.
 */
export function completeNameRuns(text: string, detections: readonly Detection[]): Detection[] {
  const allowed = findAllowedSpans(text, foldForMatch(text));
  const isAllowed = (start: number, end: number) => allowed.some((span) => span.start < end && start < span.end);
  const grown = detections.map((detection) =>
    NAME_CATEGORIES.has(detection.category) ? grow(text, detection, isAllowed) : detection,
  );
  return joinAmpersands(text, grown);
}

function grow(text: string, detection: Detection, isAllowed: (start: number, end: number) => boolean): Detection {
  let { start, end } = detection;
  for (let step = 0; step < MOST_WORDS; step++) {
    const before = /(?:^|[^\S\n])(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!before) break;
    const wordStart = start - before[1].length - 1;
    if (!joinsBefore(text, before[1], wordStart, detection.category) || isAllowed(wordStart, start - 1)) break;
    start = wordStart;
  }
  for (let step = 0; step < MOST_WORDS; step++) {
    const after = /^ (\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 40));
    if (!after) break;
    const word = after[1].replace(/['’]s$/u, "");
    if (!joinsAfter(word) || isAllowed(end + 1, end + 1 + word.length)) break;
    end = end + 1 + word.length;
  }
  if (start === detection.start && end === detection.end) return detection;
  return { ...detection, start, end };
}

function isNeverPart(word: string): boolean {
  const folded = foldForMatch(word);
  return (
    NEVER_PART.has(folded) ||
    HONORIFICS.has(folded) ||
    isKnownAcronym(word) ||
    isIdentityWord(word) ||
    isCountryOrRegion(word) ||
    !CAPITALISED.test(word)
  );
}

/**
 * A capital before a name: a given name ("Paddy Joe"), or any capital mid-sentence ("Ashby, Great Bourne") that is
 * not a role ("Social Worker Amara" keeps its role); a sentence's first word only when it is no everyday word.
 */
function joinsBefore(text: string, word: string, start: number, category: RedactionCategory): boolean {
  if (isNeverPart(word)) return false;
  if (category === "person" && isAnyGivenName(word)) return true;
  if (category === "person" && PERSON_INTRODUCERS.has(foldForMatch(word))) return false;
  return !(isSentenceStart(text, start) && isEnglishWordForm(word));
}

/** A capital after a name ("Brighton FC", "Joe Bloggs"), not an acronym of the field nor a word that opens a clause. */
function joinsAfter(word: string): boolean {
  return !isNeverPart(word) && !/^\p{Lu}{4,}$/u.test(word);
}

function joinAmpersands(text: string, detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((left, right) => left.start - right.start);
  const joined: Detection[] = [];
  for (const detection of sorted) {
    const previous = joined[joined.length - 1];
    const between = previous ? text.slice(previous.end, detection.start) : "";
    const bothNames = previous && NAME_CATEGORIES.has(previous.category) && NAME_CATEGORIES.has(detection.category);
    if (bothNames && /^ ?& ?$/u.test(between) && !(previous.category === "person" && detection.category === "person")) {
      joined[joined.length - 1] = {
        ...previous,
        end: detection.end,
        category: "organisation",
        reason: "Two names joined by '&' (a firm's name)",
        identity: undefined,
        replacement: undefined,
      };
      continue;
    }
    joined.push(detection);
  }
  return joined;
}
