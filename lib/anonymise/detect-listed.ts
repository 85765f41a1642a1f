import { AUTHORITIES, type Authority, COMMON_WORD_NAMES } from "./authorities";
import { authoritySpellings, isAcronym } from "./authority-short-forms";
import { isListedEnglishWord } from "./english-words";
import {
  endsAnotherName,
  followsPlacePreposition,
  isBracketedAfterCouncil,
  isCalledATown,
  isJoinedToListedPlace,
  isNamedInTalkOfAuthorities,
  isRepeatOfName,
  type ListedMatch,
  looksLikeTheName,
} from "./listed-name-cues";
import { findMisspeltNames } from "./misspelt-listed-names";
import {
  createPhraseMatcher,
  findPhrase,
  foldForMatch,
  isTypedInLowerCase,
  normalisePhrase,
  type PhraseMatcher,
} from "./text-matching";
import type { Detection } from "./types";

interface ListEntry {
  phrase: string;
  kind: "authority" | "place";
  region: Authority["region"];
  authority: string;
}

const REPLACEMENT = {
  authority: { london: "[London borough]", south_east: "[South East authority]", elsewhere: "[authority]" },
  place: { london: "[London area]", south_east: "[town]", elsewhere: "[town]" },
} as const;

const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/u;

const TITLE_OF =
  /(?:^|[^\p{L}])(?:duke|duchess|prince|princess|earl|countess|bishop|archbishop|marquess|dean|lord mayor)[ \t]+of[ \t]+$/iu;

const REGION_NAME = { london: "London", south_east: "South East", elsewhere: "neighbouring" } as const;

let entriesCache: (ListEntry & { cueOnly: boolean })[] | null = null;

/** Every phrase the shipped list recognises, with council titles, short forms and "&"/"and"/"n" spellings generated. */
function listEntries(): (ListEntry & { cueOnly: boolean })[] {
  entriesCache ??= AUTHORITIES.flatMap((authority) =>
    authoritySpellings(authority).map(({ phrase, kind, cueOnly }) => ({
      phrase,
      kind,
      region: authority.region,
      authority: authority.name,
      cueOnly: cueOnly || COMMON_WORD_NAMES.has(phrase),
    })),
  );
  return entriesCache;
}

interface KeyedEntry {
  entry: ListEntry;
  /** Set when every spelling for this key is an acronym: only these exact spellings count. */
  exactSpellings: Set<string> | null;
  /** Set when every spelling for this key is an ordinary word or two bare letters: named only with a cue. */
  cueOnly: boolean;
}

let matcherCache: { matcher: PhraseMatcher; byKey: Map<string, KeyedEntry> } | null = null;

function listMatcher(): { matcher: PhraseMatcher; byKey: Map<string, KeyedEntry> } {
  if (matcherCache) return matcherCache;
  const byKey = new Map<string, KeyedEntry>();
  for (const entry of listEntries()) {
    const key = normalisePhrase(entry.phrase);
    const keyed = byKey.get(key) ?? { entry, exactSpellings: new Set<string>(), cueOnly: true };
    if (keyed.exactSpellings && isAcronym(entry.phrase)) keyed.exactSpellings.add(entry.phrase);
    else keyed.exactSpellings = null;
    keyed.cueOnly &&= entry.cueOnly;
    byKey.set(key, keyed);
  }
  matcherCache = { matcher: createPhraseMatcher(byKey.keys()), byKey };
  return matcherCache;
}

/** Authorities whose names are English words seldom used as words ("havering", "slough"), unlike "reading", "barking" or "deal". */
const RARELY_ITS_WORD = /^(?:havering|slough)$/u;
const PLURAL_VERB_AFTER = /^[ \t]+(?:are|were|pay|paid|have|had|offer|offered|do|did)(?![\p{L}])/u;

/** " of Windsor", " of Kingston upon Thames", " of Windsor and Maidenhead": the name after a borough's title. */
const TITLE_OF_NAME =
  /^[ \t]+of[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:upon|and|&)[ \t]+\p{Lu}[\p{L}'’-]+)?(?![\p{L}\p{N}'’-])/u;

