import { AUTHORITIES, type Authority, COMMON_WORD_NAMES } from "./authorities";
import { isListedEnglishWord } from "./english-words";
import {
  createPhraseMatcher,
  findPhrase,
  foldForMatch,
  isSentenceStart,
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

const REGION_NAME = { london: "London", south_east: "South East", elsewhere: "neighbouring" } as const;

const COUNCIL_SUFFIXES = [
  "Council",
  "Borough Council",
  "City Council",
  "County Council",
  "CC",
  "BC",
  "Borough",
  "Children's Services",
];
const ORDINARY_SENSE_FOLLOWERS = new Set(
  "the a an this that these those it them through about my his her their your our over back up out of in to and with on for".split(
    " ",
  ),
);

const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|near|around|outside|to|for)\s+$/u;
/** Words that may follow a place as well as an ordinary word ("at havering and then essex"). */
const PLACE_FOLLOWERS = new Set(["and"]);

let entriesCache: ListEntry[] | null = null;

/** Every phrase the shipped list recognises, with council titles and "&"/"and" spellings generated. */
function listEntries(): ListEntry[] {
  if (entriesCache) return entriesCache;
  const entries: ListEntry[] = [];
  for (const authority of AUTHORITIES) {
    const add = (phrase: string, kind: ListEntry["kind"]) => {
      for (const spelling of andSpellings(phrase)) {
        entries.push({ phrase: spelling, kind, region: authority.region, authority: authority.name });
      }
    };
    for (const name of [authority.name, ...authority.variants]) {
      add(name, "authority");
      if (isAcronym(name)) continue;
      for (const suffix of COUNCIL_SUFFIXES) add(`${name} ${suffix}`, "authority");
      if (authority.region === "london") {
        add(`London Borough of ${name}`, "authority");
        add(`LB ${name}`, "authority");
        add(`LB of ${name}`, "authority");
      }
      add(`Royal Borough of ${name}`, "authority");
      add(`RB of ${name}`, "authority");
      add(`RB ${name}`, "authority");
    }
    for (const place of authority.places) add(place, "place");
  }
  entriesCache = entries;
  return entries;
}

function andSpellings(phrase: string): string[] {
  if (/\band\b/u.test(phrase)) return [phrase, phrase.replace(/\band\b/gu, "&")];
  return [phrase];
}

function isAcronym(phrase: string): boolean {
  return /^[A-Z][A-Za-z&]{1,4}$/u.test(phrase) && /[A-Z].*[A-Z]/u.test(phrase);
}

interface KeyedEntry {
  entry: ListEntry;
  /** Set when every spelling for this key is an acronym: only these exact spellings count. */
  exactSpellings: Set<string> | null;
}

let matcherCache: { matcher: PhraseMatcher; byKey: Map<string, KeyedEntry> } | null = null;

