import { AUTHORITIES } from "./authorities";
import organisations from "./data/organisations.json";
import { CUES } from "./detect-listed-organisations";
import { isKnownAcronym } from "./known-acronyms";
import { isCountryOrRegion, isIdentityWord, isOrdinaryWord, wordTags } from "./known-words";
import { isLexiconFamilyName, isLexiconGivenName, isNameWithOrdinarySense } from "./name-lexicon";
import {
  describeKind,
  detection,
  GENERIC_WORDS,
  insideAny,
  isCapitalisedMidSentence,
  isLanguageName,
  lastOfCapitalisedRun,
  type OrganisationKind,
  scanTokens,
  sentenceAround,
} from "./organisation-detection";
import {
  createPhraseMatcher,
  foldForMatch,
  isTypedInLowerCase,
  type PhraseMatcher,
  type WordToken,
} from "./text-matching";
import type { Detection } from "./types";

const FUNCTION_WORDS = new Set(
  "them they their there this that these those what which whom whose where when while about into onto over under".split(
    " ",
  ),
);

/** "the interpreter from lingo link didnt turn up": in lower case, a second word before a verb is still the name. */
const VERB_AFTER_A_NAME =
  /^(?:didnt|didn't|did|was|were|is|are|never|sent|have|had|wont|won't|cant|can't|said|rang|kept)$/u;
const FILLERS = new Set(["um", "uh", "er", "erm", "like"]);
const CUE_BEFORE =
  /^(?:through|thru|via|with|for|from|by|joined|left|quit|rejoined|leaving|joining|called|named|at|use|used|using|booked|book|tried)$/u;
/**
 * Words that make what follows "at", "for", "with", "through" or "by" someone's workplace or agency: "worked for",
 * "two years at", "locumed with", "employed by", "my first job was at", "registered with".
 */
const WORK_FRAME =
  /^(?:work|works|worked|working|trained|training|studied|qualified|job|jobs|locum|locums|locumed|locummed|locuming|locumming|temp|temped|temping|employed|contracted|based|registered|signed|placed|up|years|months|stint|spell|perm|volunteer|volunteered|volunteering|started|starting|experience|role|post|agency|placement|seconded|secondment)$/u;
/** Preposition of a work frame: "worked at", "a year with", "employed by", "locuming through". */
const WORK_PREPOSITION = /^(?:at|for|with|through|via|by)$/u;
const LEAVING_OR_JOINING = /^(?:joined|left|quit|rejoined|leaving|joining)$/u;

/**
 * "locuming through Bramble", "an agency called Harbour", "interpreters from Lingo": capitalised words after
 * a preposition in a sentence about agencies or interpreting are the firm's name, even when they are ordinary words.
 */
export function detectByCue(text: string, tokens: WordToken[], allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.sentenceInitial) continue;
    // Note: speech puts fillers between the cue and the name ("with, um, Tandem").
    let cue = index - 1;
    while (cue > 0 && FILLERS.has(tokens[cue].folded)) cue--;
    // Note: "worked at the Priory": a capitalised name after "the" still follows the frame's preposition.
    const afterThe = tokens[cue].folded === "the" && token.capitalised && cue > 0 && !PLACE_NOUNS.test(token.folded);
    if (afterThe) cue--;
    if (!CUE_BEFORE.test(tokens[cue].folded)) continue;
    // Note: in lower case only a word with no everyday sense can be a firm's name ("through bramble", not "through work"),
    // unless a comment about agencies says "via", "through" or "with" before a singular noun ("carers with tact").
    if (
      !token.capitalised &&
      (token.base.length < 4 ||
        FUNCTION_WORDS.has(token.folded) ||
        FILLERS.has(token.folded) ||
        CHAT_WORDS_OF_WORK.test(token.folded) ||
        (isOrdinaryWord(token.base) && !isFirmInLowerCaseComment(text, tokens, index)))
    )
      continue;
    const gap = text.slice(tokens[cue].end, token.start);
    if (!(cue === index - 1 ? /^[ \t]+$/u : /^[ \t,]+(?:\p{L}+[ \t,]+)+$/u).test(gap)) continue;
    if (afterThe && !/^[ \t]+the[ \t]+$/u.test(gap)) continue;
    if (insideAny(allowed, token.start, token.end) || GENERIC_WORDS.has(token.folded)) continue;
    // Note: "the kids I work with don't have …": a contraction is no one's name.
    if (/['’](?:t|re|ve|ll|d|m|s)$/u.test(token.text) && !token.possessive) continue;
    if (isIdentityWord(token.base) || isCountryOrRegion(token.base) || isAnyGivenOrFamilyName(token.base)) continue;
    if (isLanguageName(token.folded) || isListedPlaceWord(token.folded)) continue;
    // Note: "placed with Nan", "worked with Mum": a relative or a role is no workplace.
    if (ROLE_NOUNS.test(token.folded) || wordTags(token.base).has("Actor")) continue;
    const context = sentenceAround(text, token.start, token.end);
    const previous = tokens[cue].folded;
    const beforePrevious = tokens[cue - 1]?.folded ?? "";
    const workFrame =
      token.capitalised &&
      ((WORK_PREPOSITION.test(previous) &&
        (WORK_FRAME.test(beforePrevious) ||
          // Note: "my first job was at Meadowbank", not "I was at Tesco's".
          (beforePrevious === "was" && /^(?:job|role|post|placement)$/u.test(tokens[cue - 2]?.folded ?? "")))) ||
        LEAVING_OR_JOINING.test(previous));
    // Note: an acronym names a workplace only after a work frame ("trained at KNUST"), and not a known one ("the LA").
    if (token.allCaps && (!workFrame || isKnownAcronym(token.base) || /^(?:years|months)$/u.test(beforePrevious)))
      continue;
    const kind: OrganisationKind | null = /\bagenc(?:y|ies)\b|\blocum/iu.test(context)
      ? "agency"
      : /\binterpret|\btranslat/iu.test(context)
        ? "interpreting"
        : (previous === "for" || previous === "at" || previous === "with") &&
            /^(?:work|works|worked|working|job)$/u.test(beforePrevious)
          ? "employer"
          : previous === "joined" || (previous === "for" && beforePrevious === "left")
            ? "employer"
            : previous === "with" && /^(?:registered|signed|up)$/u.test(beforePrevious)
              ? "agency"
              : (previous === "called" || previous === "named") && CUES.employer.test(context)
                ? "employer"
                : token.capitalised &&
                    previous === "by" &&
                    /^(?:run|provided|managed|owned|operated|supplied|commissioned)$/u.test(beforePrevious)
                  ? "employer"
                  : token.capitalised &&
                      (((previous === "from" || previous === "at" || previous === "with") &&
                        /\b(?:key|youth|support|link|family|outreach|housing|project)\s+workers?\b/iu.test(context)) ||
                        previous === "via")
                    ? "employer"
                    : workFrame
                      ? "employer"
                      : null;
    const found = kind ?? (!token.capitalised && isFirmInLowerCaseComment(text, tokens, index) ? "agency" : null);
    // Note: "an eritrean boy called yonas": what a person is called is their name, for the name rules.
    if (NAMING_WORDS.test(previous) && PERSON_NOUNS.test(beforePrevious)) continue;
    if (!found) continue;
    let last = index;
    while (
      last + 1 < tokens.length &&
      last - index < 3 &&
      tokens[last + 1].capitalised === token.capitalised &&
      !VERB_AFTER_A_NAME.test(tokens[last + 1].folded) &&
      // Note: "a boy called yonas who was 16": a relative pronoun ends the name.
      !/^(?:who|which|that|whose|whom|where|when)$/u.test(tokens[last + 1].folded) &&
      (token.capitalised ||
        !isOrdinaryWord(tokens[last + 1].base) ||
        VERB_AFTER_A_NAME.test(tokens[last + 2]?.folded ?? "")) &&
      /^[ \t]+$/u.test(text.slice(tokens[last].end, tokens[last + 1].start))
    )
      last++;
    if (workFrame && isDescriptiveUnit(tokens.slice(index, last + 1))) continue;
    detections.push(
      detection(token.start, tokens[last].baseEnd, found, `Name of ${describeKind(found)} by its context`, "nlp"),
    );
    index = last;
  }
  return detections;
}

const NOT_A_FIRM_IN_LOWER_CASE = [
  "Determiner",
  "Pronoun",
  "Preposition",
  "Adverb",
  "Value",
  "Conjunction",
  "Verb",
  "Plural",
];
let agencyComment: { text: string; verdict: boolean } | null = null;

/** "foster carers with tact btw", "locum via harbour": in a lower-case comment about agencies, a noun after "via". */
function isFirmInLowerCaseComment(text: string, tokens: WordToken[], index: number): boolean {
  const cue = tokens[index - 1]?.folded ?? "";
  // Note: "paid late by larch", "left rampart", "worked for plover": the words of dealing with a firm, and "for" or
  // "at" after a word of work.
  const dealt =
    /^(?:via|thru|through|with|by|joined|left|quit|rejoined)$/u.test(cue) ||
    (/^(?:for|at)$/u.test(cue) && WORK_FRAME.test(tokens[index - 2]?.folded ?? ""));
  if (!dealt) return false;
  const tags = wordTags(tokens[index].base);
  if (NOT_A_FIRM_IN_LOWER_CASE.some((tag) => tags.has(tag)) || COMMON_MEANS.test(tokens[index].folded)) return false;
  if (agencyComment?.text !== text)
    agencyComment = { text, verdict: AGENCY_TALK.test(text) && isTypedInLowerCase(text) };
  return agencyComment.verdict;
}
/** Talk of agency work: the agency itself, locums, rates, timesheets, umbrella firms, payslips, going perm. */
const AGENCY_TALK =
  /\b(?:agenc(?:y|ies)|locum\w*|recruit(?:er|ers|ment)|umbrella|timesheets?|payslips?|p\/?h|per hour|hourly|perm|contracts?)\b/iu;
/** Ways and means, not firms: "through work", "via email", "with support". */
const COMMON_MEANS =
  /^(?:work|email|text|phone|post|mail|word|school|friends|family|support|help|teams|zoom|referral|council|agency|locum|time|care|pay|love|respect|kindness|patience|experience|training|supervision|late|last|next|week|month|year|day|night|end|default|chance|mistake|accident|luck|law|hand|far|myself|themselves|contract|choice|force|design|nature)$/u;

const NAMING_WORDS = /^(?:called|named)$/u;
/** People who are called something ("a boy called", "this woman named"). */
const PERSON_NOUNS =
  /^(?:boy|girl|man|woman|lad|lass|child|kid|son|daughter|baby|guy|bloke|lady|gentleman|person|someone|somebody|chap|teenager|brother|sister|cousin|friend|colleague|worker|manager|carer|mum|dad)$/u;
const UNIT_NOUNS =
  /^(?:service|services|team|teams|department|office|unit|hub|directorate|board|panel|court|council)$/u;
/** "worked with Unaccompanied Asylum Seeking Children": whoever the work was with, not where. */
const PEOPLE_NOUNS =
  /^(?:children|families|people|parents|carers|adults|women|men|girls|boys|teenagers|refugees|seekers|survivors|victims|offenders|leavers)$/u;

/** "with the Youth Offending Service", "I": a unit named by what it does, or a pronoun, is nobody's trading name. */
function isDescriptiveUnit(words: WordToken[]): boolean {
  if (words.length === 1 && wordTags(words[0].base).has("Pronoun")) return true;
  // Note: "worked with Dr Patel", "placed at Home": a person's title or the word for a home is no workplace.
  if (HONORIFICS.test(words[0].folded) || PLACE_NOUNS.test(words[0].folded)) return true;
  if (words.length > 1 && PEOPLE_NOUNS.test(words[words.length - 1].folded)) return true;
  return UNIT_NOUNS.test(words[words.length - 1].folded) && words.every((word) => isOrdinaryWord(word.base));
}

export const HONORIFICS =
  /^(?:dr|mr|mrs|ms|miss|mx|prof|professor|cllr|councillor|judge|dc|ds|pc|sgt|sister|nurse|father|rev|reverend|sir|dame|lord|lady)$/u;

const HOSPITAL_CONTEXT =
  /\b(?:born|birth|baby|admitted|ward|a&e|maternity|discharged|hospital|nicu|scbu|special care|paediatric\w*|sectioned|inpatient|dr|medics?|consultant|surgery|operation)\b/iu;
/** Words that open a hospital's name straight after a preposition: "admitted to Queen Mary's", "at King George". */
const ROYAL_WORDS = /^(?:royal|queen|king|princess|prince)$/u;

/**
 * "born at the Lister", "on the ward at the Royal", "admitted to Queen Mary's", "had the baby at Addenbrooke's": a
 * capitalised name after "at the" (or a possessive or royal name straight after "at") in a sentence about a hospital.
 */
export function detectHospitalsByContext(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  return scanTokens(tokens, 1, (index) => {
    const token = tokens[index];
    if (!isCapitalisedMidSentence(token)) return null;
    const previous = tokens[index - 1].folded;
    const afterThe = previous === "the" && HOSPITAL_PREPOSITIONS.has(tokens[index - 2]?.folded ?? "");
    const straightAfter = HOSPITAL_PREPOSITIONS.has(previous) && (token.possessive || ROYAL_WORDS.test(token.folded));
    if (!afterThe && !straightAfter) return null;
    if (insideAny(allowed, token.start, token.baseEnd) || isIdentityWord(token.base) || isCountryOrRegion(token.base))
      return null;
    if (!HOSPITAL_CONTEXT.test(sentenceAround(text, token.start, token.end))) return null;
    const last = lastOfCapitalisedRun(text, tokens, index, 2);
    const end = tokens[last].possessive ? tokens[last].end : tokens[last].baseEnd;
    const found = detection(
      token.start,
      end,
      "hospital",
      "Hospital named in a sentence about a birth or admission",
      "nlp",
    );
    return { detection: found, last };
  });
}

const HOSPITAL_PREPOSITIONS = new Set(["at", "in", "to", "from", "into"]);

function isAnyGivenOrFamilyName(word: string): boolean {
  return isLexiconGivenName(word) && !isNameWithOrdinarySense(word);
}

const COURT_NAME_ENDING =
  /\s+(?:(?:Family|County|Combined|Crown|Magistrates['’]?)\s+Court|Justice Centre|(?:Civil and )?Family (?:Hearing )?Centre)$/u;
let shortFormMatcher: PhraseMatcher | null = null;

/** "East London", "Central": listed courts' names without "Family Court" and the like (two words, or a word that alone names nothing). */
function courtShortForms(): PhraseMatcher {
  if (shortFormMatcher) return shortFormMatcher;
  const shortForms = organisations.courts
    .map((court) => court.replace(COURT_NAME_ENDING, ""))
    .filter(
      (shortForm, index) =>
        shortForm !== organisations.courts[index] &&
        (/\s/u.test(shortForm) || GENERIC_WORDS.has(shortForm.toLowerCase())),
    );
  // Note: "to the Central Family", "at West London Family": a family court without its last word.
  const withoutCourt = organisations.courts
    .filter((court) => / Family Court$/u.test(court))
    .map((court) => court.slice(0, -6));
  shortFormMatcher = createPhraseMatcher([...shortForms, ...withoutCourt]);
  return shortFormMatcher;
}

/** Words typed in comments that name no firm: "leaving at xmas", "half my team went to agency", "from locum to perm". */
const CHAT_WORDS_OF_WORK = /^(?:xmas|christmas|locum|locums|agency|perm|temp|half|halfway|asap|tbh|obvs)$/u;
const COURT_WORK_AT =
  /(?:^|[^\p{L}])(?:judges?|hearings?|listed|court|proceedings|trial|bench|magistrates|fhdra|irh|ftmr|adjourned)\s+(?:at|in)\s+(?:the\s+)?$/iu;

/** "the hearing was at East London", "the court was West London": a listed court by its short form, in a sentence about a court. */
export function detectCourtsByShortForm(text: string, folded: string): Detection[] {
  const detections: Detection[] = [];
  for (const { start, end } of courtShortForms().find(text, folded)) {
    // Note: "the judge at central keeps adjourning": in lower case, only where a court's work puts it.
    if (!/^\p{Lu}/u.test(text[start]) && !COURT_WORK_AT.test(text.slice(Math.max(0, start - 30), start))) continue;
    // Note: "and at, oh, East London": speech puts fillers between "at" and the court.
    const introduced =
      /(?:^|[^\p{L}])(?:at|was|is|in front of|to|from|by)(?:,?\s+(?:oh|um|uh|er|erm)\b,?)?\s+(?:the\s+)?$/iu.test(
        text.slice(Math.max(0, start - 28), start),
      );
    const followed = /^\s+(?:family|county|magistrates|court)\b/iu.test(text.slice(end, end + 20));
    if (!(introduced || followed) || !CUES.court.test(sentenceAround(text, start, end))) continue;
    detections.push(
      detection(start, end, "court", "Listed court by its short form, in a sentence about a court", "list"),
    );
  }
  return detections;
}

/** Pronouns, people and the like ("We placed him", "Mother rang"): never a trading name. */
const NOT_A_FIRM_TAGS = new Set([
  "Pronoun",
  "Actor",
  "Person",
  "FirstName",
  "Determiner",
  "Conjunction",
  "Preposition",
  "Adverb",
  "Verb",
  "Adjective",
  "QuestionWord",
  "Possessive",
  "Honorific",
  "Value",
]);
const FIRM_VERB_AFTER =
  /^[ \t]+(?:placed|rang|phoned|paid|pays? (?:better|more|less|well|weekly|monthly|on time|me|us|late|badly|the best|the most|rubbish)|offered|emailed|texted|booked|contacted|found me|got me|put me|kept (?:ringing|calling|phoning|emailing)|sent (?:me|an?|someone|us)|were|are|have been|haven['’]t|don['’]t)\b/u;
/** People who book, ring and send ("Interpreter booked", "Manager rang"): never a trading name. */
export const ROLE_NOUNS =
  /^(?:interpreters?|translators?|workers?|managers?|consultants?|recruiters?|officers?|advis[eo]rs?|practitioners?|nurses?|doctors?|carers?|parents?|teachers?|head|clients?|supervisors?|assessors?|chair|lead|directors?|someone|somebody|they|he|she|we|i|mum|dad|mother|father|nan|nana|nanny|gran|granny|grandma|grandad|grandpa|auntie|aunty|uncle)$/u;
/** Nouns for groups of people, which take "were" in British English without being a firm ("Management were …"). */
const COLLECTIVE_NOUNS =
  /^(?:staff|management|police|team|council|family|government|court|people|children|everyone|everybody|leadership|admin|board|panel|class|school|office|department|service|union|media|public|majority|rest|company|agency|agencies|both|all|most|none|some|many|few|others|parents|carers|managers|colleagues|seniors|locals|lots|loads)$/u;

/** "Harbour placed me at Croydon": an ordinary capitalised word doing what agencies do, in a sentence about one. */
export function detectFirmsBySubjectUse(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  const detections: Detection[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token.capitalised || token.allCaps || !FIRM_VERB_AFTER.test(text.slice(token.end, token.end + 20))) continue;
    if (isLexiconGivenName(token.base) || isLexiconFamilyName(token.base) || GENERIC_WORDS.has(token.folded)) continue;
    if (ROLE_NOUNS.test(token.folded)) continue;
    // Note: "Compass were really supportive": a singular word taking a plural verb names the firm, a plural or group does not.
    if (
      /^[ \t]+(?:were|are|have|haven|don)\b/u.test(text.slice(token.end, token.end + 8)) &&
      !isSingularNonCollective(token)
    )
      continue;
    if (/['’]/u.test(token.base) || [...wordTags(token.base)].some((tag) => NOT_A_FIRM_TAGS.has(tag))) continue;
    if (insideAny(allowed, token.start, token.end) || isIdentityWord(token.base) || isCountryOrRegion(token.base))
      continue;
    let first = index;
    while (first > 0 && index - first < 2 && tokens[first - 1].capitalised && !tokens[first].sentenceInitial) first--;
    const context = sentenceAround(text, tokens[first].start, token.end);
    const kind: OrganisationKind | null = CUES.interpreting.test(context)
      ? "interpreting"
      : CUES.agency.test(context)
        ? "agency"
        : null;
    if (!kind) continue;
    detections.push(
      detection(tokens[first].start, token.baseEnd, kind, `Name of ${describeKind(kind)} by what it did`, "nlp"),
    );
  }
  return detections;
}

function isSingularNonCollective(token: WordToken): boolean {
  // Note: "Compass", "Nexus": a word ending in "ss" or "us" is no plural.
  return !/[^su]s$/u.test(token.folded) && !COLLECTIVE_NOUNS.test(token.folded) && !wordTags(token.base).has("Plural");
}

/** "University Hospital of Wales", "Royal Hospital for Children": a hospital named by the place or people it serves. */
const HOSPITAL_OF =
  /\b(?:(?:University|Royal|General|Children['’]s)[ \t]+)?Hospitals?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}/gu;

export function detectHospitalsOf(text: string): Detection[] {
  return [...text.matchAll(HOSPITAL_OF)].map((match) =>
    detection(match.index, match.index + match[0].length, "hospital", "Hospital named by the place it serves", "nlp"),
  );
}

/** Nouns for the kind of place itself ("at the Hospital", "at the Council"): capitalised, they still name nothing. */
export const PLACE_NOUNS =
  /^(?:hospital|court|council|school|office|offices|centre|center|station|church|mosque|temple|library|hub|unit|home|house|park|hall|hotel|hostel|airport|university|college|moment|time|end|start|weekend|meeting|conference|panel|hearing|front|back|top|bottom|same|time)$/u;

/** "HMP Belmarsh", "HMYOI Cookham Wood", "HMP & YOI Bronzefield": a prison by its title. */
const PRISON = /\bHM(?:P|YOI|P[ \t]*(?:&|and)[ \t]*YOI)[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}/gu;

export function detectPrisons(text: string): Detection[] {
  return [...text.matchAll(PRISON)].map((match) =>
    detection(match.index, match.index + match[0].length, "prison", "Prison by its title", "nlp"),
  );
}

let placeWords: Set<string> | null = null;

/** "from islington to haringey": a one-word authority or town on the shipped list is a place, not a firm. */
export function isListedPlaceWord(folded: string): boolean {
  placeWords ??= new Set(
    AUTHORITIES.flatMap((authority) => [authority.name, ...authority.variants, ...authority.places])
      .filter((name) => !/\s/u.test(name))
      .map((name) => foldForMatch(name)),
  );
  return placeWords.has(folded);
}