/** Step 2: the shipped authority and town list, plus the project's own terms (agencies, teams, employers). */
export function detectListed(text: string, customTerms: readonly string[] = []): Detection[] {
  const folded = foldForMatch(text);
  const detections: Detection[] = [];
  const { matcher, byKey } = listMatcher();
  let lowerCaseTyped: boolean | null = null;
  const isLowerCaseComment = () => {
    lowerCaseTyped ??= isTypedInLowerCase(text);
    return lowerCaseTyped;
  };
  const matches = matcher.find(text, folded);
  const spelledRight = matches.map(({ start, end, key }) => {
    const exactSpellings = byKey.get(key)?.exactSpellings;
    const spelled = text.slice(start, end);
    if (!exactSpellings || exactSpellings.has(spelled) || isDistinctiveAcronym(spelled)) return true;
    // Note: "lbh is a nightmare", "I left kcc in May": in a comment typed in lower case, or after a preposition of place,
    // a short acronym is lower case too.
    if (!/^\p{Ll}+$/u.test(spelled) || isListedEnglishWord(spelled)) return false;
    return isLowerCaseComment() || followsPlacePreposition(text, start, end);
  });
  const needsNoCue = (match: ListedMatch | undefined) => match !== undefined && byKey.get(match.key)?.cueOnly === false;
  const otherAuthority = matches.some(
    (match, index) => spelledRight[index] && needsNoCue(match) && byKey.get(match.key)?.entry.kind === "authority",
  );
  const hasCue = (index: number, kind: ListEntry["kind"]) => {
    const { start, end } = matches[index];
    const lower = /^\p{Ll}/u.test(text[start]);
    if (endsAnotherName(text, start)) return false;
    if (isJoinedToListedPlace(text, matches, index, needsNoCue) || isCalledATown(text, start, end)) return true;
    // Note: "in March", "March was busy": a town named like a month is the town only in a list or called a town.
    if (MONTH.test(matches[index].key)) return false;
    // Note: "back in th", not "the th sound": two bare letters need a place's preposition and another authority named.
    if (text.slice(start, end).replace(/[^\p{L}]/gu, "").length <= 2)
      return otherAuthority && followsPlacePreposition(text, start, end);
    if (looksLikeTheName(text, start, end, kind) || isBracketedAfterCouncil(text, start)) return true;
    // Note: "our carers in deal were moved": a comment that opens in lower case is typed so, whatever names it capitalises.
    if (lower && followsPlacePreposition(text, start, end) && (isLowerCaseComment() || /^\s*\p{Ll}/u.test(text)))
      return true;
    // Note: "leaving care at havering", "havering are offering": a name seldom meant as its word needs only a
    // preposition or a plural verb, whatever the case of the rest of the text.
    if (lower && RARELY_ITS_WORD.test(matches[index].key))
      if (followsPlacePreposition(text, start, end) || PLURAL_VERB_AFTER.test(text.slice(end, end + 12))) return true;
    return lower && kind === "authority" && isNamedInTalkOfAuthorities(text, start, end, otherAuthority);
  };
  const chosen: number[] = [];
  const named = new Set<string>();
  const waiting: number[] = [];
  for (const [index, { start, key }] of matches.entries()) {
    const keyed = byKey.get(key);
    if (!keyed || !spelledRight[index]) continue;
    // Note: "the Duke of Edinburgh award", "the Bishop of Durham": a title's holder names no place.
    if (TITLE_OF.test(text.slice(Math.max(0, start - 24), start))) continue;
    if (keyed.cueOnly && !hasCue(index, keyed.entry.kind)) {
      waiting.push(index);
      continue;
    }
    named.add(key);
    chosen.push(index);
  }
  // Note: "in hull ... hull gave me": a name read as the place once is the place again where no verb's sense is shown;
  // "covering berks and bucks": one joined to a name read so is a place too.
  const taken = new Set(chosen.map((index) => matches[index]));
  const isTaken = (match: ListedMatch | undefined) => match !== undefined && taken.has(match);
  for (const index of waiting) {
    const { start, end, key } = matches[index];
    if (named.has(key) && !MONTH.test(key) && /^\p{Ll}/u.test(text[start]) && isRepeatOfName(text, start, end))
      chosen.push(index);
    else if (!endsAnotherName(text, start) && isJoinedToListedPlace(text, matches, index, isTaken)) chosen.push(index);
  }
  for (const index of chosen.sort((left, right) => left - right)) {
    const { start, end, key } = matches[index];
    const entry = (byKey.get(key) as KeyedEntry).entry;
    const spelled = text.slice(start, end);
    // Note: "the Broadwater Farm estate", "Peckham Rye station", "clapham park": the word after a listed place is part
    // of the name.
    const after = entry.kind === "place" ? partOfTheName(text, start, end) : 0;
    // Note: "worked at barking and dag": a joined authority's name cut short is still that authority.
    const cut = entry.kind === "authority" ? shortenedRest(text, start, end, entry.authority) : 0;
    // Note: "I went to the Royal Borough": a title said instead of the name takes its "the".
    const the = /^(?:Royal|London) Borough\b/u.test(spelled)
      ? /\bthe[ \t]+$/iu.exec(text.slice(Math.max(0, start - 6), start))
      : null;
    // Note: "the Royal Borough of Windsor": the title's own "of" and name, even a short or unlisted one.
    const from = end + after + cut;
    const of = /^(?:Royal|London) Borough$/u.test(spelled) ? TITLE_OF_NAME.exec(text.slice(from, from + 60)) : null;
    detections.push({
      start: start - (the ? the[0].length : 0),
      end: end + after + cut + (of ? of[0].length : 0),
      category: entry.kind,
      reason:
        entry.kind === "authority"
          ? `Listed ${REGION_NAME[entry.region]} authority`
          : `Listed town or area (${REGION_NAME[entry.region]})`,
      source: "list",
      replacement: REPLACEMENT[entry.kind][entry.region],
    });
  }
  for (const { start, end, kind, region } of findMisspeltNames(text, matches)) {
    const name = kind === "authority" ? `${REGION_NAME[region]} authority` : `town or area (${REGION_NAME[region]})`;
    detections.push({
      start,
      end,
      category: kind,
      reason: `Listed ${name}, typed one letter out`,
      source: "list",
      replacement: REPLACEMENT[kind][region],
    });
  }
  for (const term of customTerms) {
    if (term.trim().length < 2) continue;
    for (const found of findPhrase(text, folded, term)) {
      detections.push({
        start: found.start,
        end: found.end,
        category: "organisation",
        reason: "Project list of organisations",
        source: "custom",
        replacement: "[organisation]",
      });
    }
  }
  return detections;
}

