// Organisations named in a slot the sentence keeps for one, whatever word fills it: "the housing officer at tolvey",
// "agency was brackwater", "started at kilnby as a family support worker", "Ms Obi of Tolvey Kiln", "conveyed to Tolvey",
// "c/o Tolvey Kiln", "referred by Tolvey Kiln".

import { isListedOrganisationName } from "./detect-listed-organisations";
import { HONORIFICS, PLACE_NOUNS } from "./detect-organisations-by-context";
import { isNamingWord } from "./detect-venues";
import { isKnownAcronym } from "./known-acronyms";
import { isCountryOrRegion, isEnglishWordForm, isIdentityWord, isOrdinaryWord, wordTags } from "./known-words";
import { isLexiconFamilyName, isLexiconGivenName } from "./name-lexicon";
import { isFieldJargon } from "./name-unknown-words";
import { DEPARTMENTS } from "./name-word-classes";
import {
  describeKind,
  detection,
  GENERIC_WORDS,
  insideAny,
  isLanguageName,
  lastOfCapitalisedRun,
  type OrganisationKind,
  scanTokens,
} from "./organisation-detection";
import { isServiceWord, NOT_A_PLACE_IN_LOWER_CASE } from "./place-word-senses";
import { isTypedInLowerCase, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Who works at a place, said before "at": the firm or hospital they are at follows. */
const SOMEONE_AT: Record<string, OrganisationKind> = Object.fromEntries([
  ...["ward", "wards", "nurse", "nurses", "midwife", "midwives", "doctor", "doctors", "paediatrician"].map(
    (word) => [word, "hospital"] as const,
  ),
  ...["recruiter", "recruiters", "consultant", "consultants"].map((word) => [word, "agency"] as const),
  ...["lead", "tutor", "tutors", "lecturer", "lecturers", "supervisor"].map((word) => [word, "employer"] as const),
  ...[
    "officer",
    "officers",
    "girls",
    "guys",
    "lads",
    "staff",
    "worker",
    "workers",
    "lot",
    "receptionist",
    "manager",
  ].map((word) => [word, "employer"] as const),
]);
/** "started at … as", "qualified at …", "trained at …": where someone began or trained. */
const BEGAN_AT = /^(?:started|starting|qualified|trained|training|studied)$/u;
/** Words typed in comments without their apostrophe or in short, which name nothing: "hes", "tbh", "uni". */
const CHAT_WORDS = /^(?:hes|shes|ive|im|id|ill|youre|theyre|dont|cant|wont|cos|coz|tbh|obvs|lol|uni|perm|temp)$/u;
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr)$/u;
const FILLERS = /^(?:um|uh|er|erm)$/u;
const ADJECTIVE_ENDING = /(?:ic|al|ful|ous|ive|able|ible|ent|ant|ing|ed|ish|less|est)$/u;
const NAMED_PLACE_OF: Record<string, OrganisationKind> = {
  school: "school",
  nursery: "school",
  college: "school",
  academy: "school",
  surgery: "hospital",
  gp: "hospital",
};
const REFERRED =
  /^(?:referred|raised|made|provided|run|commissioned|reported|supervised|managed|delivered|funded|hosted|facilitated|employed|contracted|approved|assessed|recruited|placed|supported|represented|sent|booked)$/u;
const COMPASS = /^(?:north|south|east|west|central)$/u;

