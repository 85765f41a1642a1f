// Places found by the sentence's frame rather than a list: "moved to Ripe", "her mum is from Sylhet", "a village called Wool".

import { detectListed, isWayOfWorking, SCHOOL_BUILDING, STREET_WORDS } from "./detect-listed";
import { detectLaterMentions } from "./detect-organisation-mentions";
import { detectNamesByPreposition } from "./detect-organisations-by-preposition";
import { detectNamesInLowerCaseFrames } from "./detect-organisations-in-lower-case-frames";
import { detectPlacesBesidePlaces } from "./detect-places-beside-places";
import {
  DIRECTIONS,
  detectStreetsAndOfficesByKind,
  NOT_AN_OFFICE_NAME,
  PLACE_VERBS,
} from "./detect-places-by-street-or-office";
import { detectAddresses } from "./detect-structured-addresses";
import {
  findAllowedSpans,
  isCountryOrRegion,
  isEverydayWord,
  isIdentityWord,
  isOrdinaryWord,
  SpanIndex,
  wordTags,
} from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import { GENERIC_WORDS } from "./organisation-detection";
import { hasNoEverydaySense, IN_IDIOMS, isServiceWord, NOT_A_PLACE_IN_LOWER_CASE } from "./place-word-senses";
import { foldForMatch, isTypedInLowerCase, startingAtCapitals, tokeniseWords, type WordToken } from "./text-matching";
import type { Detection } from "./types";

const PLACE_PREPOSITIONS = /^(?:in|to|from|near|on|outside)$/u;
/**
 * What stands somewhere, or someone is left somewhere, before "in": "a hotel in Walnut", "homeless in ripe", "the
 * civic centre in walnut", "the leaving care team in walnut", "a visit in walnut", "found in ripe".
 */
const HELD_IN =
  /^(?:hotel|hotels|flat|flats|house|houses|unit|room|rooms|hostel|b&b|bnb|placement|placements|village|estate|shop|supermarket|station|park|office|offices|centre|center|hub|team|teams|ward|nursery|visit|visits|placed|found|homeless|remand|stuck|work|working|worked|works|retired|carers|families)$/u;
const RELATIVES =
  /^(?:mum|dad|mother|father|parents|nan|gran|grandad|grandma|grandmother|grandfather|aunt|auntie|uncle|sister|brother|husband|wife|partner|family|carer|carers|he|she|they)$/u;
/** "a little place called Wool", "this village named Ripe". */
const PLACE_NOUNS = /^(?:place|town|village|hamlet|area|estate|city|suburb|island)$/u;
const NAMING_WORDS = /^(?:called|named)$/u;
const MONTHS_AND_DAYS =
  /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|christmas|easter)$/u;

/**
 * "on Forge Lane", "Ashgrove Road", "the Crestwood Avenue flats": capitalised words before a street's last word name a
 * street even without a house number ("The", "High", "Main" and the like open no street's name).
 */
// Note: each pattern here opens with a look-ahead for its capital, so most positions fail before the look-behind runs.
const STREET_NAME = startingAtCapitals(
  /(?=\p{Lu})(?<![\p{L}])(?!(?:The|A|An|High|Main|Lives|Memory|Test|Ring|Slip|Side|Back|Our|My|Their|This|That|Every|Any|No)[ \t])\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?[ \t]+(?:Road|Rd|Street|Avenue|Ave|Lane|Close|Crescent|Drive|Gardens|Grove|Terrace|Mews|Parade)(?![\p{L}])/gu,
);

/**
 * "Wicket Surgery, Granite.", "St Cinder's Primary, Copper", "Nettle Residential Family Centre, Tandem, commenced":
 * the capitalised words after a school, surgery, hospital or centre and a comma, closed by punctuation, say where it is.
 */
