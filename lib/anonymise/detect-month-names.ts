// Months that are given names too ("April", "May", "June", "August"): a person only where the text says so.
import { BEFORE_A_DATE } from "./detect-addressed-names";
import { introducedAsPerson, isPastTenseVerb, nextWords, previousWords } from "./name-context";
import {
  HONORIFICS,
  PERSON_OBJECT_VERBS,
  PERSONAL_POSSESSIONS,
  SHE_OR_HE,
  SPEECH_VERBS,
  TALK_WORDS,
} from "./name-cues";
import { predicateIsPerson } from "./name-predicates";
import { isVerbBeforeObject, teamPhraseEnd } from "./name-work-cues";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

/** Verbs of the speech list that a month's name also takes as a date ("June was busy", "May came"). */
const NO_SPEECH = new Set([
  "was",
  "is",
  "has",
  "had",
  "does",
  "did",
  "would",
  "will",
  "came",
  "went",
  "started",
  "left",
]);

/** Words that open a verb's object ("did the visit", "did my bit"), not a negation or an adverb ("did not", "did well"). */
const OBJECT_OPENERS = new Set(["the", "a", "an", "my", "our", "her", "his", "their", "it", "that", "this", "all"]);

/** "May from Juniper, who was incredible": where someone is from, then "who". */
const FROM_SOMEWHERE_WHO =
  /^[ \t]+from[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]*,[ \t]*who\b/u;
/** "Regards, May", "Thanks, June": a sign-off before the name. */
const SIGNED_OFF = /\b(?:regards|thanks|cheers|best|wishes|love|warmly|sincerely|thank you)[ \t]*,?[ \t\n]+$/iu;

/** What a person does at work, after "did the": "May did the initial visit". */
const WORK_DONE =
  /^(?:visit|visits|assessment|assessments|report|referral|handover|session|review|interview|check|checks|paperwork|write-up|duty)$/u;
/** What follows a month used as a date: a year, or a noun it dates ("the June panel", "May's returns", "busiest month"). */
const DATED_AFTER =
  /^(?:['’]s)?[ \t]*(?:\d|(?:panel|returns|figures|deadline|meeting|intake|cohort|review|budget|half-term|holidays?|data|rota)\b|(?:is|was|will be)[ \t]+(?:the|a|our|always|usually|nearly|almost)\b[^.!?]{0,30}\b(?:month|time|year|busiest|quietest|here)\b)/iu;

function isUsedAsADate(text: string, end: number): boolean {
  return DATED_AFTER.test(text.slice(end, end + 60));
}

/** "May, could you send round the forms?": a name, then a request made of them. */
const ASKED_AFTER = /^[ \t]*,[ \t]*(?:could|can|would|will)[ \t]+you\b/u;
/** "may I add": a modal before its subject. */
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "he", "she", "they", "it"]);

/** "June from the fostering panel told me": a team after the month, then a verb of speech or in the past. */
function fromTeamThenVerb(text: string, end: number): boolean {
  const after = nextWords(text, end, 8);
  const teamEnd = teamPhraseEnd(after);
  if (teamEnd < 0) return false;
  return after
    .slice(teamEnd, teamEnd + 2)
    .some(
      (word, at) =>
        !NO_SPEECH.has(word) &&
        (SPEECH_VERBS.has(word) || isPastTenseVerb(word) || isVerbBeforeObject(word, after[teamEnd + at + 1])),
    );
}