/**
 * Words for a building or a site that close a place's name when they follow it: "the hillside pru", "charlton house";
 * not where the word opens a compound of its own ("house prices", "school holidays").
 */
export const BUILDING_WORDS =
  "(?:centre|center|pru|school|academy|primary|nursery|college|clinic|surgery|library|hub|hall|hostel|campus|house|lodge)(?![\\p{L}\\p{N}'’-])(?![ \\t]+(?:prices?|holidays?|fees?|runs?|trips?|uniforms?|meals?|places?|terms?)(?![\\p{L}]))";
/** "st marys rc primary", "kidbrooke park school": a school's faith, stage or grounds before its building word. */
export const SCHOOL_BUILDING = `(?:(?:rc|ce|cofe|catholic|methodist|junior|juniors|infant|infants|primary|secondary|high|park|community|grammar)[ \\t]+){0,2}${BUILDING_WORDS}`;
/**
 * "kennet way", "on marine parade": a street's last word closes a place's name, unless it runs on as a phrase of its
 * own ("hastings way more expensive", "the leeds way of doing it").
 */
export const STREET_WORDS =
  "(?:way|road|rd|street|lane|avenue|crescent|gardens|terrace|parade|mews)(?![\\p{L}\\p{N}'’-])(?![ \\t]+(?:of|to|more|less|back|too|better|worse|off|over|out|before|after|up|down|ahead|behind|past|round|around|further|longer|bigger|cheaper|higher|lower)(?![\\p{L}]))";
/** "the Broadwater Farm estate", "charlton house": a site's or building's word after a listed place. */
const PART_OF_THE_NAME = new RegExp(`^[ \\t]+(?:(?:estate|station|park|common)(?![\\p{L}])|${BUILDING_WORDS})`, "iu");
/**
 * "kidbrooke park school", "brixton road": typed in lower case, a school's or street's words after a listed place.
 * Note: in capitals the longer name is the organisation rules' to find ("Hove Park School"), with its kind.
 */
const PART_OF_A_LOWER_CASE_NAME = new RegExp(
  `^(?:[ \\t]+(?:estate|station|park|common)(?![\\p{L}]))?[ \\t]+(?:${SCHOOL_BUILDING}|${STREET_WORDS})`,
  "u",
);
/** "wants it done the essex way", "the Leeds way": a way of working, after a word that points, is no street. */
const POINTED_AT = /(?:^|[^\p{L}])(?:the|a|an|this|that|their|our|his|her|my|your)[ \t]+$/iu;

/** How many characters after a listed place (from `start` to `end`) belong to its name. */
function partOfTheName(text: string, start: number, end: number): number {
  const rest = text.slice(end, end + 40);
  const plain = PART_OF_THE_NAME.exec(rest)?.[0] ?? "";
  const lower = PART_OF_A_LOWER_CASE_NAME.exec(rest)?.[0] ?? "";
  const usable = lower && !isWayOfWorking(text, start, lower) ? lower : "";
  return Math.max(plain.length, usable.length);
}

/** "the essex way": "way" after a place that "the" or a possessive points at. */
export function isWayOfWorking(text: string, start: number, after: string): boolean {
  return /^[ \t]+way$/iu.test(after) && POINTED_AT.test(text.slice(Math.max(0, start - 8), start));
}
const JOINED_REST = /^[ \t]+(?:and|&)[ \t]+(\p{L}{3,})(?![\p{L}])/u;

/** How far "and dag" after "barking" runs, when it starts the rest of the authority's name ("Barking and Dagenham"). */
function shortenedRest(text: string, start: number, end: number, authority: string): number {
  const name = foldForMatch(authority);
  const joined = name.indexOf(" and ");
  if (joined < 0 || foldForMatch(text.slice(start, end)) !== name.slice(0, joined)) return 0;
  const rest = JOINED_REST.exec(text.slice(end, end + 30));
  return rest && name.slice(joined + 5).startsWith(foldForMatch(rest[1])) ? rest[0].length : 0;
}

/** "rbkc", "lbth", "b&h": acronyms of four letters or with "&" are names in any case; "kcc" or "mk" are not. */
function isDistinctiveAcronym(spelled: string): boolean {
  return spelled.includes("&") || spelled.replace(/[^\p{L}]/gu, "").length >= 4;
}