const PLACE_AFTER_A_BUILDING = startingAtCapitals(
  /(?=\p{Lu})(?<=\b(?:Hospital|School|Primary|Secondary|Academy|Centre|Surgery|Practice|Nursery|Office|Court|Church|Tabernacle|House|Ward|College|Unit|Trust|Clinic|Station|Hall|Library|Hostel|Home|Prison|Services\)|Group\))(?:['’]s)?,[ \t]+)(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b)\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?(?=[ \t]*(?:[,.;:)(\n]|$|[ \t]+[A-Z]{1,2}\d))/gu,
);
/** "next to the North Thimble", "on the West Walnut patch": after "the", a compass word and a name is a place. */
const COMPASS_AND_NAME =
  /(?<=\bthe[ \t]+)(?:North|South|East|West|Central)[ \t]+(\p{Lu}[\p{Ll}'’-]{2,})(?![\p{L}]|[ \t]+\p{Lu})/gu;
const COMPASS_AND_AUTHORITY =
  /(?<![\p{L}])(?:North|South|East|West|Mid|Central)[ \t]+(\p{Lu}[\p{L}'’-]+)(?![\p{L}]|[ \t]+\p{Lu})/gu;
/** "the Isle of Tolvey", "the Forest of Kiln patch": a place's kind, "of", then its own name. */
const KIND_OF_PLACE = /(?<![\p{L}])(?:Isle|Forest|Vale|Port)[ \t]+of[ \t]+\p{Lu}[\p{L}'’-]+(?![\p{L}])/gu;
/**
 * "the school, Our Lady of Walnut,", "stepford all saints", "Sacred Heart": a church's dedication names the church or
 * the school named after it ("All Saints' Day" is no place).
 */
const DEDICATION =
  /(?<![\p{L}])(?:Our[ \t]+Lady(?:['’]s|[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)|our[ \t]+lady[ \t]+of[ \t]+[\p{Ll}'’-]{3,}|(?:All|all)[ \t]+(?:Saints|saints)(?!['’]?[ \t]+(?:Day|day|Eve|eve))|Sacred[ \t]+Heart|Holy[ \t]+(?:Trinity|Cross|Rosary|Redeemer|Innocents)|Christ[ \t]+the[ \t]+King|Corpus[ \t]+Christi|English[ \t]+Martyrs)(?![\p{L}])/gu;
/**
 * "the visit at Quillet Cottage", "Placement: Tansy Lodge (", "DSL, Wexley Court)": mid-sentence, a capitalised name
 * before the word for a house, farm or grounds names that building, unless the name is a given name, a title or a
 * word that makes the pair an everyday kind ("Town Hall", "Family Court").
 */
const NAMED_BUILDING = startingAtCapitals(
  /(?=\p{Lu})(?<=[\p{Ll},:;(][ \t]+)(\p{Lu}[\p{Ll}'’-]{2,})[ \t]+(?:Cottage|Lodge|Manor|Grange|Farm|Fields|Court|Hall|House)(?![\p{L}'’])(?![ \t]+\p{Lu})/gu,
);
const NOT_A_BUILDING_NAME =
  /^(?:town|family|crown|youth|high|magistrates|civic|village|community|supreme|county|sports|leisure|care|halfway|safe|open|dining|church|juvenile|appeal|concert|assembly|guild|opera|music|main|old|new|big|little|royal|school|student|students|residential|children['’]?s|full|half|district|city|country|green|white|court|mr|mrs|ms|miss|dr|sir|dame|lord|lady)$/u;
/** "Tendring District Council", "Rother DC", "Swale Borough Council": a council named by its district, listed or not. */
const NAMED_COUNCIL = startingAtCapitals(
  /(?=\p{Lu})(?<![\p{L}])(?!(?:The|A|An|Our|My|Their|This|That|Local|Every|Each|Which)[ \t])\p{Lu}[\p{L}'’-]+(?:[ \t]+(?:and[ \t]+|&[ \t]+)?\p{Lu}[\p{L}'’-]+){0,2}[ \t]+(?:(?:District|Borough|City|County|Town|Parish|Metropolitan Borough)[ \t]+Council|DC|BC)(?![\p{L}])/gu,
);
/** "st helier safeguarding team", "st wexcombe hostel": a saint's name typed in lower case names a place. */
const LOWER_CASE_SAINT = /(?<![\p{L}])st\.?[ \t]+(\p{Ll}[\p{Ll}'’-]{2,})/gu;
const NOT_A_SAINT_TAGS = [
  "Verb",
  "Auxiliary",
  "Modal",
  "Determiner",
  "Pronoun",
  "Preposition",
  "Conjunction",
  "Adverb",
  "Negative",
];
/**
 * "the Ilford office", "the doorstep office", "Turnip office nice though, Mitten office falling apart": the word naming
 * which office, after "the", "at", "from" or at a clause's start, is where it is.
 */
const NAMED_OFFICE =
  /(?<=(?:\b(?:the|our|their|my|at|from|to)[ \t]+(?:(?:old|new|former|current|other)[ \t]+)?|(?:^|[.,;:!?(\n])[ \t]*))\p{L}[\p{L}'’-]+(?=[ \t]+(?:office|offices|base|site|depot)\b)/giu;
/** A run that ends as an organisation's name does ("Systemic Practice") is the next name in a list, not a place. */
const ENDS_AS_A_NAME =
  /(?:Practice|Hospital|School|Primary|Academy|Centre|Surgery|Trust|Court|Team|Service|Services)$/u;

/** "the hillside pru", "the oak lane centre": the word for a building after a place named for where it stands. */
const BUILDING_AFTER = new RegExp(`[ \\t]+${SCHOOL_BUILDING}`, "iuy");
/** "round kennet way": a street's last word after a place found by its frame. */
const STREET_AFTER = new RegExp(`[ \\t]+${STREET_WORDS}`, "uy");

/** A place (or a street found among the addresses) grows over the building word after it; the others stay as found. */
function growOverBuildings(text: string, detections: Detection[]): Detection[] {
  const grown = detections.map((found) => {
    if (found.category !== "place") return found;
    BUILDING_AFTER.lastIndex = found.end;
    if (BUILDING_AFTER.exec(text)) return { ...found, end: BUILDING_AFTER.lastIndex };
    STREET_AFTER.lastIndex = found.end;
    const street = STREET_AFTER.exec(text);
    return street && !isWayOfWorking(text, found.start, street[0]) ? { ...found, end: STREET_AFTER.lastIndex } : found;
  });
  for (const street of detectAddresses(text)) {
    BUILDING_AFTER.lastIndex = street.end;
    if (BUILDING_AFTER.exec(text)) grown.push({ ...street, source: "nlp", end: BUILDING_AFTER.lastIndex });
  }
  return grown;
}

function place(start: number, end: number, reason: string): Detection {
  return { start, end, category: "place", reason, source: "nlp", replacement: "[place]" };
}

/** Step 2c: places named by what the sentence says about them, and regions of other countries. */
export function detectPlaces(text: string): Detection[] {
  const tokens = tokeniseWords(text);
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  const detections: Detection[] = [...text.matchAll(STREET_NAME)].map((match) =>
    place(match.index, match.index + match[0].length, "Street named by its last word"),
  );
  for (const match of text.matchAll(PLACE_AFTER_A_BUILDING)) {
    const end = match.index + match[0].length;
    if (ENDS_AS_A_NAME.test(match[0]) || allowed.contains(match.index, end)) continue;
    const words = match[0].split(/[ \t]+/u);
    if (words.every((word) => GENERIC_WORDS.has(foldForMatch(word))) || words.some((word) => isIdentityWord(word)))
      continue;
    detections.push(place(match.index, end, "Place named after a building and a comma"));
  }
  for (const match of text.matchAll(COMPASS_AND_NAME)) {
    const name = match[1];
    const folded = foldForMatch(name);
    if (DIRECTIONS.test(folded) || isServiceWord(folded) || isEverydayWord(name) || isOrdinaryWord(name, false))
      continue;
    if (isIdentityWord(name) || allowed.contains(match.index, match.index + match[0].length)) continue;
    detections.push(place(match.index, match.index + match[0].length, "Place named by a compass word and a name"));
  }
  // Note: "East Kent safeguarding were brilliant", "in West Kent": a part of a listed authority, even opening a sentence.
  for (const match of text.matchAll(COMPASS_AND_AUTHORITY)) {
    const listed = detectListed(match[1]);
    if (listed.some((found) => found.category === "authority" && found.end - found.start === match[1].length))
      detections.push(
        place(match.index, match.index + match[0].length, "Part of an authority named by a compass word"),
      );
  }
  for (const match of text.matchAll(NAMED_BUILDING)) {
    const name = match[1];
    if (NOT_A_BUILDING_NAME.test(foldForMatch(name)) || isLexiconGivenName(name) || isIdentityWord(name)) continue;
    if (wordTags(name).has("Verb") && !wordTags(name).has("Noun")) continue;
    if (!allowed.contains(match.index, match.index + match[0].length))
      detections.push(place(match.index, match.index + match[0].length, "Building named by its name and its kind"));
  }
  for (const match of text.matchAll(DEDICATION)) {
    if (!allowed.contains(match.index, match.index + match[0].length))
      detections.push(place(match.index, match.index + match[0].length, "Church or school named by its dedication"));
  }
  for (const match of text.matchAll(KIND_OF_PLACE)) {
    if (!allowed.contains(match.index, match.index + match[0].length))
      detections.push(place(match.index, match.index + match[0].length, "Place named by its kind and “of”"));
  }
  for (const match of text.matchAll(NAMED_COUNCIL)) {
    // Note: "Before Portsmouth City Council I was …": a word that only opens the sentence is no part of the name.
    const first = /^[\p{L}'’-]+/u.exec(match[0])?.[0] ?? "";
    const opening = ["Preposition", "Conjunction", "Adverb", "Determiner", "Pronoun"].some((tag) =>
      wordTags(first).has(tag),
    );
    const start = opening ? match.index + match[0].indexOf(" ", first.length) + 1 : match.index;
    if (allowed.contains(start, match.index + match[0].length)) continue;
    detections.push({
      start,
      end: match.index + match[0].length,
      category: "authority",
      reason: "Council named by its district",
      source: "nlp",
      replacement: "[authority]",
    });
  }
  for (const match of text.matchAll(LOWER_CASE_SAINT)) {
    // Note: "on tooley st wont take him": "st" after a street's name is the street, and a verb after it says so.
    const tags = wordTags(match[1]);
    if (NOT_A_SAINT_TAGS.some((tag) => tags.has(tag)) || /['’]t$|^(?:wont|cant|dont|isnt|wasnt)$/u.test(match[1]))
      continue;
    detections.push(place(match.index, match.index + match[0].length, "Place named after a saint, in lower case"));
  }
  for (const match of text.matchAll(NAMED_OFFICE)) {
    const folded = foldForMatch(match[0]);
    const tags = wordTags(match[0]);
    if (
      isServiceWord(folded) ||
      isEverydayWord(folded) ||
      isIdentityWord(match[0]) ||
      /^(?:head|post|box|ticket|home|register|registry|sorting|booking|main)$/u.test(folded)
    )
      continue;
    if (NOT_AN_OFFICE_NAME.some((tag) => tags.has(tag)) || allowed.contains(match.index, match.index + match[0].length))
      continue;
    detections.push(place(match.index, match.index + match[0].length, "Office named by where it is"));
  }
  detections.push(...detectStreetsAndOfficesByKind(text, allowed, tokens));
  const lowerCase = isTypedInLowerCase(text);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token.capitalised && lowerCase && !allowed.contains(token.start, token.baseEnd)) {
      if (isLowerCasePlace(text, tokens, index))
        detections.push(place(token.start, token.baseEnd, "Place typed in lower case"));
      continue;
    }
    if (!token.capitalised || token.allCaps || allowed.contains(token.start, token.baseEnd)) continue;
    // Note: a region of another country ("Sylhet", "Punjab") narrows a family's origin as a town does; a country does not.
    if (isRegion(token.base) && !isInsideLongerTitle(tokens, index)) {
      detections.push(place(token.start, token.baseEnd, "Region of a country"));
      continue;
    }
    if (token.sentenceInitial || index < 2 || !isFramed(text, tokens, index)) continue;
    let last = index;
    while (last + 1 < tokens.length && last - index < 2 && joinsName(text, tokens[last], tokens[last + 1])) last++;
    const name = text.slice(token.start, tokens[last].baseEnd);
    if (!isPlaceName(text, tokens, index, last, name)) continue;
    detections.push(
      place(token.start, tokens[last].baseEnd, "Capitalised name where someone lives, moved or comes from"),
    );
    index = last;
  }
  // Note: a capitalised ordinary word named by its preposition ("went with Compass") may be a firm or a place; found
  // here, after the organisations, so a place or organisation found by its own rule keeps its kind.
  const placed = new Uint8Array(text.length);
  for (const found of detections) placed.fill(1, found.start, found.end);
  const unplaced = (found: Detection) => !placed.subarray(found.start, found.end).includes(1);
  const named = [...detectNamesByPreposition(text), ...detectNamesInLowerCaseFrames(text)].filter(unplaced);
  const firms = named.filter((found) => found.category === "organisation");
  const besides = detectPlacesBesidePlaces(text, tokens, [...detections, ...named]);
  return growOverBuildings(text, [
    ...besides,
    ...detections,
    ...named,
    ...detectLaterMentions(text, foldForMatch(text), firms).filter(unplaced),
  ]);
}

const NOT_A_PLACE_TAGS = ["Determiner", "Pronoun", "Preposition", "Adverb", "Value", "Conjunction", "Verb", "Plural"];

/**
 * In a comment typed in lower case: a region of another country ("from sylhet"), a word after "moved to" or "lives in"
 * that names nowhere else ("moved to ripe"), and a word before a listed place after a comma ("in wool, dorset").
 */
function isLowerCasePlace(text: string, tokens: WordToken[], index: number): boolean {
  const token = tokens[index];
  if (token.base.length < 3 || NOT_A_PLACE_IN_LOWER_CASE.test(token.folded) || isIdentityWord(token.base)) return false;
  if (isServiceWord(token.folded)) return false;
  if (isRegion(token.base)) return !isInsideLongerTitle(tokens, index);
  const tags = wordTags(token.base);
  if (isCountryOrRegion(token.base)) return false;
  if (NOT_A_PLACE_TAGS.some((tag) => tags.has(tag))) return isPlainVerbHeldIn(text, tokens, index);
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  const framed =
    (index >= 2 &&
      isFramed(text, tokens, index) &&
      (!isHeldInOnly(tokens, index) || hasNoEverydaySense(token) || isCountableNoun(token))) ||
    isOneEndOfAJourney(text, tokens, index) ||
    // Note: "placed with a carer in wool, dorset": a word before a listed county or town after a comma.
    (next !== undefined &&
      previous !== undefined &&
      PLACE_PREPOSITIONS.test(previous.folded) &&
      /^,[ \t]*$/u.test(text.slice(token.end, next.start)) &&
      detectListed(text.slice(next.start, next.end)).length > 0);
  return framed && detectListed(token.base).length === 0;
}

function isRegion(word: string): boolean {
  const tags = wordTags(word);
  return tags.has("Region") && !tags.has("Country");
}

/** "University of Sussex", "Duke of Kent": a region closing a longer capitalised title names the title's holder. */
function isInsideLongerTitle(tokens: WordToken[], index: number): boolean {
  return tokens[index - 1]?.folded === "of" && (tokens[index - 2]?.capitalised ?? false);
}

/** "worked in sandwich", "a flat in deal": a singular noun of things, no fixed phrase with "in", is a town's name there. */
function isCountableNoun(token: WordToken): boolean {
  const tags = wordTags(token.base);
  return tags.has("Singular") && !tags.has("Uncountable") && !tags.has("Actor") && !IN_IDIOMS.test(token.folded);
}

/**
 * "a hotel in harvest", "a unit in harvest", "the contact centre in harvest": after what stands somewhere and "in", a
 * verb's plain form with no everyday sense, closed by a pause or a word that is no object, is a town's name.
 */
function isPlainVerbHeldIn(text: string, tokens: WordToken[], index: number): boolean {
  const token = tokens[index];
  const tags = wordTags(token.base);
  if (!tags.has("Infinitive") || NOT_A_PLACE_TAGS.some((tag) => tags.has(tag) && !/^(?:Verb|PresentTense)$/u.test(tag)))
    return false;
  if (index < 2 || !isHeldInOnly(tokens, index) || isEverydayWord(token.base) || IN_IDIOMS.test(token.folded))
    return false;
  if (!/^[ \t]+$/u.test(text.slice(tokens[index - 1].end, token.start))) return false;
  const next = tokens[index + 1];
  return (
    !next ||
    /[,.;:!?)(\n]/u.test(text.slice(token.end, next.start)) ||
    !OBJECT_TAGS.some((tag) => wordTags(next.base).has(tag))
  );
}
const OBJECT_TAGS = ["Noun", "Determiner", "Pronoun", "Possessive", "Adjective"];

/** "a hotel in ripe", not "lives in ripe": framed only by what stands somewhere, which also takes "in poverty". */
function isHeldInOnly(tokens: WordToken[], index: number): boolean {
  return tokens[index - 1].folded === "in" && HELD_IN.test(tokens[index - 2].folded);
}

/** What follows a journey's two ends: "thimble to walnut commute", "walnut to thimble every day". */
const AFTER_A_JOURNEY = /^(?:commute|commuting|commutes|drive|drives|driving|every|each|daily)$/u;

/**
 * "thimble to walnut commute killing me", "drive from thimble to walnut for visits": in a lower-case comment, two
 * words with no everyday sense joined by "to" as a journey's ends are places.
 */
function isOneEndOfAJourney(text: string, tokens: WordToken[], index: number): boolean {
  const at = tokens[index + 1]?.folded === "to" ? index : tokens[index - 1]?.folded === "to" ? index - 2 : -1;
  const from = tokens[at];
  const to = tokens[at + 2];
  if (!from || !to || !hasNoEverydaySense(from) || !hasNoEverydaySense(to)) return false;
  if (from.capitalised || to.capitalised || !/^[ \t]+to[ \t]+$/u.test(text.slice(from.end, to.start))) return false;
  const opened = tokens[at - 1]?.folded === "from" && PLACE_VERBS.test(tokens[at - 2]?.folded ?? "");
  return opened || AFTER_A_JOURNEY.test(tokens[at + 3]?.folded ?? "");
}

/** "moved to Ripe", "her nan is from Sylhet", "a place called Wool". */
function isFramed(text: string, tokens: WordToken[], index: number): boolean {
  const previous = tokens[index - 1];
  const before = tokens[index - 2];
  if (!/^[ \t]+$/u.test(text.slice(previous.end, tokens[index].start))) return false;
  if (NAMING_WORDS.test(previous.folded)) return PLACE_NOUNS.test(before.folded);
  if (!PLACE_PREPOSITIONS.test(previous.folded)) return false;
  if (PLACE_VERBS.test(before.folded)) return true;
  if (previous.folded === "in" && HELD_IN.test(before.folded)) return true;
  // Note: "drive in from Harvest Tide", "came back to Ripe": a particle may stand between the verb and the preposition.
  if (
    /^(?:in|back|over|down|up|out|across|round)$/u.test(before.folded) &&
    PLACE_VERBS.test(tokens[index - 3]?.folded ?? "")
  )
    return true;
  // Note: "her mum is from Sylhet", "dad lives back in Lagos": a relative, then "is"/"was", then the preposition.
  const subject = tokens[index - 3]?.folded ?? "";
  return (
    /^(?:is|was|are|were|back|still|now)$/u.test(before.folded) &&
    (PLACE_VERBS.test(subject) || RELATIVES.test(subject))
  );
}

function joinsName(text: string, current: WordToken, next: WordToken): boolean {
  return next.capitalised && !next.allCaps && /^[ \t]+$/u.test(text.slice(current.end, next.start));
}

function isPlaceName(text: string, tokens: WordToken[], first: number, last: number, name: string): boolean {
  const words = tokens.slice(first, last + 1);
  if (words.every((word) => DIRECTIONS.test(word.folded))) return false;
  // Note: "came in I think", "moved in Nov": a pronoun or a month's short form is no place.
  if (words.some((word) => word.base.length < 3 || MONTHS_AND_DAYS.test(word.folded))) return false;
  if (words.some((word) => isIdentityWord(word.base))) return false;
  // Note: "moved to Foster Care", "lives in Temporary Accommodation", "moved to Universal Credit": the words of the
  // work, of benefits and of placements name no place.
  if (words.some((word) => isServiceWord(word.folded))) return false;
  if (isCountryOrRegion(name) || isCountryOrRegion(words[words.length - 1].base)) return false;
  if (words.some((word) => /^(?:Mr|Mrs|Ms|Miss|Dr|Court|Duty)$/u.test(word.base))) return false;
  // Note: "moved to Flat 7", "back to Room 3": a numbered part of a building is an address line, found elsewhere.
  return !/^[ \t]*\p{N}/u.test(text.slice(tokens[last].end, tokens[last].end + 4));
}
