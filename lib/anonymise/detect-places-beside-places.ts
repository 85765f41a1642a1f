// Lower-case places named beside a place already found, in the same breath: "placed in ripple n wicket", "visits in
// ember + saddle", "mondays in pebble, weds in heather", "harvest to ember to gable".
import { CHAT_WORDS } from "./detect-organisations-in-lower-case-frames";
import { findAllowedSpans, isEverydayWord, isIdentityWord, wordTags } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import { IN_IDIOMS, isServiceWord, NOT_A_PLACE_IN_LOWER_CASE } from "./place-word-senses";
import { firstEndingAfter, firstStartingAt, SPACES_ONLY, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Words that join two places: "ripple n wicket", "kent and sussex", "ember + saddle", "bexley/greenwich". */
const JOINING_WORDS = /^(?:n|and|or)$/u;
const JOINING_MARKS = /^[ \t]*[+&/][ \t]*$/u;
/** "weds in heather", "mum in pebble": after a pause, a word or two that say who or when, then "in". */
const PARALLEL_GAP = /^[ \t]*,[ \t]*$/u;
const NOT_A_PLACE_TAGS = [
  "Determiner",
  "Pronoun",
  "Possessive",
  "Preposition",
  "Conjunction",
  "Adverb",
  "Value",
  "Plural",
  "PastTense",
  "Gerund",
  "Adjective",
  "Modal",
  "Auxiliary",
  "Negative",
  "QuestionWord",
];
const FOLLOWED_AS_A_WORD = ["Noun", "Preposition", "Determiner", "Pronoun", "Possessive"];
const MONTHS_AND_DAYS =
  /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weds?|christmas|easter)$/u;

/**
 * In lower case, a bare word joined to a place found ("n", "and", "+", "/"), said in parallel with it ("mondays in
 * pebble, weds in heather"), or a stop of the same journey ("harvest to ember to gable") is a place too, unless it is a
 * word of the work, of time or of a fixed phrase, or a word that describes, counts or points.
 */