const MONTH_NAMES = /\b(April|May|June|August|april|may|june|august)(['’]s)?\b/gu;
/** Words around a name said to someone ("hi june", "june please come back"). */
const GREETINGS = new Set(["hi", "hey", "hiya", "thanks", "cheers", "dear", "love"]);
const PLEASE = new Set(["please", "pls", "plz"]);
/** "supervision w august": typed comments shorten "with". */
const WITH = new Set(["with", "w", "w/"]);

/**
 * "my manager June", "June said", "ask April", "May's mum", "Or May, who …", "june please come back": a month that is
 * also a given name, where only a person can stand (the allow-list keeps months out of the other name rules). Once
 * a month is someone's name in a text, its other mentions are too, unless a word of dates leads to them.
 */
export function detectMonthNames(text: string): Detection[] {
  const detections: Detection[] = [];
  const uncued: { start: number; end: number; identity: string }[] = [];
  const named = new Set<string>();
  for (const match of text.matchAll(MONTH_NAMES)) {
    const start = match.index;
    const end = start + match[1].length;
    const lowerCase = match[1] === match[1].toLowerCase();
    const prior = previousWords(text, start, 4);
    const last = prior[prior.length - 1];
    const following = nextWords(text, start + match[0].length, 2);
    const after = following[0];
    const identity = `person:${foldForMatch(match[1])}`;
    // Note: in lower case "may" is a modal ("i may go"); only being named makes it a name, and only where it is named.
    const modal = match[1] === "may";
    // Note: "I spoke to June from the leaving care team": spoken to, and from a team.
    // Note: "I share a desk with May on Tuesdays": with someone, not with a month compared or begun with.
    const spokenTo =
      (last === "to" && TALK_WORDS.has(prior[prior.length - 2] ?? "")) ||
      (last === "with" &&
        !lowerCase &&
        match[2] === undefined &&
        !/^(?:compared|along|together|starting|started|beginning|begin|ending|end|done|finished|line)$/u.test(
          prior[prior.length - 2] ?? "",
        ) &&
        SHE_OR_HE.test(text.slice(end, end + 80)));
    const introduced =
      introducedAsPerson(prior) ||
      spokenTo ||
      (last !== undefined && (PERSON_OBJECT_VERBS.has(last) || HONORIFICS.has(last)));
    const cued = modal
      ? introducedAsPerson(prior) && !SUBJECT_PRONOUNS.has(after ?? "")
      : fromTeamThenVerb(text, start + match[0].length) ||
        (lowerCase
          ? introduced ||
            (after !== undefined && PLEASE.has(after)) ||
            (last !== undefined && (GREETINGS.has(last) || WITH.has(last)))
          : introduced ||
            (match[2] !== undefined && after !== undefined && PERSONAL_POSSESSIONS.has(after)) ||
            (match[2] === undefined && after !== undefined && SPEECH_VERBS.has(after) && !NO_SPEECH.has(after)) ||
            (after === "," && /^who(?:['’]|$)/u.test(following[1] ?? "")) ||
            // Note: "May is the grandmother", "June has been our business support officer": said to be a person.
            (match[2] === undefined && predicateIsPerson(nextWords(text, end, 9))) ||
            // Note: "April's been my manager for about two years": a possessive's "is" or "has".
            (match[2] !== undefined &&
              predicateIsPerson([after === "been" ? "has" : "is", ...nextWords(text, end + 2, 8)])) ||
            // Note: "we had May from Juniper, who was incredible", "Regards, May.", "who is May?".
            FROM_SOMEWHERE_WHO.test(text.slice(start + match[0].length, start + match[0].length + 60)) ||
            (SIGNED_OFF.test(text.slice(Math.max(0, start - 24), start)) &&
              /^\s*(?:[.!'’"”\n]|$)/u.test(text.slice(end))) ||
            /^who\s+(?:is|was)\s+$/iu.test(text.slice(Math.max(0, start - 12), start)) ||
            // Note: "And May, could you send round the consent forms?": asked to do something.
            (match[2] === undefined && ASKED_AFTER.test(text.slice(end, end + 24))) ||
            // Note: "May did the initial visit with me": a month does nothing to an object.
            (match[2] === undefined &&
              after === "did" &&
              OBJECT_OPENERS.has(following[1] ?? "") &&
              nextWords(text, end, 5).some((word) => WORK_DONE.test(word))));
    if (last !== undefined && BEFORE_A_DATE.has(last)) continue;
    if (!cued) {
      // Note: "shout out may!": a modal ends no clause, so "may" before a mark is the name again.
      if (!modal || /^[ \t]*(?:[!.?,)]|$)/u.test(text.slice(end))) uncued.push({ start, end, identity });
      continue;
    }
    named.add(identity);
    detections.push({
      start,
      end,
      category: "person",
      reason: "Month name used as a given name",
      source: "nlp",
      identity,
    });
  }
  for (const mention of uncued) {
    // Note: "I spoke to May. May is the busiest month.", "the June panel": a mention used as a date stays.
    if (!named.has(mention.identity) || isUsedAsADate(text, mention.end)) continue;
    detections.push({ ...mention, category: "person", reason: "Month name used as a given name", source: "nlp" });
  }
  return detections;
}
