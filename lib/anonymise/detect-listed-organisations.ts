import organisations from "./data/organisations.json";
import { isListedEnglishWord } from "./english-words";
import { findAllowedSpans, isOrdinaryWord } from "./known-words";
import { isNameWithOrdinarySense } from "./name-lexicon";
import { describeKind, detection, type OrganisationKind, sentenceAround } from "./organisation-detection";
import {
  createPhraseMatcher,
  foldForMatch,
  isSentenceStart,
  isTypedInLowerCase,
  normalisePhrase,
  type PhraseMatcher,
} from "./text-matching";
import type { Detection } from "./types";

/** Words that show a sentence is about each kind of organisation. */
export const CUES: Record<OrganisationKind, RegExp> = {
  agency:
    /\b(?:agenc(?:y|ies)|locum(?:s|ing|ed|ming|med)?|recruit(?:er|ers|ment|ing)|consultants?|contracts?|interim|temp(?:s|ing|ed)?|umbrella|hourly|rates?|signed up|on the books|books|perm|permanent|pay|pays|paid|paying|payslips?|timesheets?|placed|roles?|shifts?|bookings?)\b/iu,
  interpreting: /\b(?:interpret(?:er|ers|ing|ation)?|translat(?:or|ors|ion|ions|ing)|languages?|booked|signer|bsl)\b/iu,
  court:
    /\b(?:courts?|hearings?|judges?|magistrates?|proceedings|bundles?|barristers?|solicitors?|listed|cafcass|orders?|trial|adjourned|ftmr|irh|final)\b/iu,
  employer:
    /\b(?:work(?:ed|ing|s|er|ers)?|job|joined|left|moved|employer|fostering|agency|ifa|provider|home|homes|seconded|service|staff|colleagues?|team|uni|university|practice educator|placement|housing|landlord|tenancy|hostel|refuge|adviser|advisor|key ?worker|advocacy|advocates?|secondment|training|courses?|run by|charit(?:y|ies)|adoption|adopters?|helpline|volunteer(?:s|ed|ing)?|referr(?:al|als|ed))\b/iu,
  police: /\b(?:police|officers?|pc|dc|ds|arrested|custody|station)\b/iu,
  worship: /\b(?:church|mosque|temple|gurdwara|synagogue|chapel|pastor|imam|vicar|faith|congregation)\b/iu,
  prison: /\b(?:prison|jail|inside|sentence|sentenced|remand|remanded|visits?|custody|released)\b/iu,
  school: /\b(?:school|schools|pupils?|teachers?|head|year \d+|classes|class|send|senco|dsl)\b/iu,
  hospital:
    /\b(?:hospitals?|hosp|dr|medics?|baby|ward|wards|a&e|a and e|admitted|admission|born|birth|maternity|paediatric(?:ian|s)?|pediatric|nurses?|midwi(?:fe|ves)|discharged?|discharge|scan|doctors?|consultant|clinic|psychiatric|sectioned|inpatient|bed|nicu|scbu|picu|camhs|trust|transferred|taken)\b/iu,
};

interface Entry {
  kind: OrganisationKind;
  phrase: string;
  /** An acronym: only its own spelling counts. */
  exact: boolean;
  /** Has an everyday sense ("Pulse", "Priory", "Conquest"): needs a capital and a word of its field nearby. */
  ordinary: boolean;
  /** A national charity or university: named only as a workplace, whatever its spelling. */
  national: boolean;
}

let listCache: { matcher: PhraseMatcher; byKey: Map<string, Entry[]> } | null = null;

