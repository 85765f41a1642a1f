import {
  detectEmployersOfFamily,
  detectEmployersOfSomeoneFrom,
  detectFirmsNamedInPassing,
  detectProvidersBy,
} from "./detect-firms-named-in-passing";
import { detectInterpretingFirms } from "./detect-interpreting-firms";
import { detectIntroducedOrganisations } from "./detect-introduced-organisations";
import { detectListedOrganisations, isListedOrganisationName } from "./detect-listed-organisations";
import {
  detectLowerCasePrisons,
  detectLowerCaseTrusts,
  detectLowerCaseUniversities,
} from "./detect-lower-case-institutions";
import {
  DESCRIBING_WORDS,
  detectCalledOrganisations,
  detectLowerCaseCompanies,
  detectLowerCaseNamedPlaces,
  detectLowerCaseTradingNames,
} from "./detect-lower-case-organisations";
import { detectNamedTeams, TEAM_DESCRIPTORS } from "./detect-named-teams";
import { detectLaterMentions } from "./detect-organisation-mentions";
import {
  detectByCue,
  detectCourtsByShortForm,
  detectFirmsBySubjectUse,
  detectHospitalsByContext,
  detectHospitalsOf,
  detectPrisons,
} from "./detect-organisations-by-context";
import { detectHospitalWards, detectOrganisationsByShape, isSurnameWard } from "./detect-organisations-by-shape";
import { detectOrganisationsByWebAddress } from "./detect-organisations-by-web-address";
import { growOrganisationsOverEndings } from "./detect-organisations-grown-over-endings";
import {
  detectOrganisationsBeforeTheirKind,
  detectOrganisationsInApposition,
} from "./detect-organisations-in-apposition";
import { detectOrganisationsInKindLists } from "./detect-organisations-in-kind-lists";
import { detectOrganisationsInNotes } from "./detect-organisations-in-notes";
import { detectFirmsInSequences } from "./detect-organisations-in-sequences";
import {
  detectAgenciesByBooks,
  detectLowerCaseFirmsBySubjectUse,
  detectOrganisationsInSlots,
} from "./detect-organisations-in-slots";
import { detectOrganisationsNamedAfterKind } from "./detect-organisations-named-after-kind";
import { detectPoliceForces } from "./detect-police-forces";
import { detectQuotedOrganisations } from "./detect-quoted-organisations";
import { detectUniversities } from "./detect-universities";
import {
  detectCamelCaseNames,
  detectNamesAfterCapitalThe,
  detectNamesAfterThe,
  detectRoyalNamedPlaces,
  detectStandingPossessives,
} from "./detect-venues";
import { detectNamesSaidAsWhatItWas } from "./detect-what-it-was-called";
import {
  findAllowedSpans,
  isEnglishWordForm,
  isEverydayWord,
  isIdentityWord,
  isOrdinaryWord,
  wordTags,
} from "./known-words";
import {
  DAYS_AND_MONTHS,
  describeKind,
  detection,
  GENERIC_WORDS,
  insideAny,
  type OrganisationKind,
} from "./organisation-detection";
import { DESCRIBED_ENDINGS, ORGANISATION_ENDINGS, ORGANISATION_TWO_WORD_ENDINGS } from "./organisation-endings";
import { foldForMatch, isTypedInLowerCase, tokeniseWords, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Endings that also close a description ("Job Centre", "Public Law", "Risk Assessments"): a prefix word must name. */
const DESCRIBED_ENDING = new RegExp(`^(?:${[...DESCRIBED_ENDINGS, "assessments"].join("|")})$`, "u");
/**
 * Endings only a trading name or a service carries: a prefix word never redacted elsewhere ("Coram Chambers",
 * "London Ambulance") still names it here.
 */
const TRADING_ENDING =
  /^(?:chambers|solicitors|ltd|limited|llp|plc|recruitment|recruit|staffing|locums|resourcing|personnel|ambulance)$/u;
/** Between the words of a name: spaces, after a plural possessive too ("Camberwell Green Magistrates' Court"). */
const NAME_GAP = /^['’]?[ \t]+$/u;

/** The two-word endings by their words; the first listed wins, as a search of the list would find it. */
const TWO_WORD_ENDING_KINDS = new Map<string, OrganisationKind>();
for (const [ending, kind] of ORGANISATION_TWO_WORD_ENDINGS) {
  if (!TWO_WORD_ENDING_KINDS.has(ending)) TWO_WORD_ENDING_KINDS.set(ending, kind);
}

/**
 * Endings that name a court or a service in lower case too, after a capitalised name: "Stratford magistrates court",
 * "the Poppy contact centre", "the Larches children's home", "Brookfield primary", "Bluebell ward", "Sovereign housing".
 */
const LOWER_CASE_ENDING =
  /^(?:magistrates|magistrates['’]|family|county|crown|combined|contact|children['’]s|youth|hostel|refuge|ward|housing|primary|school|academy|surgery|clinic|nursery|hosp|maternity|neonatal)$/u;
/** Endings that are also everyday words for what is done there ("Heart Surgery", "Intensive Care"). */
const EVERYDAY_ENDING = /^(?:surgery|care|clinic|ward|housing|lodge)$/u;
const BEFORE_A_PLACE_NAME = /^(?:at|from|by|on)$/u;

/** Step 2b: agencies, interpreting firms, courts, hospitals and named teams, from the shipped lists and from shape. */
export function detectOrganisations(text: string): Detection[] {
  const folded = foldForMatch(text);
  const tokens = tokeniseWords(text);
  const allowed = findAllowedSpans(text, folded);
  const found = growOrganisationsOverEndings(text, [
    ...detectLowerCaseServices(text),
    ...detectByCue(text, tokens, allowed),
    ...detectFirmsBySubjectUse(text, tokens, allowed),
    ...detectHospitalsByContext(text, tokens, allowed),
    ...detectHospitalsOf(text),
    ...detectPrisons(text),
    ...detectPoliceForces(text),
    ...detectListedOrganisations(text, folded),
    ...detectCourtsByShortForm(text, folded),
    ...detectQuotedOrganisations(text),
    ...detectIntroducedOrganisations(text),
    ...detectByEnding(text, tokens, allowed),
    ...detectOrganisationsByShape(text, allowed),
    ...detectOrganisationsInSlots(text, tokens, allowed),
    ...detectOrganisationsNamedAfterKind(text),
    ...detectOrganisationsInApposition(text, tokens, allowed),
    ...detectOrganisationsBeforeTheirKind(text, tokens, allowed),
    ...detectOrganisationsByWebAddress(text, tokens),
    ...detectAgenciesByBooks(text, allowed),
    ...detectLowerCaseFirmsBySubjectUse(text, tokens),
    ...detectLowerCaseTradingNames(text, tokens),
    ...detectLowerCaseCompanies(text, tokens),
    ...detectCalledOrganisations(text, tokens),
    ...detectLowerCaseNamedPlaces(text, tokens),
    ...detectLowerCaseTrusts(text, tokens),
    ...detectLowerCasePrisons(text, tokens),
    ...detectLowerCaseUniversities(text, tokens),
    ...detectUniversities(text),
    ...detectOrganisationsInKindLists(text),
    ...detectInterpretingFirms(text),
    ...detectFirmsInSequences(text, tokens, allowed),
  ]);
  // Note: "joined Microsoft Teams": a product or programme that is never redacted names no team.
  const teams = [
    ...detectNamedTeams(text, tokens).filter((team) => !insideAny(allowed, team.start, team.end)),
    ...detectHospitalWards(text, allowed),
  ];
  const longer = [...found, ...teams];
  const venues = growOrganisationsOverEndings(text, [
    ...detectNamesAfterThe(text, tokens, allowed),
    ...detectNamesAfterCapitalThe(text, tokens, allowed),
    ...detectStandingPossessives(text, allowed),
    ...detectCamelCaseNames(text, allowed),
    ...detectRoyalNamedPlaces(text, allowed),
    ...detectNamesSaidAsWhatItWas(text, tokens, allowed),
    ...detectFirmsNamedInPassing(text, tokens, allowed),
    ...detectEmployersOfSomeoneFrom(text, tokens, allowed),
    ...detectProvidersBy(text, tokens, allowed),
    ...detectEmployersOfFamily(text, tokens, allowed),
    ...detectOrganisationsInNotes(text, allowed),
  ]).filter((venue) => !insideAny(longer, venue.start, venue.end));
  return uniqueSpans([...found, ...venues, ...detectLaterMentions(text, folded, [...found, ...venues]), ...teams]);
}

function uniqueSpans(detections: Detection[]): Detection[] {
  const seen = new Set<string>();
  return detections
    .filter((detection) => {
      const key = `${detection.start}:${detection.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((left, right) => left.start - right.start);
}

function isCapitalisedName(token: WordToken): boolean {
  return token.capitalised && !GENERIC_WORDS.has(token.folded);
}

/** "Sunrise Fostering placed him": a noun with no describing sense opening the sentence before a firm's own ending. */
function opensFirmName(word: WordToken, ending: string, words: number): boolean {
  if (words !== 1 || !word.sentenceInitial || !FIRM_ONLY_ENDING.test(ending)) return false;
  const tags = wordTags(word.base);
  return tags.has("Noun") && !tags.has("Actor") && !tags.has("Adjective") && !DESCRIBING_WORDS.has(word.folded);
}
const FIRM_ONLY_ENDING =
  /^(?:fostering|recruitment|staffing|locums|personnel|resourcing|associates|healthcare|supported living|social care)$/u;

/** "Bramble Recruitment", "Tower Interpreting Ltd", "Ashdown Family Court": capitalised words before an ending. */
function detectByEnding(text: string, tokens: WordToken[], allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  let floor = 0;
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    const lowerCaseEnding = !token.capitalised && LOWER_CASE_ENDING.test(foldedWord(token));
    if (!token.capitalised && !lowerCaseEnding) continue;
    let kind: OrganisationKind | null = null;
    let endIndex = index;
    const two = index + 1 < tokens.length ? `${foldedWord(token)} ${tokens[index + 1].folded}` : "";
    const twoWordKind = TWO_WORD_ENDING_KINDS.get(two);
    // Note: "Bluegate Health & Social care": a capitalised ending's second word may be typed in lower case.
    if (twoWordKind && NAME_GAP.test(text.slice(token.end, tokens[index + 1].start))) {
      kind = twoWordKind;
      endIndex = index + 1;
    } else {
      kind = ORGANISATION_ENDINGS.find(([pattern]) => pattern.test(token.folded))?.[1] ?? null;
    }
    if (!kind) continue;
    // Note: "Beacon Social Care Recruitment": an ending followed by another is part of a longer name.
    if (isEndingAt(text, tokens, endIndex + 1)) continue;
    // Note: "Statutory Maternity Pay", "the Special Care unit": a department word before what it pays or holds names no hospital.
    if (
      /^(?:pay|leave|allowance|cover|grant|unit|services?)$/iu.test(tokens[endIndex + 1]?.folded ?? "") &&
      kind === "hospital"
    )
      continue;
    let first = index;
    while (first > floor) {
      const previous = tokens[first - 1];
      const gap = text.slice(previous.end, tokens[first].start);
      const joins = NAME_GAP.test(gap) || /^[ \t]*&[ \t]*$/u.test(gap);
      if (!joins || !(previous.capitalised || ["and", "of", "&"].includes(previous.folded))) break;
      if (previous.sentenceInitial && isOrdinaryWord(previous.base) && !previous.capitalised) break;
      first--;
      if (index - first >= 4) break;
    }
    while (first < index && !tokens[first].capitalised) first++;
    if (first < index && tokens[first].sentenceInitial && isOrdinaryWord(tokens[first].base) && first + 1 < index)
      first++;
    const prefix = tokens.slice(first, index);
    if (
      !prefix.some(
        (word) =>
          (isCapitalisedName(word) &&
            !isIdentityWord(word.base) &&
            (!insideAny(allowed, word.start, word.end) || kind === "court" || TRADING_ENDING.test(token.folded)) &&
            !(word.sentenceInitial && isOrdinaryWord(word.base) && !isListedOrganisationName(word.folded))) ||
          opensFirmName(word, endIndex > index ? two : token.folded, index - first),
      )
    )
      continue;
    if (prefix.length === 0) continue;
    if (DESCRIBED_ENDING.test(token.folded) && endIndex === index && !isNamingPrefix(prefix, token)) continue;
    // Note: "Leeds Combined Court Centre": a court's words inside the name say what it is.
    if (kind === "employer" && prefix.some((word) => /^(?:court|magistrates)$/u.test(word.folded))) kind = "court";
    // Note: "Heart Surgery" and "Intensive Care" say what is done; one ordinary word names a practice or provider only
    // after "at", "from", "by" … ("referral from Hawthorn Surgery").
    if (
      EVERYDAY_ENDING.test(token.folded) &&
      endIndex === index &&
      prefix.length < 2 &&
      isEnglishWordForm(prefix[0].base) &&
      !isListedOrganisationName(prefix[0].folded) &&
      !BEFORE_A_PLACE_NAME.test(tokens[first - 1]?.folded ?? "") &&
      // Note: "at the Rainbow ward": "the" may stand between the preposition and the name.
      !(tokens[first - 1]?.folded === "the" && BEFORE_A_PLACE_NAME.test(tokens[first - 2]?.folded ?? ""))
    )
      continue;
    if (
      token.base === "Ward" &&
      isSurnameWard(
        text,
        tokens[first].start,
        prefix.map((word) => word.base),
      )
    )
      continue;
    const start = tokens[first].start;
    // Note: courts' own names often join two ("Medway County Court and Family Court").
    const joined =
      kind === "court"
        ? /^[ \t]+and[ \t]+Family[ \t]+Court(?![\p{L}])/u.exec(
            text.slice(tokens[endIndex].end, tokens[endIndex].end + 25),
          )
        : null;
    // Note: "Queen Tolvey Hospital Brackwater, 15/08", "Kiln Academy Thimble.": a site may follow the name before a pause.
    if (!joined && isSiteAfter(text, tokens, endIndex)) endIndex++;
    const end = joined ? tokens[endIndex].end + joined[0].length : tokens[endIndex].baseEnd;
    detections.push(detection(start, end, kind, `Name of ${describeKind(kind)} by its ending`, "nlp"));
    index = endIndex;
    floor = endIndex + 1;
  }
  return detections;
}

/**
 * Whether the words before a described ending name it: one word that is no word of the work, and after "and" only
 * ("Risk Assessments and Public Law"); before "Law" a word that is no English word ("HB Public Law", not "Family Law").
 */
function isNamingPrefix(prefix: WordToken[], ending: WordToken): boolean {
  const and = prefix.findLastIndex((word) => word.folded === "and" || word.folded === "&");
  const own = prefix.slice(and + 1);
  if (ending.folded === "law") return own.some((word) => word.allCaps || !isEnglishWordForm(word.base));
  return own.some(
    (word) => !GENERIC_WORDS.has(word.folded) && !TEAM_DESCRIPTORS.has(word.folded) && !isEverydayWord(word.base),
  );
}

const SITE_AFTER = /^(?:hospital|academy|college)$/u;
const SITE_PAUSE = /^(?:[ \t]*[,.;:)\n]|[ \t]*$)/u;

/** One capitalised word of no service straight after "Hospital", "Academy" or "College" and before a pause: its site. */
function isSiteAfter(text: string, tokens: WordToken[], endIndex: number): boolean {
  const ending = tokens[endIndex];
  const site = tokens[endIndex + 1];
  if (!SITE_AFTER.test(ending.folded) || !site?.capitalised || site.allCaps || ending.possessive) return false;
  if (!/^[ \t]+$/u.test(text.slice(ending.end, site.start)) || !SITE_PAUSE.test(text.slice(site.end, site.end + 3)))
    return false;
  return (
    !GENERIC_WORDS.has(site.folded) &&
    !TEAM_DESCRIPTORS.has(site.folded) &&
    !isEverydayWord(site.base) &&
    !isIdentityWord(site.base) &&
    !DAYS_AND_MONTHS.test(site.folded) &&
    !/^(?:discharge|admission|admissions|appointment|appointments|transport|parking|staff|records|visit|visits|stay)$/u.test(
      site.folded,
    )
  );
}

function isEndingAt(text: string, tokens: WordToken[], index: number): boolean {
  const token = tokens[index];
  if (!token?.capitalised || !NAME_GAP.test(text.slice(tokens[index - 1].end, token.start))) return false;
  const two = index + 1 < tokens.length ? `${foldedWord(token)} ${tokens[index + 1].folded}` : "";
  return ORGANISATION_ENDINGS.some(([pattern]) => pattern.test(token.folded)) || TWO_WORD_ENDING_KINDS.has(two);
}

/** The whole word folded, a possessive's "'s" included; without one that is the token's `folded` already. */
function foldedWord(token: WordToken): string {
  return token.possessive ? foldForMatch(token.text) : token.folded;
}

/** "the garden house contact centre" in a comment typed in lower case: nouns before a service's name are its name. */
const LOWER_CASE_SERVICE =
  /(?<=\b(?:the|at|from)[ \t]+)((?:(?!(?:the|a|an|my|our|their|his|her)[ \t])[a-z][a-z'’-]+[ \t]+){1,2})(?:contact centre|children['’]s home|family centre|youth centre|resource centre|community centre)\b/gu;
const NOT_A_NAME_TAGS = new Set(["Adjective", "Determiner", "Value", "Possessive", "Pronoun", "Adverb", "Preposition"]);

function detectLowerCaseServices(text: string): Detection[] {
  if (!isTypedInLowerCase(text)) return [];
  const detections: Detection[] = [];
  for (const match of text.matchAll(LOWER_CASE_SERVICE)) {
    const words = match[1].trim().split(/[ \t]+/u);
    const isName = (word: string) =>
      !GENERIC_WORDS.has(word) && !isIdentityWord(word) && ![...wordTags(word)].some((tag) => NOT_A_NAME_TAGS.has(tag));
    if (!words.every(isName)) continue;
    detections.push(
      detection(match.index, match.index + match[0].length, "employer", "Service named in a lower-case comment", "nlp"),
    );
  }
  return detections;
}