/** Step 2b: organisations in the slots of "someone at …", "agency was …", "started at … as", "Ms … of …", "conveyed to …". */
export function detectOrganisationsInSlots(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  return scanTokens(tokens, 2, (index) => {
    const slot = slotBefore(text, tokens, index);
    if (!slot) return null;
    const token = tokens[index];
    // Note: "the court was East Tolvey": a compass word opens a capitalised name that goes on.
    const opensName = COMPASS.test(token.folded) && token.capitalised && couldName(tokens[index + 1] ?? token);
    // Note: "works nights at Marrow", "the girls at lantern": where someone works, a capitalised word or a listed
    // firm's name is the employer's even when it is an everyday word.
    // Note: "the lads at tinsel social care": before a trading name's ending, any word in lower case is its name.
    // Note: "i worked at copper kettle for 3 yrs": two plain nouns where someone works, closed by a pause or "for".
    const pair = slot.works && tokens[index - 1].folded !== "the" ? plainPairEnd(text, tokens, index) : index;
    const employs =
      slot.employs === true &&
      (isEmployerWord(token) ||
        pair > index ||
        // Note: "started at granite as a family support worker": the role taken there closes the employer's name.
        (isPlainNoun(token) && /^[ \t]+as[ \t]+(?:a|an|the)[ \t]/u.test(text.slice(token.end, token.end + 8))) ||
        (!token.capitalised && TRADING_ENDING_AFTER.test(text.slice(token.end, token.end + 24))));
    if (!(couldName(token) || opensName || employs) || insideAny(allowed, token.start, token.baseEnd)) return null;
    // Note: "a placement at the ifa": after "the", a word in lower case is the common noun.
    if (slot.works && !token.capitalised && (tokens[index - 1].folded === "the" || isKnownAcronym(token.base)))
      return null;
    let last = token.capitalised ? lastOfCapitalisedRun(text, tokens, index, 2) : index;
    const next = tokens[index + 1];
    // Note: "the ward at tolvey kilnby": a second lower-case word with no everyday sense is still the name.
    if (!token.capitalised && next && !next.capitalised && /^[ \t]+$/u.test(text.slice(token.end, next.start))) {
      if (couldName(next) && !token.possessive) last++;
    }
    last = Math.max(last, pair);
    const reason = `Name of ${describeKind(slot.kind)} ${slot.reason}`;
    // Note: "the workers at King's pick it up": where someone is, a possessive is the place's own name ("Barnardo's").
    const end = slot.employs && tokens[last].possessive ? tokens[last].end : tokens[last].baseEnd;
    return { detection: detection(token.start, end, slot.kind, reason, "nlp"), last };
  });
}

/** What closes a firm's name after where someone works: a pause, or "for 3 yrs", "then", "since", "in croydon". */
const AFTER_A_WORKPLACE = /^(?:for|then|and|n|since|till|until|as|in|on|but|before|after|from|until)$/u;
const NOT_A_PLAIN_NOUN_TAGS = ["Determiner", "Pronoun", "Preposition", "Conjunction", "Adverb", "Adjective", "Value"];

/** The second of two plain lower-case nouns from `index`, closed by a pause or a word of when; `index` when none. */
function plainPairEnd(text: string, tokens: WordToken[], index: number): number {
  const [first, second, after] = [tokens[index], tokens[index + 1], tokens[index + 2]];
  if (!second || first.possessive || !/^[ \t]+$/u.test(text.slice(first.end, second.start))) return index;
  if (!isPlainNoun(first) || !isPlainNoun(second)) return index;
  const rest = text.slice(second.end, second.end + 3);
  const closed =
    /^[ \t]*(?:[,.;:!?)\n]|$)/u.test(rest) ||
    (after !== undefined &&
      /^[ \t]+$/u.test(text.slice(second.end, after.start)) &&
      AFTER_A_WORKPLACE.test(after.folded));
  return closed ? index + 1 : index;
}

/** A lower-case word that may be a firm's, though an everyday noun: no time, service, function or describing word. */
function isPlainNoun(word: WordToken): boolean {
  if (word.capitalised || word.base.length < 3 || /\p{N}/u.test(word.base) || CHAT_WORDS.test(word.folded))
    return false;
  if (NOT_A_PLACE_IN_LOWER_CASE.test(word.folded) || isServiceWord(word.folded) || WHEN_WORKED.test(word.folded))
    return false;
  if (DAYS_AND_MONTHS.test(word.folded) || isIdentityWord(word.base) || isKnownAcronym(word.base)) return false;
  const tags = wordTags(word.base);
  return !NOT_A_PLAIN_NOUN_TAGS.some((tag) => tags.has(tag)) && !tags.has("Plural");
}