function listMatcher(): { matcher: PhraseMatcher; byKey: Map<string, Entry[]> } {
  if (listCache) return listCache;
  const byKey = new Map<string, Entry[]>();
  const add = (kind: OrganisationKind, listed: string[]) => {
    // Note: trading names are often typed as one word ("Clearvoice", "Languageline"): each name of two or three
    // words is known joined up too, unless that spells an English word.
    const joined = listed
      .filter((phrase) => /^[\p{L}]+(?: [\p{L}]+){1,2}$/u.test(phrase))
      .map((phrase) => phrase.replace(/ /gu, ""))
      .filter((phrase) => !isEverydayWord(phrase));
    for (const phrase of [...listed, ...joined]) {
      const key = normalisePhrase(phrase);
      const words = phrase.split(/\s+/u);
      const entry: Entry = {
        kind,
        phrase,
        exact: /^[A-Z][A-Za-z&]{1,5}$/u.test(phrase) && /[A-Z].*[A-Z]/u.test(phrase),
        ordinary: words.every((word) => isEverydayWord(word.replace(/['’]s?$/u, ""))) || isNationalBody(phrase),
        national: isNationalBody(phrase),
      };
      byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
  };
  add("agency", organisations.agencies);
  add("interpreting", organisations.interpreting);
  add("court", organisations.courts);
  add("hospital", organisations.hospitals);
  add("employer", organisations.employers);
  listCache = { matcher: createPhraseMatcher(byKey.keys()), byKey };
  return listCache;
}

/**
 * National charities and universities ("NSPCC", "Barnardo's", "University of Sussex") are named in passing
 * ("the NSPCC helpline"); only as someone's workplace, with a word about work nearby, do they identify.
 */
function isNationalBody(phrase: string): boolean {
  const folded = normalisePhrase(phrase);
  return (
    /\buniversity\b/u.test(folded) ||
    findAllowedSpans(phrase, folded).some((span) => span.start === 0 && span.end === phrase.length)
  );
}

/** An ordinary word as spelled (not by its stem: "Hays" is a firm though "hay" is a word). */
function isEverydayWord(word: string): boolean {
  return isOrdinaryWord(word) || isListedEnglishWord(foldForMatch(word)) || isNameWithOrdinarySense(word);
}

/** A name on the shipped lists (folded, whole): "spectrum" after "Spectrum Social Care" is the same firm. */
export function isListedOrganisationName(folded: string): boolean {
  return listMatcher().byKey.has(folded);
}

interface Candidate {
  start: number;
  end: number;
  entries: Entry[];
  capitalised: boolean;
}

/** The shipped lists of agencies, interpreting firms, courts, hospitals and employers, with their short forms. */
export function detectListedOrganisations(text: string, folded: string): Detection[] {
  const { matcher, byKey } = listMatcher();
  const candidates: Candidate[] = [];
  // Note: in a comment typed in lower case, an acronym's case says nothing ("transferred to gosh").
  let lowerCaseTyped: boolean | undefined;
  const typedInLowerCase = () => {
    lowerCaseTyped ??= isTypedInLowerCase(text);
    return lowerCaseTyped;
  };
  for (const { start, end, key } of matcher.find(text, folded)) {
    const spelled = text.slice(start, end);
    const entries = (byKey.get(key) ?? []).filter(
      (entry) =>
        !entry.exact ||
        entry.phrase === spelled ||
        isLowerCaseAcronym(spelled) ||
        followedByKindWord(text, end) ||
        (/^\p{Ll}+$/u.test(spelled) && typedInLowerCase()),
    );
    if (entries.length > 0) candidates.push({ start, end, entries, capitalised: /^\p{Lu}/u.test(spelled) });
  }
  const detections: Detection[] = [];
  const kinds = candidates.map(
    (_, index) => candidates[index].entries.find((entry) => isOrganisationHere(text, candidates, index, entry))?.kind,
  );
  // Note: a listed name joined by "and" or a comma to one already found is of the same kind ("from pulse and sanctuary").
  candidates.forEach((candidate, index) => {
    if (kinds[index]) return;
    const joinedTo = [index - 1, index + 1].find((other) => {
      const neighbour = candidates[other];
      if (!neighbour || !kinds[other]) return false;
      const gap =
        other < index ? text.slice(neighbour.end, candidate.start) : text.slice(candidate.end, neighbour.start);
      return (
        // Note: "with liquid personnel n now sanctuary": up to two joining words, as comments run names together.
        JOINING_GAP.test(gap) && candidate.entries.some((entry) => entry.kind === kinds[other])
      );
    });
    if (joinedTo !== undefined) kinds[index] = kinds[joinedTo];
  });
  candidates.forEach((candidate, index) => {
    const found = candidate.entries.find((entry) => entry.kind === kinds[index]);
    if (!found) return;
    const after = text.slice(candidate.end, candidate.end + 60);
    const service =
      (found.kind === "hospital" ? HOSPITAL_WORD_AFTER : NAMED_SERVICE_AFTER).exec(after) ??
      TRADING_WORD_AFTER.exec(after);
    const end = candidate.end + (service ? service[0].length : 0);
    // Note: "provided by The Language Shop": a capitalised "The" mid-sentence is part of the name.
    const the = /(?<=[\p{Ll},;:(][ \t]+)The[ \t]+$/u.exec(
      text.slice(Math.max(0, candidate.start - 8), candidate.start),
    );
    const start = the ? candidate.start - the[0].length : candidate.start;
    detections.push(detection(start, end, found.kind, `Listed ${describeKind(found.kind)}`, "list"));
  });
  return detections;
}

function isCertain(entry: Entry, capitalised: boolean): boolean {
  return !entry.ordinary && (capitalised || /\s/u.test(entry.phrase) || /^\p{Ll}/u.test(entry.phrase));
}

/** "elfc", "uea": an acronym typed in lower case, when it spells no word. */
function isLowerCaseAcronym(spelled: string): boolean {
  return /^\p{Ll}{3,6}$/u.test(spelled) && !isEverydayWord(spelled);
}

function isOrganisationHere(text: string, candidates: Candidate[], index: number, entry: Entry): boolean {
  const { start, end, capitalised } = candidates[index];
  const spelled = text.slice(start, end);
  if (isCertain(entry, capitalised)) return true;
  // Note: an ordinary word spelled in the list's own capitals ("TACT", "GOSH"), or a name whose later word is
  // capitalised ("Clear Voice", "Foster Care Associates"), is not the everyday word.
  if (!entry.national && entry.exact && spelled === entry.phrase && !isShouted(text, start, end)) return true;
  if (!entry.national && /\s/u.test(entry.phrase) && /\s\p{Lu}/u.test(spelled)) return true;
  // Note: "hospital sw at kings … referrals from gosh vs from a gp": a short comment is one context.
  const context = text.length <= 400 && !entry.national ? text : sentenceAround(text, start, end);
  const fieldCue =
    CUES[entry.kind].test(context) ||
    ((entry.kind === "agency" || entry.kind === "employer") && CUES.employer.test(context));
  const sibling = hasSiblingOfKind(candidates, index, entry.kind);
  if (KIND_NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return true;
  if (!capitalised) {
    // Note: "my dad was in the copper vale": a listed name of two everyday words after a preposition and "the".
    const preposition =
      ORGANISATION_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
      (/\s/u.test(entry.phrase) && PREPOSITION_THE_BEFORE.test(text.slice(Math.max(0, start - 12), start)));
    if (!entry.ordinary) return fieldCue || sibling;
    if (/\s/u.test(entry.phrase)) return fieldCue || preposition || followedByOrganisationUse(text, end);
    if (followedByKindWord(text, end)) return true;
    // Note: "born at the conquest", "the conquest in hastings never tells us": a hospital by its place in the text.
    const located =
      PREPOSITION_THE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
      IN_A_PLACE.test(text.slice(end, end + 8));
    if (entry.kind === "hospital" && fieldCue && located) return true;
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
    // Note: a plural verb after a singular word ("compass were way more supportive") shows a firm here too.
    const pluralVerb = /^\s+(?:were|are)\b/u.test(text.slice(end, end + 8));
    return (fieldCue && (preposition || pluralVerb || followedByOrganisationUse(text, end))) || sibling;
  }
  // Note: a singular name with a plural verb ("Horizon were better") is a firm, not the everyday word.
  if (/^\s+(?:were|are)\b/u.test(text.slice(end, end + 8))) return true;
  if (isSentenceStart(text, start) && !/\s/u.test(entry.phrase)) {
    // Note: at a sentence's start only a verb that needs someone doing it ("Nonstop asked"), or the word for what the
    // firm is ("Sovereign housing"), shows the name.
    if (followedByAgentVerb(text, end) || followedByKindWord(text, end)) return true;
    if (!followedByOrganisationUse(text, end)) return false;
  }
  return CUES[entry.kind].test(context) || sibling;
}

const JOINING_WORD = String.raw`(?:(?:and|n|or|then|now|later|also|before|after|that)\s+|[&/]\s*)`;
/** A comma or one or two joining words between two names ("pulse and sanctuary", "hays, then reed", "liquid n now tact"). */
const JOINING_GAP = new RegExp(`^\\s*(?:,\\s*${JOINING_WORD}{0,2}|${JOINING_WORD}{1,2})$`, "u");
/** "Barnardo's Hope Service", "Coram Adoption Project": a named service of a listed organisation. */
const NAMED_SERVICE_AFTER =
  /^(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}?[ \t]+(?:Service|Project|Programme|Centre|Hub)(?![\p{L}])/u;
/** "nonstop consult", "apex people", "Hays Group": a trading name's own last word after a listed name, in any case. */
const TRADING_WORD_AFTER =
  /^[ \t]+(?:people|consult|consulting|consultancy|group|solutions|personnel|resourcing|recruitment|staffing|ltd|limited|uk|global|associates|partners)(?![\p{L}])/iu;
/** "the locum agency (apex people)", "agency: apex": a listed name set right after the noun for what it is. */
const KIND_NOUN_BEFORE =
  /(?:agency|agencies|recruiter|firm|company|ifa|provider|interpreters?|interpreting service|hospital|trust|court)[ \t]*[(:][ \t]*$/iu;
/** "kings college hosp", "the Royal Free hospital": the word for a hospital after its name. */
const HOSPITAL_WORD_AFTER = /^[ \t]+(?:hosp\.?|hospital)(?![\p{L}])/iu;
/** A determiner or a possessive before a word ("the sanctuary", "a women's refuge"): the word is a common noun there. */
const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|this|that|my|our|your|his|her|its|their|some|any|no|\p{L}+['’]s)\s+$/iu;
const IN_A_PLACE = /^[ \t]+in[ \t]+\p{L}{3}/u;
const PREPOSITION_THE_BEFORE = /(?:^|[^\p{L}])(?:in|at|to|from|into|outta|out of)\s+the\s+$/iu;
const ORGANISATION_PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:via|through|thru|with|for|joined|to|at|from|by|use|used|using|booked)\s+$/iu;

/** Another listed organisation of the same kind nearby ("from Hays … via Nonstop") is a cue too. */
function hasSiblingOfKind(candidates: Candidate[], index: number, kind: OrganisationKind): boolean {
  const { start } = candidates[index];
  // Note: "since lantern took over from brellix": in lower case, a listed name no dictionary holds is as sure.
  const isSibling = (other: Candidate) =>
    other.entries.some((entry) => entry.kind === kind && (isCertain(entry, other.capitalised) || !entry.ordinary));
  for (let other = index - 1; other >= 0 && start - candidates[other].start < 200; other--)
    if (isSibling(candidates[other])) return true;
  for (let other = index + 1; other < candidates.length && candidates[other].start - start < 200; other++)
    if (isSibling(candidates[other])) return true;
  return false;
}

/** Capitals that say nothing ("WE NEED TACT AND CARE"): a neighbouring everyday word is in capitals too. */
function isShouted(text: string, start: number, end: number): boolean {
  const before = /([\p{L}]{2,})[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[^\p{L}]*([\p{L}]{2,})/u.exec(text.slice(end, end + 30))?.[1];
  return [before, after].some((word) => word !== undefined && word === word.toUpperCase() && isEverydayWord(word));
}

/** "tact fostering", "reed recruitment": a name in lower case before the word for what it is. */
function followedByKindWord(text: string, end: number): boolean {
  return /^[ \t]+(?:fostering|recruitment|personnel|resourcing|social care|interpreting|interpreters|languages|healthcare|hospital|hosp|nhs|housing)(?![\p{L}])/iu.test(
    text.slice(end, end + 20),
  );
}

function followedByAgentVerb(text: string, end: number): boolean {
  return /^\s+(?:rang|called|emailed|sent|offered|placed|paid|told|asked|wanted|kept|helped|supported|sorted|housed|funded)\b/u.test(
    text.slice(end, end + 12),
  );
}

function followedByOrganisationUse(text: string, end: number): boolean {
  return /^\s*(?:rang|called|emailed|sent|offered|placed|pay|pays|paid|said|told|asked|wanted|kept|never|still|were|was|is|are|have|had|do|did|'s|’s|wouldnt|wouldn['’]t|wont|won['’]t|didnt|didn['’]t|refused|took|gave)\b/iu.test(
    text.slice(end, end + 20),
  );
}
