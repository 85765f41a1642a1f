import { BEFORE_A_DATE } from "./detect-addressed-names";
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isKnownAcronym } from "./known-acronyms";
import {
  findAllowedSpans,
  isCountryOrRegion,
  isEnglishWordForm,
  isIdentityWord,
  SpanIndex,
  wordTags,
} from "./known-words";
import { HONORIFICS, PERSON_INTRODUCERS } from "./name-cues";
import { isAnyGivenName } from "./name-token-facts";
import { detection as organisation } from "./organisation-detection";
import { isOrganisationEnding } from "./organisation-endings";
import { firstEndingAfter, foldForMatch, tokeniseWords, type WordToken } from "./text-matching";
import type { Detection, RedactionCategory } from "./types";

const NAME_CATEGORIES = new Set<RedactionCategory>(["person", "place", "organisation"]);
/**
 * Capitals that never belong to a name beside them: the speaker, days and months, and words that open a clause
 * (languages, nationalities and countries are tested apart).
 */
const NEVER_PART = new Set(
  `i monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december the and or but so then when if as at in on of to for from with by`.split(/\s+/u),
);
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
/** How many words a run may grow by on each side: a name is rarely longer than four words. */
const MOST_WORDS = 3;

/**
 * A redaction that takes part of a run of capitals leaves the rest to read ("Great [place]", "[place] FC",
 * "Paddy [person]"), and two names joined by "&" leave the firm's shape ("[place] & [person]"). This grows each name
 * over the capitalised words beside it, and joins "X & Y" into one organisation when the two are not both people.
 * Titles stay outside (the text still needs "Mr"), and so do a sentence's first word when it is an everyday word,
 * the field's acronyms, days, months and what is never redacted.
 */
export function completeNameRuns(text: string, detections: readonly Detection[]): Detection[] {
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  const tokens = tokeniseWords(text);
  const grown = detections.map((detection) =>
    NAME_CATEGORIES.has(detection.category)
      ? grow(text, tokens, detection, allowed)
      : detection.category === "authority"
        ? policeOfAnArea(text, detection)
        : detection,
  );
  return joinAmpersands(text, grown);
}

