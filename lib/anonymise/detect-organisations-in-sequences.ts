// Firms named one after another in talk of agencies and employers: "wicket then marigold then prism", "been with
// harvest then with marble", "went to first call then to parkside".

import { isListedOrganisationName } from "./detect-listed-organisations";
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isListedPlaceWord } from "./detect-organisations-by-context";
import { CHANNELS, CHAT_WORDS, FIRM_TALK, WHICH_OR_WHEN } from "./detect-organisations-in-lower-case-frames";
import { findAllowedSpans, isEverydayWord, isIdentityWord, wordTags } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import { detection, GENERIC_WORDS, insideAny, isLanguageName } from "./organisation-detection";
import { isServiceWord } from "./place-word-senses";
import { SPACES_ONLY, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Words that put a firm after them: "with harvest", "thru gable", "went to first call", "then marigold then". */
const OPENERS = /^(?:with|w|thru|through|via|at|to|joined|for|then)$/u;
/** What may stand after "then" before the next firm: "then with marble", "then to parkside". */
const AFTER_THEN = /^(?:with|w|thru|through|via|at|to|joined)$/u;
/** What closes the next firm's name: a pause, the next step, or a word of when. */
const CLOSED =
  /^(?:['’]s)?[ \t]*(?:[,.;:!?)(\n]|$|(?:then|and|n|now|for|before|after|but|since|till|until|they|who)(?![\p{L}]))/u;
const NOT_A_NAME_TAGS = [
  "Determiner",
  "Pronoun",
  "Possessive",
  "Preposition",
  "Conjunction",
  "Adverb",
  "QuestionWord",
  "Modal",
  "Plural",
  "PastTense",
  "Gerund",
];

/**
 * In talk of agencies, pay or placements, or beside a listed firm: two bare lower-case names joined by "then" ("X then
 * Y", "with X then with Y", "to X then to Y") are the firms worked for one after the other, whatever their words mean.
 * A pair with a listed place in it is a journey, not a career, and is left alone.
 */
export function detectFirmsInSequences(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  const detections: Detection[] = [];
  const firmTalk = FIRM_TALK.test(text);
  for (let index = 1; index < tokens.length - 1; index++) {
    if (tokens[index].folded !== "then") continue;
    const left = memberBefore(text, tokens, index);
    const right = memberAfter(text, tokens, index);
    if (!left || !right || (!firmTalk && !nearListedFirm(text, tokens, left[0]))) continue;
    const members = [left, right];
    if (members.some(([first, last]) => tokens.slice(first, last + 1).some((word) => isListedPlaceWord(word.folded))))
      continue;
    for (const [first, last] of members) {
      const start = tokens[first].start;
      const end = tokens[last].baseEnd;
      if (isLexiconGivenName(tokens[last].base) || insideAny(allowed, start, end)) continue;
      const reason = "Lower-case name in a run of firms joined by “then” (“wicket then marigold”)";
      detections.push(detection(start, end, "agency", reason, "nlp"));
    }
  }
  return detections;
}

/** The one or two words straight before "then", opened by a pause or a word that puts a firm after it. */
function memberBefore(text: string, tokens: WordToken[], then: number): [number, number] | null {
  const last = then - 1;
  if (!/^[ \t]*,?[ \t]*$/u.test(text.slice(tokens[last].end, tokens[then].start))) return null;
  for (const first of [last - 1, last]) {
    if (first < 0 || (first < last && !SPACES_ONLY.test(text.slice(tokens[first].end, tokens[last].start)))) continue;
    const opener = tokens[first - 1];
    const gap = opener ? text.slice(opener.end, tokens[first].start) : "";
    const opened = !opener || /[,.;:(\n]/u.test(gap) || (SPACES_ONLY.test(gap) && OPENERS.test(opener.folded));
    const afterTo = opener?.folded === "to" && SPACES_ONLY.test(gap);
    if (opened && isMember(tokens, first, last, opener !== undefined && OPENERS.test(opener.folded) && !afterTo))
      return [first, last];
  }
  return null;
}

/** The one or two words after "then" (and "with", "to" or "via"), closed by a pause or the next step. */
function memberAfter(text: string, tokens: WordToken[], then: number): [number, number] | null {
  let first = then + 1;
  const preposition = AFTER_THEN.test(tokens[first]?.folded ?? "") ? tokens[first] : undefined;
  if (preposition) first++;
  if (!tokens[first] || !SPACES_ONLY.test(text.slice(tokens[first - 1].end, tokens[first].start))) return null;
  for (const last of [first + 1, first]) {
    const next = tokens[last];
    if (!next || (last > first && !SPACES_ONLY.test(text.slice(tokens[first].end, next.start)))) continue;
    const verbsAllowed = preposition !== undefined && preposition.folded !== "to";
    if (CLOSED.test(text.slice(next.end, next.end + 12)) && isMember(tokens, first, last, verbsAllowed))
      return [first, last];
  }
  return null;
}

/**
 * Bare lower-case words that could name a firm: no word of the work, of time or of talk; a describing or counting
 * word only before another ("first call"); a verb's plain form only after "with" or "via" ("with harvest").
 */
function isMember(tokens: WordToken[], first: number, last: number, verbsAllowed: boolean): boolean {
  for (let at = first; at <= last; at++) {
    const token = tokens[at];
    const { folded, base } = token;
    if (token.capitalised || base.length < 3 || /\p{N}/u.test(base) || (token.possessive && at < last)) return false;
    // Note: "first call": a word of talk or of a team ("call", "first") is a name's only beside another word.
    const alone = first === last;
    if (CHAT_WORDS.test(folded) || (alone && (CHANNELS.test(folded) || WHICH_OR_WHEN.test(folded)))) return false;
    const describesATeam = !alone && TEAM_DESCRIPTORS.has(folded);
    if ((isServiceWord(folded) && !describesATeam) || isEverydayWord(base) || isIdentityWord(base)) return false;
    if (isLanguageName(folded)) return false;
    if (GENERIC_WORDS.has(folded) || findAllowedSpans(base, folded).length > 0) return false;
    const tags = wordTags(base);
    if (NOT_A_NAME_TAGS.some((tag) => tags.has(tag))) return false;
    const describes = tags.has("Value") || tags.has("Adjective");
    if (describes && (at === last || first === last)) return false;
    if (tags.has("Verb") && !tags.has("Noun") && !verbsAllowed) return false;
  }
  return true;
}

/** "i left through reed and went to …": a listed firm earlier in the sentence makes the run a career's. */
function nearListedFirm(text: string, tokens: WordToken[], from: number): boolean {
  for (let at = from - 1; at >= 0 && at >= from - 12; at--) {
    if (/[.!?\n]/u.test(text.slice(tokens[at].end, tokens[at + 1].start))) return false;
    if (isListedOrganisationName(tokens[at].folded)) return true;
  }
  return false;
}