export function detectPlacesBesidePlaces(text: string, tokens: WordToken[], places: readonly Detection[]): Detection[] {
  const taken = [...places].sort((left, right) => left.start - right.start);
  const found = new Map<number, Detection>();
  // Note: "lenient" takes given names and a verb's plain form ("in heather", "ember + saddle", ", harvest to ember").
  const add = (index: number | undefined, reason: string, lenient = false) => {
    const token = index === undefined ? undefined : tokens[index];
    if (!token || found.has(token.start) || !couldBeAPlace(text, tokens, index as number, lenient)) return;
    const inside = taken[firstEndingAfter(taken, token.start)];
    if (inside && inside.start < token.baseEnd) return;
    found.set(token.start, {
      start: token.start,
      end: token.baseEnd,
      category: "place",
      reason,
      source: "nlp",
      replacement: "[place]",
    });
  };
  for (const place of places) {
    if (place.category !== "place" || /\p{Lu}/u.test(text.slice(place.start, place.end))) continue;
    const after = firstStartingAt(tokens, place.end);
    const before = firstEndingAfter(tokens, place.start) - 1;
    const markAfter = tokens[after] !== undefined && JOINING_MARKS.test(text.slice(place.end, tokens[after].start));
    const markBefore = tokens[before] !== undefined && JOINING_MARKS.test(text.slice(tokens[before].end, place.start));
    add(
      joinedAfter(text, tokens, after, place.end),
      "Lower-case word joined to a place (“ripple n wicket”)",
      markAfter,
    );
    add(
      joinedBefore(text, tokens, before, place.start),
      "Lower-case word joined to a place (“ripple n wicket”)",
      markBefore,
    );
    if (tokens[before]?.folded === "in") {
      add(
        parallelAfter(text, tokens, after, place.end),
        "Lower-case word said in parallel with a place (“in pebble, in heather”)",
        true,
      );
      add(
        parallelBefore(text, tokens, before),
        "Lower-case word said in parallel with a place (“in pebble, in heather”)",
        true,
      );
    }
    // Note: "harvest to ember to gable": a stop before or after a place on a journey of three or from somewhere.
    const toAfter = tokens[after]?.folded === "to" && SPACES_ONLY.test(text.slice(place.end, tokens[after].start));
    const toBefore = tokens[before]?.folded === "to";
    if (toAfter && (toBefore || tokens[before]?.folded === "from") && spaced(text, tokens, after, after + 1))
      add(after + 1, "Lower-case stop of a journey through a place (“harvest to ember to gable”)");
    const paused = before >= 2 && /[,.;:!?(\n]/u.test(text.slice(tokens[before - 2].end, tokens[before - 1].start));
    if (toBefore && spaced(text, tokens, before - 1, before) && (toAfter || tokens[before - 2]?.folded === "from"))
      add(before - 1, "Lower-case stop of a journey through a place (“harvest to ember to gable”)", paused);
  }
  return [...found.values()];
}

function spaced(text: string, tokens: WordToken[], left: number, right: number): boolean {
  return left >= 0 && right < tokens.length && SPACES_ONLY.test(text.slice(tokens[left].end, tokens[right].start));
}

/** "ripple n wicket", "ember + saddle": the word after a joining word or mark after the place. */
function joinedAfter(text: string, tokens: WordToken[], after: number, end: number): number | undefined {
  const next = tokens[after];
  if (!next) return undefined;
  if (JOINING_MARKS.test(text.slice(end, next.start))) return after;
  return SPACES_ONLY.test(text.slice(end, next.start)) &&
    JOINING_WORDS.test(next.folded) &&
    spaced(text, tokens, after, after + 1)
    ? after + 1
    : undefined;
}

/** "wicket n ripple": the word before a joining word or mark before the place. */
function joinedBefore(text: string, tokens: WordToken[], before: number, start: number): number | undefined {
  const previous = tokens[before];
  if (!previous) return undefined;
  if (JOINING_MARKS.test(text.slice(previous.end, start))) return before;
  return SPACES_ONLY.test(text.slice(previous.end, start)) &&
    JOINING_WORDS.test(previous.folded) &&
    spaced(text, tokens, before - 1, before)
    ? before - 1
    : undefined;
}

/** "in pebble, weds in heather": after a pause, up to two words, then "in" and the word. */
function parallelAfter(text: string, tokens: WordToken[], after: number, end: number): number | undefined {
  if (!tokens[after] || !PARALLEL_GAP.test(text.slice(end, tokens[after].start))) return undefined;
  for (let at = after; at <= after + 2 && at + 1 < tokens.length; at++) {
    if (at > after && !spaced(text, tokens, at - 1, at)) return undefined;
    if (tokens[at].folded === "in") return spaced(text, tokens, at, at + 1) ? at + 1 : undefined;
  }
  return undefined;
}

/** "in harvest, mum in pebble": "in" and the word, then a pause and up to two words before the place's "in". */
function parallelBefore(text: string, tokens: WordToken[], inBefore: number): number | undefined {
  for (let at = inBefore - 1; at >= inBefore - 3 && at >= 1; at--) {
    if (at < inBefore - 1 && !spaced(text, tokens, at, at + 1)) return undefined;
    if (PARALLEL_GAP.test(text.slice(tokens[at - 1].end, tokens[at].start)))
      return tokens[at - 2]?.folded === "in" && spaced(text, tokens, at - 2, at - 1) ? at - 1 : undefined;
  }
  return undefined;
}

function couldBeAPlace(text: string, tokens: WordToken[], index: number, lenient: boolean): boolean {
  const token = tokens[index];
  const { folded, base } = token;
  if (token.capitalised || base.length < 3 || /\p{N}/u.test(base) || CHAT_WORDS.test(folded)) return false;
  if (NOT_A_PLACE_IN_LOWER_CASE.test(folded) || IN_IDIOMS.test(folded) || MONTHS_AND_DAYS.test(folded)) return false;
  if (isServiceWord(folded) || isEverydayWord(base) || isIdentityWord(base) || findAllowedSpans(base, folded).length)
    return false;
  if (!lenient && isLexiconGivenName(base)) return false;
  const tags = wordTags(base);
  if (NOT_A_PLACE_TAGS.some((tag) => tags.has(tag))) return false;
  if (tags.has("Verb") && !(lenient && tags.has("Infinitive"))) return false;
  // Note: "in ripple n wicket area": a noun straight after makes the word a describing one; "and commute to
  // maidstone": a preposition or an object straight after makes it a verb (a lenient frame, "harvest to ember", has its own close).
  const next = tokens[index + 1];
  if (lenient || !next || !SPACES_ONLY.test(text.slice(token.end, next.start))) return true;
  const nextTags = wordTags(next.base);
  return next.folded !== "to" && !FOLLOWED_AS_A_WORD.some((tag) => nextTags.has(tag));
}
