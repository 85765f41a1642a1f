// Cues of working life around a name that is also an ordinary word: "thanks to …", "mentored by …", "… from legal".
import { wordTags } from "./known-words";

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
    if (TEAM_WORDS.has(word)) return offset + 2;
    if (!["the", "our", "their", "my"].includes(word) && wordTags(word).has("Verb")) return -1;
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
