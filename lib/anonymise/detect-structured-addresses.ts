import { findAllowedSpans } from "./known-words";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

const STREET_SUFFIX =
  "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Crescent|Cres|Drive|Dr|Way|Gardens|Gdns|Grove|Place|Pl|Terrace|Tce|Court|Ct|Hill|Park|Rise|Walk|Square|Sq|Mews|Row|Green|Parade|Vale|View|House|Estate|Approach|Wharf|Quay|Yard|Gate|Heights|Villas|Cottages|Path|Wynd";

/** "14 Elmfield Road", "22a Tollgate Rd", "Flat 3, 9 Mill Lane": a house number and the street it is on. */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])(?:(?:Flat|Apartment|Apt|Unit)\\s+\\d{1,4}[A-Za-z]?,?\\s+)?\\d{1,4}[A-Za-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${STREET_SUFFIX})\\.?(?![\\p{L}])`,
  "gu",
);

/** "on tooley st", "off mill lane", "the woodward road office": a street typed in lower case after a word that places it. */
const LOWER_CASE_STREET =
  /(?<=\b(?:on|off|at|along|near|the|to|from|in|into|down|up|round)[ \t]+)(?!(?:the|a|an|my|our|their|his|her|this|that|same|main|high|back|side|busy|quiet|long|next|other|wrong|right|local|new|old|private|country|one|every|actual|whole|ring|slip|toll|dirt|open|bus|cycle|fast|slow|dual|trunk|service|access|memory|end|way|road|street|shared|hard|test|recruitment|fundraising|charm)\b)[a-z][a-z'’-]{2,}(?:[ \t]+[a-z][a-z'’-]{2,})?[ \t]+(?:st|rd|road|street|lane|avenue|ave|close|crescent|drive|gardens|grove|terrace|estate)(?![\p{L}])/gu;

/**
 * "visited at 22 kestrel road, se15", "moved to 7 harbour view, chatham": a house number, one to three lower-case words
 * and a street's ending typed in lower case, before a pause. Not a count of something ("5 minutes walk.").
 */
const LOWER_CASE_ADDRESS =
  /(?<![\p{L}\p{N}/.-]|\b(?:a|an|the|my|our|his|her|their|your|we|those|these|them)[ \t]+)\d{1,4}[a-z]?,?[ \t]+(?!(?:the|a|an|my|our|of|and|or|in|on|at|to|for|with|per|more|other|young|old|new|big|small|same|last|next|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|miles?|times?|kids|children|cases|families|people|staff|visits?|hour|min)\b)(?:[a-z][a-z'’-]+[ \t]+){1,3}(?:road|rd|street|st|lane|avenue|ave|crescent|gardens|gdns|grove|terrace|mews|parade|view|drive|walk|row|square|rise)(?=[ \t]*(?:[,.;)\n]|$))/gu;

/** "found at Terminal 4", "Heathrow Terminal 5": an airport's terminal, where a child was found or met. */
const TERMINAL =
  /(?<![\p{L}])(?:(?:Heathrow|Gatwick|Stansted|Luton)[ \t]+)?(?:(?:North|South)[ \t]+)?Terminal[ \t]+[1-5](?![\p{N}])/gu;

/** "St Paul's", "Sir Roger Manwood's": a church or school named after a saint or a titled person, with its possessive. */
const SAINTS = /(?<![\p{L}])(?:St\.?|Saint|Sir|Dame)[ \t]+(?:\p{Lu}[\p{L}-]+[ \t]+)?\p{Lu}[\p{L}-]+['’]s(?![\p{L}])/gu;
/** "the Ocean estate", "the Broadwater Farm estate": a named housing estate. */
const ESTATE = /(?<=\bthe[ \t]+)\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+estate(?![\p{L}])/gu;

/** "3 Kiln Way, Tolvey SW8 2PU", "22 Mill Rd, Brackwater CO3": the town between an address's comma and its postcode. */
const TOWN_BEFORE_POSTCODE =
  /(?<=,[ \t]+)(?!(?:Flat|Apartment|Apt|Unit|Mr|Mrs|Ms|Miss|Mx|Dr)[ \t])\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}(?=,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]+\d[A-Z]{2})?(?![\p{L}\p{N}]))/gu;

function place(start: number, end: number, reason: string, replacement: string): Detection {
  return { start, end, category: "place", reason, source: "structured", replacement };
}

/** Street addresses with a house number (redacted whole, so the number does not outlive the street's name), streets in lower case, saints' names. */
export function detectAddresses(text: string): Detection[] {
  return [
    ...[...text.matchAll(ADDRESS)].map((match) =>
      place(
        match.index,
        match.index + match[0].replace(/\.$/u, "").length,
        "Street address with a house number",
        "[address]",
      ),
    ),
    ...[...text.matchAll(LOWER_CASE_ADDRESS)].map((match) =>
      place(match.index, match.index + match[0].length, "Street address typed in lower case", "[address]"),
    ),
    ...[...text.matchAll(LOWER_CASE_STREET)].map((match) =>
      place(match.index, match.index + match[0].length, "Street typed in lower case", "[street]"),
    ),
    ...[...text.matchAll(TERMINAL)].map((match) =>
      place(match.index, match.index + match[0].length, "An airport's terminal", "[place]"),
    ),
    ...[...text.matchAll(ESTATE)].map((match) =>
      place(match.index, match.index + match[0].length, "Named housing estate", "[estate]"),
    ),
    ...[...text.matchAll(TOWN_BEFORE_POSTCODE)]
      .filter((match) => !isAllowedName(match[0]))
      .map((match) => place(match.index, match.index + match[0].length, "Town before a postcode", "[place]")),
    ...[...text.matchAll(SAINTS)].map((match) =>
      place(match.index, match.index + match[0].length, "Place named after a saint", "[place]"),
    ),
  ];
}

/** "London SE1 7TP": a region the project never redacts stays. */
function isAllowedName(name: string): boolean {
  return findAllowedSpans(name, foldForMatch(name)).some((span) => span.start === 0 && span.end === name.length);
}