function listMatcher(): { matcher: PhraseMatcher; byKey: Map<string, KeyedEntry> } {
  if (matcherCache) return matcherCache;
  const byKey = new Map<string, KeyedEntry>();
  for (const entry of listEntries()) {
    const key = normalisePhrase(entry.phrase);
    const keyed = byKey.get(key) ?? { entry, exactSpellings: new Set<string>() };
    if (keyed.exactSpellings && isAcronym(entry.phrase)) keyed.exactSpellings.add(entry.phrase);
    else keyed.exactSpellings = null;
    byKey.set(key, keyed);
  }
  matcherCache = { matcher: createPhraseMatcher(byKey.keys()), byKey };
  return matcherCache;
}

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
  // Note: in a comment typed in lower case, "at havering" or "from reading" is the place, not the word.
  const isLowerCasePlace = (start: number, end: number) => {
    if (!/^\p{Ll}/u.test(text[start]) || !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start)))
      return false;
    const nextWord = /^\s+([\p{L}']+)/u.exec(text.slice(end, end + 30));
    if (nextWord && ORDINARY_SENSE_FOLLOWERS.has(nextWord[1].toLowerCase()) && !PLACE_FOLLOWERS.has(nextWord[1]))
      return false;
    // Note: "our carers in deal were moved": a comment that opens in lower case is typed so, whatever names it capitalises.
    return isLowerCaseComment() || /^\s*\p{Ll}/u.test(text);
  };
  const matches = matcher.find(text, folded);
  for (const [index, { start, end, key }] of matches.entries()) {
    const keyed = byKey.get(key);
    if (!keyed) continue;
    const { entry, exactSpellings } = keyed;
    const spelled = text.slice(start, end);
    if (exactSpellings && !exactSpellings.has(spelled) && !isDistinctiveAcronym(spelled)) {
      // Note: "lbh is a nightmare": in a comment typed in lower case a short acronym is lower case too.
      if (!/^\p{Ll}+$/u.test(spelled) || isListedEnglishWord(spelled) || !isLowerCaseComment()) continue;
    }
    if (
      COMMON_WORD_NAMES.has(entry.phrase) &&
      !looksLikeTheName(text, start, end) &&
      !isLowerCasePlace(start, end) &&
      !isJoinedToListedPlace(text, matches, index, byKey)
    )
      continue;
    // Note: "the Broadwater Farm estate", "Peckham Rye station": the word after a listed place is part of the name.
    const after =
      entry.kind === "place" ? /^[ \t]+(?:estate|station)(?![\p{L}])/iu.exec(text.slice(end, end + 12)) : null;
    // Note: "worked at barking and dag": a joined authority's name cut short is still that authority.
    const cut = entry.kind === "authority" ? shortenedRest(text, start, end, entry.authority) : 0;
    // Note: "I went to the Royal Borough": a title said instead of the name takes its "the".
    const the = /^(?:Royal|London) Borough\b/u.test(spelled)
      ? /\bthe[ \t]+$/iu.exec(text.slice(Math.max(0, start - 6), start))
      : null;
    detections.push({
      start: start - (the ? the[0].length : 0),
      end: end + (after ? after[0].length : 0) + cut,
      category: entry.kind,
      reason:
        entry.kind === "authority"
          ? `Listed ${REGION_NAME[entry.region]} authority`
          : `Listed town or area (${REGION_NAME[entry.region]})`,
      source: "list",
      replacement: REPLACEMENT[entry.kind][entry.region],
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

const JOINING = /^[ \t]*(?:to|and|or|&|\/|-|–|,)[ \t]*$/u;

/** "hook to basingstoke", "from deal and sandwich": a word joined to a listed place that is no ordinary word is a place. */
function isJoinedToListedPlace(
  text: string,
  matches: { start: number; end: number; key: string }[],
  index: number,
  byKey: Map<string, KeyedEntry>,
): boolean {
  const isPlainPlace = (other: { key: string } | undefined) => {
    const entry = other ? byKey.get(other.key)?.entry : undefined;
    return entry !== undefined && !COMMON_WORD_NAMES.has(entry.phrase);
  };
  const before = matches[index - 1];
  const after = matches[index + 1];
  const current = matches[index];
  // Note: "to" joins two places only as a journey's ends ("hook to basingstoke", "from X to Y"), not "out of borough to".
  const journeyFrom = (start: number) =>
    /(?:^|[.,;:!?\n][ \t]*|\b(?:from|between)[ \t]+)$/iu.test(text.slice(Math.max(0, start - 12), start));
  const joins = (gap: string, start: number) => JOINING.test(gap) && (!/to/u.test(gap) || journeyFrom(start));
  return (
    (isPlainPlace(after) && joins(text.slice(current.end, after.start), current.start)) ||
    (isPlainPlace(before) && joins(text.slice(before.end, current.start), before.start))
  );
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

function looksLikeTheName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text[start])) return false;
  if (!isSentenceStart(text, start)) return true;
  const nextWord = /^\s+([\p{L}']+)/u.exec(text.slice(end, end + 30));
  return !nextWord || !ORDINARY_SENSE_FOLLOWERS.has(nextWord[1].toLowerCase());
}