/** "been on kettle's books since jan", "on Lantern books": whose books a worker is on is an agency. */
const ON_THE_BOOKS =
  /(?<![\p{L}])on[ \t]+((?:[\p{L}][\p{L}-]*[ \t]+){0,2}[\p{L}][\p{L}-]*?)(?:['’]s?)?[ \t]+books(?![\p{L}])/giu;

/** Step 2b: an agency whose books a worker is on, whatever its words: "been on kettle's books for a year". */
export function detectAgenciesByBooks(text: string, allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(ON_THE_BOOKS)) {
    const words = match[1].split(/[ \t]+/u);
    const own = words.slice(words.findLastIndex((word) => !isBooksOwnerWord(word)) + 1);
    if (own.length === 0) continue;
    const end = match.index + match[0].indexOf(match[1]) + match[1].length;
    const start = end - own.join(" ").length;
    if (insideAny(allowed, start, end)) continue;
    const reason = "Name of recruitment agency whose books someone is on";
    detections.push(detection(start, end, "agency", reason, "nlp"));
  }
  return detections;
}

/** A word of whose books they are, not "their", "the agency's", "loads of", "my". */
function isBooksOwnerWord(word: string): boolean {
  const folded = word.toLowerCase();
  if (
    GENERIC_WORDS.has(folded) ||
    /^(?:loads|lots|several|many|few|all|both|two|three|four|five|agencies|agency's)$/u.test(folded)
  )
    return false;
  const tags = wordTags(folded);
  return !["Determiner", "Pronoun", "Possessive", "Value", "Preposition", "Adjective", "Conjunction"].some((tag) =>
    tags.has(tag),
  );
}

/** What firms do, said right after their name: "thimble paid on time", "walnut were way more supportive". */
const FIRM_VERB =
  /^(?:paid|pays|pay|were|are|r|placed|rang|sent|ghosted|offered|booked|kept|wouldnt|wont|didnt|refused|charge|charges|charged|owe|owes|owed|cancelled|dropped|messed)$/u;
/** Verbs only a plural subject takes, so a singular noun before them is spoken of as a body. */
const PLURAL_ONLY_VERB = /^(?:are|do|have|pay|offer|charge|owe|dont|don['’]t|arent|aren['’]t|havent|haven['’]t)$/u;

const PAID_AFTER =
  /^[ \t]+(?:more|less|better|well|weekly|monthly|on|the|us|me|you|them|way|loads|peanuts|nothing|£|\d)/u;

/** Groups and quantities that take a plural verb without naming any one body ("management are", "the rest are"). */
const NO_BODY =
  /^(?:staff|management|leadership|family|team|everyone|people|police|rest|same|other|most|more|less|overtime|nobody|noone|anyone|there|here|where|these|those|they|we|you|kids|lots|loads|plenty|things|numbers|rates|figures)$/u;

/** A singular noun that is no department, group or term of the work ("cobalt", not "management", "mash" or "staff"). */
function isBareSingular(token: WordToken): boolean {
  if (/s$/u.test(token.folded) || DEPARTMENTS.has(token.folded) || isFieldJargon(token.folded)) return false;
  if (GENERIC_WORDS.has(token.folded) || NO_BODY.test(token.folded)) return false;
  const tags = wordTags(token.base);
  return ![
    "Plural",
    "Pronoun",
    "Determiner",
    "Adverb",
    "Adjective",
    "Comparative",
    "Preposition",
    "Conjunction",
    "QuestionWord",
    "Value",
  ].some((tag) => tags.has(tag));
}

/** Words that open a clause in a comment as a pause does: "tbh but hammock kept my timesheets back". */
const CLAUSE_OPENERS = /^(?:but|and|tbh|so|then|cos|because|n|honestly|now|meanwhile|plus)$/u;
/** Talk of agencies, landlords and interpreters in a comment: what makes a word doing what firms do a firm. */
const FIRM_TALK =
  /\b(?:agenc(?:y|ies)|locum\w*|recruit\w*|umbrella|timesheets?|payslips?|landlord|housing|interpret\w*|consultants?)\b/iu;

/**
 * "thimble paid on time every week", "walnut were way more supportive": in a lower-case comment about agencies,
 * landlords or interpreters, a word opening a clause with no everyday sense, before what firms do, is a firm.
 */
export function detectLowerCaseFirmsBySubjectUse(text: string, tokens: WordToken[]): Detection[] {
  if (!isTypedInLowerCase(text)) return [];
  const firmTalk = FIRM_TALK.test(text);
  return scanTokens(tokens, 0, (index) => {
    const token = tokens[index];
    const verb = tokens[index + 1];
    if (!verb || token.capitalised || !FIRM_VERB.test(verb.folded)) return null;
    // Note: "tidewater pay more", "coastline are the only ones": with no talk of agencies, a bare singular noun before a
    // verb only a plural takes is still a body spoken of in British English; a department or group is not one.
    // Note: "sick pay", "better pay": "pay" is a verb only before what or how much is paid ("tidewater pay more").
    const paysSomething = verb.folded !== "pay" || PAID_AFTER.test(text.slice(verb.end, verb.end + 12));
    const spokenOfAsABody = PLURAL_ONLY_VERB.test(verb.folded) && paysSomething && isBareSingular(token);
    if (!firmTalk && !spokenOfAsABody) return null;
    if (!/^[ \t]+$/u.test(text.slice(token.end, verb.start))) return null;
    const opener = tokens[index - 1];
    const opens =
      /(?:^|[.,;:!?(\n-][ \t]*)$/u.test(text.slice(Math.max(0, token.start - 3), token.start)) ||
      (opener !== undefined &&
        CLAUSE_OPENERS.test(opener.folded) &&
        /^[ \t]+$/u.test(text.slice(opener.end, token.start)));
    if (!opens) return null;
    // Note: "meanwhile lantern wouldnt pay": a listed firm's name, though an everyday word, is the firm here.
    const listed = isListedOrganisationName(token.folded);
    if (!listed && (isLexiconGivenName(token.base) || isLexiconFamilyName(token.base))) return null;
    const named = spokenOfAsABody ? isNamingWord(token) : couldName(token) && isEnglishWordForm(token.base);
    if (!listed && (token.base.length < 4 || !named)) return null;
    const reason = "Name of a firm by what it did, in lower case";
    return { detection: detection(token.start, token.baseEnd, "agency", reason, "nlp"), last: index };
  });
}

interface Slot {
  kind: OrganisationKind;
  reason: string;
  /** Someone works or is there: any capitalised word may be the employer's name. */
  employs?: boolean;
  /** Someone works there ("works at", "a job at"), said with a verb or noun of work. */
  works?: boolean;
}

/** Work done at or for a place: "works at", "job at", "shifts at", "worked nights for". */
const WORKS =
  /^(?:work|works|worked|working|job|jobs|shift|shifts|employed|employment|placement|temping|volunteers?|volunteering|volunteered)$/u;
/** When the work is done, said between the verb and "at": "works nights at", "worked weekends for". */
const WHEN_WORKED =
  /^(?:nights|days|weekends|evenings|mornings|lates|earlies|nightshifts|part-time|full-time|parttime|fulltime|there|now|still|currently)$/u;
const DAYS_AND_MONTHS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|weekends?|night|nights|home)$/u;

const TRADING_ENDING_AFTER =
  /^[ \t]+(?:\p{Ll}+[ \t]+)?(?:social[ \t]+care|recruitment|staffing|locums|personnel|resourcing|interpreting|languages|fostering|solutions|associates)(?![\p{L}])/u;

/** "works nights at Marrow", "a job at lantern": a word that names the employer in the slot of where someone works. */
function isEmployerWord(token: WordToken): boolean {
  if (token.base.length < 3 || /\p{N}/u.test(token.base) || DAYS_AND_MONTHS.test(token.folded)) return false;
  if (!token.capitalised) return isListedOrganisationName(token.folded);
  if (token.sentenceInitial || GENERIC_WORDS.has(token.folded) || TITLES.test(token.folded)) return false;
  if (token.allCaps && isKnownAcronym(token.base)) return false;
  // Note: "the staff at Reception", "a placement at Uni": a part of a building or a kind of service names no employer.
  if (
    PLACE_NOUNS.test(token.folded) ||
    isServiceWord(token.folded) ||
    /^(?:reception|desk|front|level)$/u.test(token.folded)
  )
    return false;
  return !isIdentityWord(token.base) && !isCountryOrRegion(token.base) && !isLanguageName(token.folded);
}

function slotBefore(text: string, tokens: WordToken[], index: number): Slot | null {
  const token = tokens[index];
  let previous = index - 1;
  // Note: "the discharge nurse at, um, Tolvey Kiln": speech puts fillers between the slot and the name.
  while (previous > 1 && FILLERS.test(tokens[previous].folded)) previous--;
  if (tokens[previous].folded === "the" && tokens[previous].text === "the") previous--;
  const cue = tokens[previous];
  // Note: "the agency before, quillet, were", "best agency ive had is probably quillet.": the agency, named at a pause.
  if (isAgencyNamedAtAPause(text, tokens, index)) return { kind: "agency", reason: "named as the agency" };
  // Note: each slot below opens with one of these words; any other word is passed before the gap is read.
  if (!SLOT_CUES.has(cue.folded)) return null;
  const gap = text.slice(cue.end, token.start);
  if (!/^[ \t,]+(?:(?:um|uh|er|erm)[ \t,]+)*(?:the[ \t]+)?$/u.test(gap)) return null;
  const before = tokens[previous - 1];
  if (!before) return null;
  if (cue.folded === "at" && SOMEONE_AT[before.folded])
    return { kind: SOMEONE_AT[before.folded], reason: "someone is at", employs: true };
  const worked = WHEN_WORKED.test(before.folded) ? tokens[previous - 2] : before;
  if (/^(?:at|for)$/u.test(cue.folded) && worked && WORKS.test(worked.folded))
    return { kind: "employer", reason: "someone works at", employs: true, works: true };
  // Note: "started at kilnby as a family support worker": "as" after the name shows the role taken there.
  if (cue.folded === "at" && BEGAN_AT.test(before.folded) && !token.capitalised)
    return { kind: "employer", reason: "someone started or trained at", employs: true, works: true };
  if (/^(?:was|is|were)$/u.test(cue.folded) && before.folded === "agency" && previous === index - 1)
    return { kind: "agency", reason: "said to be the agency" };
  // Note: "school was thimble something", "his nursery is Walnut": what a school, nursery or surgery was called.
  if (/^(?:was|is)$/u.test(cue.folded) && previous === index - 1 && NAMED_PLACE_OF[before.folded]) {
    // Note: "school was fantastic": in lower case, a word shaped like a describing word says how it was.
    if (!token.capitalised && ADJECTIVE_ENDING.test(token.folded)) return null;
    return { kind: NAMED_PLACE_OF[before.folded], reason: "a school, nursery or surgery is said to be" };
  }
  // Note: "the court was East Tolvey, and the judge there": what the court was, capitalised.
  if (/^(?:was|is)$/u.test(cue.folded) && before.folded === "court" && previous === index - 1 && token.capitalised)
    return { kind: "court", reason: "said to be the court" };
  // Note: "Ms Ibironke Salami of Tolvey Kiln": what a titled person is "of" is their firm.
  if (cue.folded === "of" && token.capitalised && isAfterTitledName(tokens, previous))
    return { kind: "employer", reason: "a titled person is of" };
  if (cue.folded === "to" && before.folded === "conveyed" && token.capitalised)
    return { kind: "hospital", reason: "someone was conveyed to" };
  // Note: "Letter sent c/o Thimble Walnut": whoever post is sent in the care of, not a titled person.
  if (cue.folded === "o" && before.folded === "c" && text.slice(before.end, cue.start) === "/" && token.capitalised)
    return HONORIFICS.test(token.folded) ? null : { kind: "employer", reason: "post is sent in the care of" };
  // Note: "referred by Thimble Walnut", "concern raised by …": who refers or raises a concern, capitalised.
  if (cue.folded === "by" && REFERRED.test(before.folded) && token.capitalised && !isLexiconGivenName(token.base))
    return HONORIFICS.test(token.folded) ? null : { kind: "employer", reason: "something was referred or raised by" };
  return null;
}

const SLOT_CUES = new Set(["at", "was", "is", "were", "of", "to", "o", "by"]);

const AGENCY_THEN_NAME = /^(?:before|now|after|then|first)$/u;

function isAgencyNamedAtAPause(text: string, tokens: WordToken[], index: number): boolean {
  const token = tokens[index];
  if (!/^[ \t]*(?:[,.;:!?)]|$)/u.test(text.slice(token.end, token.end + 2))) return false;
  const cue = tokens[index - 1];
  // Note: "the agency before, quillet,": a comma between "agency" (and a word of when) and the name.
  if (/^,[ \t]+$/u.test(text.slice(cue.end, token.start)))
    return cue.folded === "agency" || (AGENCY_THEN_NAME.test(cue.folded) && tokens[index - 2]?.folded === "agency");
  if (
    !/^(?:probably|prob|definitely|def|easily)$/u.test(cue.folded) ||
    !/^(?:is|was)$/u.test(tokens[index - 2]?.folded ?? "")
  )
    return false;
  for (let back = index - 3; back >= Math.max(0, index - 9); back--) if (tokens[back].folded === "agency") return true;
  return false;
}

/** "Ms Ibironke Salami of": one or two capitalised names after a title, straight before "of". */
function isAfterTitledName(tokens: WordToken[], of: number): boolean {
  for (let back = 1; back <= 3; back++) {
    const word = tokens[of - back];
    if (!word) return false;
    if (TITLES.test(word.folded) && back > 1) return true;
    if (!word.capitalised) return false;
  }
  return false;
}

/** A word that may be a name here: capitalised mid-sentence, or in lower case with no everyday sense. */
function couldName(token: WordToken): boolean {
  if (token.base.length < 3 || token.allCaps || !isNamingWord(token) || CHAT_WORDS.test(token.folded)) return false;
  if (wordTags(token.base).has("Adjective")) return false;
  if (token.capitalised) return !token.sentenceInitial;
  return !isOrdinaryWord(token.base, false);
}
