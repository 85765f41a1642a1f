// Cues of working life around a name that is also an ordinary word: "thanks to …", "mentored by …", "… from legal".
import { wordTags } from "./known-words";
import { PERSON_INTRODUCERS, SPEECH_VERBS } from "./name-cues";
import { isAnyGivenName } from "./name-token-facts";

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

/** Words before "to" that make the next word the person thanked ("thanks to", "shout out to"). */
const THANKS_BEFORE_TO = words("thanks thank out shoutout shout-out grateful kudos credit props cheers love");

/** Verbs before "to" that pass work to a colleague ("reallocated to DK", "handed over to …"). */
const HANDED_TO = words("reallocated allocated handed over passed transferred assigned");

/** Verbs before "on" whose object is a colleague ("i rely on …", "we all lean on …"). */
const ON_A_PERSON = words("rely relied relying depend depended depending count counted lean leaned leant leaning");

/** Verbs before "by" whose agent is a person ("mentored by", "supervised by"). */
const BY_A_PERSON = words(`mentored supervised managed supported trained coached assessed interviewed observed
  helped bullied inducted buddied shadowed taught`);

/** Words before "with" that make the next word a colleague ("working with", "paired with"). */
const WITH_A_PERSON = words(`working worked work works shadowing buddied paired partnered teamed co-working sharing
  supervision supervisions session sessions catch-up catch-ups catchup chats meeting meetings`);

/** Verbs whose object is a colleague ("i shadowed …", "we lost … to agency"). */
const COLLEAGUE_OBJECT_VERBS = words("shadowed shadow shadowing thanked miss missed lost replaced");

/** Whether the words before a candidate show a person thanked, worked with or followed. */
export function workCueBefore(prior: string[]): boolean {
  const last = prior[prior.length - 1] ?? "";
  const before = prior[prior.length - 2] ?? "";
  if (COLLEAGUE_OBJECT_VERBS.has(last) || last === "thanks") return true;
  if (last === "to") return THANKS_BEFORE_TO.has(before) || HANDED_TO.has(before);
  if (last === "by") return BY_A_PERSON.has(before);
  if (last === "with") return WITH_A_PERSON.has(before);
  if (last === "on") return ON_A_PERSON.has(before);
  return false;
}

/** Teams and desks a colleague works in ("… from legal", "… in business support", "… on duty"). */
const TEAM_WORDS = words(`team teams legal payroll admin hr finance duty reception panel fostering adoption housing
  support desk office mash edt iro iros camhs yot commissioning safeguarding court courts front business
  placements recruitment training quality performance leaving care workforce home unit hub`);

/** A word naming where a colleague works ("duty", "mash", "team"). */
export function isTeamWord(word: string): boolean {
  return TEAM_WORDS.has(word);
}

/** "… from legal", "… in the duty team", "… on duty", "… at the front desk": the person's team follows. */
export function teamAfter(after: string[]): boolean {
  return teamPhraseEnd(after) > 0;
}

/** Where the team phrase after a name ends ("from the kestrel team | said"), or -1 when none follows. */
export function teamPhraseEnd(after: string[]): number {
  if (!["from", "in", "at", "on"].includes(after[0] ?? "")) return -1;
  for (const [offset, word] of after.slice(1, 6).entries()) {
    if (TEAM_WORDS.has(word)) {
      // Note: "from the leaving care team told me": the phrase runs to its last word of a team.
      let end = offset + 2;
      while (end < after.length && TEAM_WORDS.has(after[end])) end++;
      return end;
    }
    // Note: "from the health visiting team", "from the leaving care team": only a verb that is no noun ends the phrase.
    if (!["the", "our", "their", "my"].includes(word) && isVerbOnly(word)) return -1;
  }
  return -1;
}

/** "… and … run the front door": a verb in the plural after two coordinated names. */
export function pluralVerb(word: string): boolean {
  const tags = wordTags(word);
  return (
    ["are", "were", "have", "had", "both", "do", "did", "said", "left", "run", "work"].includes(word) ||
    tags.has("PastTense") ||
    (tags.has("Infinitive") && !tags.has("Noun"))
  );
}

/** What a child's or a worker's name owns ("Joy's review", "Will's behaviour"): only after a given name. */
export const CHILD_POSSESSIONS = new Set(
  `review reviews behaviour plan plans needs contact assessment referral file records health education attendance
  mental dad's mum's siblings brother's sister's allocated new old first last`.split(/\s+/u),
);

/** A verb that is no noun and no gerund: "rang" ends a team's phrase; "leaving", "care", "visiting" describe the team. */
function isVerbOnly(word: string): boolean {
  const tags = wordTags(word);
  return tags.has("Verb") && !tags.has("Noun") && !/ing$/u.test(word);
}

/** People spoken of in the plural, then "were" or "are": "the two best seniors i ever had were …". */
const PEOPLE_THEN_COPULA =
  /\b(?:practitioners|managers|workers|colleagues|sws|seniors|mentors|supervisors|tms|girls|lads|women|men|students|nqsws|assessors|educators|leads|ones)\b[^.!?\n]{0,60}?\b(?:were|are)[ \t]+$/u;

/** "the best seniors i had were ivy and heather": two given names joined by "and", said to be people of the work. */
export function namedAsPeople(text: string, prior: string[], start: number): string | null {
  const last = prior[prior.length - 1] ?? "";
  const other =
    last === "and"
      ? prior[prior.length - 2]
      : /^[ \t]+and[ \t]+(\p{Ll}+)/u.exec(text.slice(start).replace(/^[\p{L}'’-]+/u, ""))?.[1];
  const word = /^[\p{L}'’-]+/u.exec(text.slice(start))?.[0] ?? "";
  if (!isAnyGivenName(word) || !isAnyGivenName(other ?? "")) return null;
  const before = text.slice(Math.max(0, start - 120), start);
  const first = /(?:were|are)[ \t]+$/u.test(before)
    ? before
    : /[ \t]+and[ \t]+$/u.test(before) && isAnyGivenName(prior[prior.length - 2] ?? "")
      ? before.replace(/[\p{L}'’-]+[ \t]+and[ \t]+$/u, "")
      : null;
  if (first === null || (last !== "and" && !/^(?:were|are)$/u.test(last))) return null;
  if (last !== "and" && !/^[ \t]+and[ \t]+\p{Ll}/u.test(text.slice(start).replace(/^[\p{L}'’-]+/u, ""))) return null;
  return PEOPLE_THEN_COPULA.test(first)
    ? "Two names said to be people of the work (“the best seniors were … and …”)"
    : null;
}

/** "pat the duty manager said to leave it", "jasmine the IRO who": "the", up to two words, a role, then speech or "who". */
export function roleThenSpeech(after: string[]): boolean {
  if (after[0] !== "the") return false;
  const role = after.slice(1, 4).findIndex((word) => PERSON_INTRODUCERS.has(word));
  return role >= 0 && (SPEECH_VERBS.has(after[role + 2] ?? "") || after[role + 2] === "who");
}

/** "books them", "runs it": a word in "-s" before its object is a verb in the present, whatever the word lists say. */
export function isVerbBeforeObject(word: string, next: string | undefined): boolean {
  return /\p{L}{2}s$/u.test(word) && /^(?:them|it|him|her|me|us|you|the|our|my|all|everything)$/u.test(next ?? "");
}

/** "will the iro who chaired it be invited?": a modal opening a question is no name, whatever follows it. */
export function isModal(word: string): boolean {
  return wordTags(word).has("Modal");
}