/** Words one space apart from the name on each side (from the shared word split); a word opening a line is not taken. */
function grow(text: string, tokens: readonly WordToken[], detection: Detection, allowed: SpanIndex): Detection {
  let { start, end } = detection;
  for (let index = firstEndingAfter(tokens, start) - 1, step = 0; index >= 0 && step < MOST_WORDS; index--, step++) {
    const word = tokens[index];
    // Note: "the PSW (jo mcallister)", "“Harbour Lights”": a bracket or a quote may open the name.
    const openedBySpace = word.start === 0 || /[^\S\n]|[(“‘"[]/u.test(text[word.start - 1]);
    if (text.slice(word.end, start) !== " " || !openedBySpace) break;
    // Note: "Harbour Lights were going to", "Second Wind do": an organisation found by its last word grows back too,
    // but a listed firm of one word is whole ("Yeah Hays were rubbish").
    const firmOfWords =
      detection.category === "organisation" &&
      (/\s/u.test(text.slice(detection.start, detection.end)) || detection.source !== "list");
    const givenMonth = detection.category === "person" && isMonthGivenName(tokens, index);
    // Note: a month is on the never-redacted list for its dates; as a given name beside a surname it is redacted.
    const lowerCaseGiven = step === 0 && isLowerCaseGivenNameBefore(text, word, detection);
    const nounGiven = step === 0 && isNounGivenNameBefore(text, word, detection);
    if (
      !givenMonth &&
      !lowerCaseGiven &&
      !nounGiven &&
      (!joinsBefore(word, detection.category, firmOfWords) ||
        (allowed.overlaps(word.start, word.end) && !isProductInFirmName(word, firmOfWords, allowed)))
    )
      break;
    start = word.start;
  }
  // Note: "St Alban's C of E": a school's church after its name, before the capitals after it are read as a name.
  // A name's "C" may already be taken as its last capital ("St Alban's C" + " of E").
  const from = text.slice(end - 2, end) === " C" && text.startsWith(" of E", end) ? end - 2 : end;
  const church = detection.category === "person" ? null : CHURCH_SCHOOL_AFTER.exec(text.slice(from, from + 40));
  if (church) return { ...detection, start, end: from + church[0].length };
  let index = firstEndingAfter(tokens, end);
  if (index < tokens.length && tokens[index].start < end) index++;
  for (let step = 0; index < tokens.length && step < MOST_WORDS; index++, step++) {
    const word = tokens[index];
    if (text.slice(end, word.start) !== " " || !joinsAfter(word) || allowed.overlaps(word.start, word.baseEnd)) break;
    end = word.baseEnd;
  }
  if (detection.category === "person") end = surnameAfterParticle(text, end) ?? end;
  // Note: "with fosterlink south east and": a firm typed in lower case keeps the region its name ends with.
  if (detection.category === "organisation")
    end += COMPASS_REGION_AFTER.exec(text.slice(end, end + 16))?.[0].length ?? 0;
  // Note: "the Institute of Family Therapy": what a body is "of" is its name too.
  if (detection.category === "organisation" && BODY_HEADS.test(/[\p{L}'’]+$/u.exec(text.slice(start, end))?.[0] ?? ""))
    end += OF_NAME_AFTER.exec(text.slice(end, end + 60))?.[0].length ?? 0;
  const firmEnd = end === detection.end ? lowerCaseEndingAfter(text, tokens, index, detection) : undefined;
  // Note: "we used harbourside camhs", "meridian learning trust": a lower-case word read as a person or a place is
  // the firm whose name the ending closes.
  if (firmEnd !== undefined && detection.category !== "organisation")
    return organisation(
      start,
      firmEnd,
      "employer",
      "Name typed in lower case before a word that ends a firm's name",
      "nlp",
    );
  end = firmEnd ?? end;
  if (start === detection.start && end === detection.end) return detection;
  return { ...detection, start, end };
}

const BODY_HEADS = /^(?:Institute|Foundation|Society|Association|Federation|Friends|Academy|College)$/u;
const OF_NAME_AFTER = /^ of (?:the )?\p{Lu}[\p{L}'’-]+(?: (?:and )?\p{Lu}[\p{L}'’-]+){0,2}/u;
const CHURCH_SCHOOL_AFTER =
  /^ (?:C of E|CofE|RC|CE)(?: (?:Primary|Junior|Infant|Secondary|School|Academy))?(?![\p{L}])/u;
const COMPASS_REGION_AFTER = /^ (?:south|north)[ -](?:east|west)(?![\p{L}])/u;
const POLICE_AFTER = /^[ \t]+(?:police|constabulary)(?![\p{L}])(?![ \t]+station)/iu;

/** "kent police informed by ward": an area's name before "police" is its force, an organisation. */
function policeOfAnArea(text: string, detection: Detection): Detection {
  const police = POLICE_AFTER.exec(text.slice(detection.end, detection.end + 16));
  if (!police) return detection;
  return organisation(
    detection.start,
    detection.end + police[0].length,
    "police",
    "Police force named by its area",
    "nlp",
  );
}

/** "João da Costa", "Pieter van der Berg": a particle in lower case and a capitalised surname after a given name. */
const PARTICLE_SURNAME =
  /^ (?:(?:da|de|do|dos|das|di|del|della|van|von|der|den|du|le|la|al|el|bin|ibn|ter|ten|ap)[ \t]+){1,2}\p{Lu}[\p{L}'’-]+/u;
/** "Ewa K. – was the only one": an initial's full stop inside a sentence belongs to the name. */
const INITIAL_STOP = /(?<=(?:^|[ \t])\p{Lu})\.(?=[ \t]*(?:[–—,;:)]|\p{Ll}))/u;

function surnameAfterParticle(text: string, end: number): number | undefined {
  const particle = PARTICLE_SURNAME.exec(text.slice(end, end + 40));
  if (particle) return end + particle[0].length;
  return INITIAL_STOP.test(text.slice(end - 2, end + 4)) && text[end] === "." ? end + 1 : undefined;
}

/** Lower-case words that close a firm's name besides the trading endings: "brightwave logistics", "harbourside camhs". */
const LOWER_CASE_ENDINGS = /^(?:logistics|camhs|learning trust|supported living|family court)$/u;

/**
 * "meridian learning trust", "brightwave logistics": an organisation typed in lower case takes the one or two
 * lower-case words after it when they end in a word that closes a firm's name; the end of that, or undefined.
 */
function lowerCaseEndingAfter(text: string, tokens: readonly WordToken[], index: number, detection: Detection) {
  const name = text.slice(detection.start, detection.end);
  if (!/^\p{Ll}/u.test(name)) return undefined;
  // Note: "asked priya care for him": a person or a place becomes a firm only by a word in no name list.
  if (detection.category !== "organisation" && (/\s/u.test(name) || isAnyGivenName(name))) return undefined;
  if (detection.category === "person" && isEnglishWordForm(name)) return undefined;
  let end = detection.end;
  const words: WordToken[] = [];
  for (let at = index; at < tokens.length && words.length < 2; at++) {
    const word = tokens[at];
    if (text.slice(end, word.start) !== " " || word.capitalised || word.possessive) break;
    words.push(word);
    end = word.end;
    if (LOWER_CASE_ENDINGS.test(words.map((taken) => taken.folded).join(" "))) return word.end;
    if (!isOrganisationEnding(word.folded)) continue;
    const grammar = words
      .slice(0, -1)
      .some((taken) => [...wordTags(taken.folded)].some((tag) => NOT_IN_FIRM_NAMES.has(tag)));
    return grammar ? undefined : word.end;
  }
  return undefined;
}

/**
 * "Word Bridge Interpreting charged us": a product's name on the allow-list ("Word", "Beam") opens a firm's name of
 * words found by its ending, when the allow-list holds that one word alone.
 */
function isProductInFirmName(word: WordToken, firmOfWords: boolean, allowed: SpanIndex) {
  return (
    firmOfWords &&
    allowed.contains(word.start, word.end) &&
    !allowed.overlaps(word.start - 1, word.start) &&
    !allowed.overlaps(word.end, word.end + 1)
  );
}

/** Months that are given names too ("April Osei"); the words that make a month a date's are `BEFORE_A_DATE`. */
const GIVEN_MONTHS = new Set(["April", "May", "June", "August"]);

/** "April Osei covered my duty": a month before a person's name is her given name, unless a date's word is before it. */
function isMonthGivenName(tokens: readonly WordToken[], index: number): boolean {
  if (!GIVEN_MONTHS.has(tokens[index].text)) return false;
  const before = tokens[index - 1];
  return before === undefined || (!BEFORE_A_DATE.has(before.folded) && !/\d/u.test(before.text));
}

/** "chair was jo whittaker", "the frank aranha assessment": a lower-case given name straight before a lower-case surname found. */
function isLowerCaseGivenNameBefore(text: string, word: WordToken, detection: Detection): boolean {
  if (detection.category !== "person" || !/^\p{Ll}+$/u.test(word.text) || !/^\p{Ll}/u.test(text[detection.start]))
    return false;
  if (NEVER_PART.has(word.folded) || [...wordTags(word.text)].some((tag) => NOT_BEFORE_A_SURNAME.has(tag)))
    return false;
  return isAnyGivenName(word.text);
}
/**
 * "Temperance Ogunleye chaired the conference": opening the sentence, a noun that is no role, greeting or team's word,
 * straight before a surname found alone, is the person's given name ("Patience", "Temperance", "Blessing").
 */
function isNounGivenNameBefore(text: string, word: WordToken, detection: Detection): boolean {
  if (detection.category !== "person" || !word.sentenceInitial || !CAPITALISED.test(word.text)) return false;
  const name = text.slice(detection.start, detection.end);
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name) || isEnglishWordForm(name)) return false;
  if (NOT_FIRST_IN_FIRM_NAMES.has(word.folded) || TEAM_DESCRIPTORS.has(word.folded)) return false;
  if (PERSON_INTRODUCERS.has(word.folded) || isNeverPart(word.text)) return false;
  const notAGivenNoun = ["Adjective", "Date", "Plural", "Actor", "Expression"];
  return ![...wordTags(word.folded)].some((tag) => NOT_IN_FIRM_NAMES.has(tag) || notAGivenNoun.includes(tag));
}

/** Word classes a given name before a surname never has: "my onsite", "will whittaker" after "i". */
const NOT_BEFORE_A_SURNAME = new Set(["Possessive", "Pronoun", "Determiner", "Preposition", "Conjunction", "Modal"]);

function isNeverPart(word: string): boolean {
  const folded = foldForMatch(word);
  return (
    NEVER_PART.has(folded) ||
    HONORIFICS.has(folded) ||
    isKnownAcronym(word) ||
    isIdentityWord(word) ||
    isCountryOrRegion(word) ||
    !CAPITALISED.test(word)
  );
}

/**
 * A capital before a name: a given name ("Paddy Joe"), or any capital mid-sentence ("Ashby, Great Bourne") that is
 * not a role ("Social Worker Amara" keeps its role); a sentence's first word only when it is no everyday word.
 */
function joinsBefore(word: WordToken, category: RedactionCategory, firmOfWords = false): boolean {
  if (isNeverPart(word.text)) return false;
  if (category === "person" && isAnyGivenName(word.text)) return true;
  if (category === "person" && PERSON_INTRODUCERS.has(foldForMatch(word.text))) return false;
  // Note: "Bright Futures Residential have …": a firm's name of words may open the sentence with a noun or adjective.
  if (firmOfWords && word.sentenceInitial) {
    if (NOT_FIRST_IN_FIRM_NAMES.has(foldForMatch(word.text))) return false;
    if (ORDINALS_IN_FIRM_NAMES.has(foldForMatch(word.text))) return true;
    // Note: a capitalised adverb has no tags of its own ("Honestly"); its lower-case form has.
    const tags = [...wordTags(word.text), ...wordTags(foldForMatch(word.text))];
    return !tags.some((tag) => NOT_IN_FIRM_NAMES.has(tag));
  }
  return !(word.sentenceInitial && isEnglishWordForm(word.text));
}

/** Imperatives and quantifiers a word list may read as nouns or adjectives ("Contact …", "Most …"). */
const NOT_FIRST_IN_FIRM_NAMES = new Set(
  `contact call ask ring phone email try use see check visit tell speak thank join most many few several some all any
  both each every other another more less only even also just yesterday today tomorrow tonight yeah okay ok oh sorry
  cheers morning agency mum dad`.split(/\s+/u),
);
/** Ordinals that open firms' names ("Second Wind", "First Steps") though a word list reads them as numbers. */
const ORDINALS_IN_FIRM_NAMES = new Set(["first", "second", "third"]);
/** Word classes that open a sentence but never a firm's name ("Contact …", "Most …", "Our …"). */
const NOT_IN_FIRM_NAMES = new Set(
  "Determiner Pronoun Possessive Preposition Conjunction Adverb QuestionWord Verb Infinitive Modal Copula Negative Value Gerund PastTense Expression Actor".split(
    " ",
  ),
);

/** A capital after a name ("Brighton FC", "Joe Bloggs"), not an acronym of the field nor a word that opens a clause. */
function joinsAfter(word: WordToken): boolean {
  return !isNeverPart(word.base) && !/^\p{Lu}{4,}$/u.test(word.base);
}

function joinAmpersands(text: string, detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((left, right) => left.start - right.start);
  const joined: Detection[] = [];
  for (const detection of sorted) {
    const previous = joined[joined.length - 1];
    const between = previous ? text.slice(previous.end, detection.start) : "";
    const bothNames = previous && NAME_CATEGORIES.has(previous.category) && NAME_CATEGORIES.has(detection.category);
    if (bothNames && /^ ?& ?$/u.test(between) && !(previous.category === "person" && detection.category === "person")) {
      joined[joined.length - 1] = {
        ...previous,
        end: detection.end,
        category: "organisation",
        reason: "Two names joined by '&' (a firm's name)",
        identity: undefined,
        replacement: undefined,
      };
      continue;
    }
    joined.push(detection);
  }
  return joined;
}
