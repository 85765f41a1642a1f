// Organisations named by the shape charities and adoption or fostering services take: "Tolvey for Children",
// "Fostering Brackwater", "Adopt Tolvey Valley", "Kinship Brackwater".
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { HONORIFICS, isListedPlaceWord, ROLE_NOUNS } from "./detect-organisations-by-context";
import { isKnownAcronym } from "./known-acronyms";
import { isEverydayWord, isIdentityWord, isOrdinaryWord, wordTags } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import { detection, GENERIC_WORDS, insideAny } from "./organisation-detection";
import { foldForMatch, isSentenceStart, startingAtCapitals } from "./text-matching";
import type { Detection } from "./types";

/** "Achieving for Children", "Brighter Futures for Children", "Together for Families": a name, then whom it is for. */
const FOR_WHOM = /[ \t]+for[ \t]+(?:Children|Families|Young[ \t]+People)(?![\p{L}])/gu;
/**
 * "kingston and richmond share cinder for children", "(saddle for children)": in lower case, a bare name and whom it
 * is for, after a bracket, a pause or a word that names a body, is the charity or shared service.
 */
const FOR_WHOM_IN_LOWER_CASE =
  /(?:^|[(,;:]|\b(?:share|shares|shared|with|at|from|by|via|thru|through|joined|called|named)(?![\p{L}'’-]))[ \t]*(\p{Ll}[\p{Ll}'’-]{2,}(?:[ \t]+\p{Ll}[\p{Ll}'’-]{2,})?)[ \t]+for[ \t]+(?:children|families|young[ \t]+people)(?![\p{L}'’])/dgu;
const NOT_A_LOWER_CASE_NAME_TAGS = [
  "Adjective",
  "Adverb",
  "Determiner",
  "Pronoun",
  "Possessive",
  "Value",
  "Plural",
  "Preposition",
  "Conjunction",
  "PastTense",
  "Negative",
];
/** Words before "for Children" that make it a department, a post or a fund rather than a name. */
const NOT_A_NAME_BEFORE_FOR =
  /^(?:department|commissioner|minister|secretary|director|services?|support|help|provision|funding|fund|outcomes|education|council|board|partnership|plan|strategy|charter|alliance|centre|center|champion|champions|advocate|advocates|the|a|an|and|or|of|our|their|more|better|safer|best|homes?|care|places?|money)$/u;

/** "Fostering Brackwater", "Adopt Tolvey Valley", "Kinship Brackwater", "Families Tolvey": a service's kind, then its own name. */
const KIND_THEN_NAME =
  /(?=[FAK])(?<![\p{L}])(?:Fostering|Adopt|Adoption|Kinship|Families)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})/gu;
/** What fostering and adoption have and do: "Adoption Panel", "Fostering Allowance", "Kinship Care Order". */
const WORDS_OF_THE_SERVICE =
  /^(?:panel|panels|order|orders|fund|allowance|allowances|leave|pay|plan|plans|application|applications|hearing|hearings|medical|medicals|register|records|process|policy|policies|standards|regulations|week|month|day|fortnight|uk|england|scotland|wales|act|agreement|agreements|arrangement|arrangements|breakdown|disruption|training|approval|approvals|assessment|assessments|review|reviews|visit|visits|worker|workers|officer|officers|manager|managers|carer|carers|parent|parents|payment|payments|grant|grants|certificate|leaflet|forum|network|sufficiency|recruitment|matching|match|matters|support|team|service|services)$/u;

/**
 * "Tolvey & Kiln", "(Brackwater & Dunmarsh)", "the report from Tolvey & Kiln": two capitalised names joined by "&" are
 * a firm's name, unless a third name or "&" runs on before them.
 */
const AMPERSAND_PAIR = startingAtCapitals(
  /(?=\p{Lu})(?<![\p{L}&]|(?:\p{Lu}[\p{L}'’-]*|&)[ \t]+)(\p{Lu}[\p{Ll}'’-]+)[ \t]*&[ \t]*(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}]|[ \t]*&)/gu,
);

/** "Tolvey Green Kiln Court", "Brackwater Court": capitalised names before "Court", the last no everyday word. */
const COURT = /(?<=[ \t])Court(?![\p{L}]|[ \t]+(?:of|Road|Street|Lane|Avenue|Close|Drive|Way)\b)/gu;
/** "Tolvey Kiln recruiter kept ringing": capitalised names straight before the firm's staff are the firm. */
const STAFF = /(?<=[ \t])(?:recruiters?|consultants?|reps?)(?![\p{L}])/gu;

/** Grades and kinds of recruiter or consultant: "the Locum consultant", "a Senior recruiter". */
const STAFF_GRADES =
  /^(?:locum|agency|perm|permanent|temp|interim|senior|lead|principal|associate|clinical|medical|paediatric|psychiatric|consultant|recruitment|sales|account|talent|nhs)$/u;

/** "the Family Court at Walnut": a court's kind, "at", then where it sits, as family courts are named. */
const COURT_AT =
  /(?=[FCMY])(?<![\p{L}])(?:Family|County|Crown|Magistrates['’]?|Youth)[ \t]+Court[ \t]+at[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?)/gu;
/** "We use Big Thimble for phone interpreting": a firm used or booked for interpreting. */
const USED_FOR_INTERPRETING = startingAtCapitals(
  /(?=\p{Lu})(?<=\b(?:use|used|using|book|booked|booking)[ \t]+)((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3})for[ \t]+(?:\p{Ll}+[ \t]+){0,2}(?:interpreting|interpreters?|translations?|translators?)(?![\p{L}])/gu,
);

/** "Thimble Walnut (domiciliary care provider)": capitalised names, then in brackets what kind of body they are. */
const KIND_IN_BRACKETS =
  /[ \t]*\((?:[\p{Ll}-]+[ \t]+){0,3}(?:provider|agency|charity|ifa|firm|company|landlord|association|solicitors|consultancy|organisation)\)/gu;
/** One to three capitalised words closing a stretch of text, with or without the spaces after them. */
const WORDS_THEN_SPACE = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’-]+[ \t]+){1,3}$/u;
const WORDS = /(?<![\p{L}])\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2}$/u;

/** "now with Thimble SCM in Enfield": a name, then capitals no list of the field knows, is a firm's trading name. */
/**
 * A hospital ward by its number ("Ward 7B", "ward 10") or its own name ("Rainbow ward"), not what it treats. Note: the
 * look-ahead for a capital or "w" (as in `startingAtCapitals`) lets other positions fail before the look-behind.
 */
const WARD =
  /(?=[A-Zw\u00C0-\u{10FFFF}])(?<![\p{L}\p{N}])(?:[Ww]ard[ \t]+(?:\d{1,2}[A-Za-z]?|[A-Z]\d{0,2})|(\p{Lu}[\p{L}'’-]+)[ \t]+[Ww]ard)(?![\p{L}\p{N}])/gu;
/** Words that say what a ward treats or who it is for ("Children's Ward", "Maternity ward"): no ward's own name. */
const WHAT_A_WARD_IS =
  /^(?:children['’]?s|childrens|maternity|paediatric|pediatric|psychiatric|surgical|medical|general|neonatal|labour|postnatal|antenatal|day|mental|adult|adults|elderly|isolation|intensive|acute|assessment|observation|the|a|our|their|his|her|this|that|which|each|every)$/u;
const NAME_THEN_CAPITALS = startingAtCapitals(
  /(?=\p{Lu})(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)[ \t]+(\p{Lu}{2,4})(?![\p{L}\p{N}])/gu,
);

/**
 * Hospital wards by number or own name. Note: kept apart from the names whose later mentions are looked for, as
 * "Ward 7" would make every "Ward sister" a mention.
 */
export function detectHospitalWards(text: string, allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(WARD)) {
    const end = match.index + match[0].length;
    const ownName = match[1];
    const describes = ownName && (WHAT_A_WARD_IS.test(foldForMatch(ownName)) || wordTags(ownName).has("Adjective"));
    if (describes || (ownName && isSentenceStart(text, match.index))) continue;
    if (ownName && match[0].endsWith("Ward") && isSurnameWard(text, match.index, [ownName])) continue;
    if (!insideAny(allowed, match.index, end))
      detections.push(detection(match.index, end, "hospital", "Hospital ward by its number or its own name", "nlp"));
  }
  return detections;
}

/** Words that lead to a ward: "on Jasmine Ward", "moved to Rowan Ward", "the Rainbow ward". */
const TO_A_WARD = /(?:^|[^\p{L}])(?:on|to|onto|from|at|in|the|off|into|back)[ \t]+$/iu;

/**
 * "Kelly Ward is the IRO", "spoke to Paddy Joe Ward": a given name before a capitalised "Ward" is a person's surname
 * when two or more names stand before it, or when no word leads to a ward ("on Jasmine Ward").
 */
export function isSurnameWard(text: string, start: number, ownNames: readonly string[]): boolean {
  const last = ownNames[ownNames.length - 1];
  if (last === undefined || !isLexiconGivenName(last)) return false;
  if (ownNames.length >= 2) return !ownNames.some((word) => WHAT_A_WARD_IS.test(foldForMatch(word)));
  return !TO_A_WARD.test(text.slice(Math.max(0, start - 12), start));
}

/** Charities and services named by their shape, whatever words their own name is made of. */
export function detectOrganisationsByShape(text: string, allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (const match of wordsBefore(text, FOR_WHOM, WORDS)) {
    const words = match[1].split(/[ \t]+/u);
    // Note: "I told Tolvey for Children": only the words from the last that is no part of the name.
    let first = words.length - 1;
    while (first > 0 && isOwnNameWord(words[first - 1])) first--;
    const own = words.slice(first);
    if (!isOwnNameWord(own[0]) || NOT_A_NAME_BEFORE_FOR.test(foldForMatch(own[own.length - 1]))) continue;
    const start = match.index + match[1].length - own.join(" ").length;
    const end = match.index + match[0].length;
    if (insideAny(allowed, start, end)) continue;
    detections.push(detection(start, end, "employer", "Name of a charity or service for children or families", "nlp"));
  }
  for (const match of text.matchAll(FOR_WHOM_IN_LOWER_CASE)) {
    const words = match[1].split(/[ \t]+/u);
    if (!words.every((word) => isOwnNameWord(word) && !isServiceWord(word) && !isLowerCaseDescriber(word))) continue;
    const end = match.index + match[0].length;
    // Note: the name's own place from the match's indices, not the first place its text occurs in the match.
    const start = match.indices?.[1]?.[0] ?? end;
    if (insideAny(allowed, start, end)) continue;
    detections.push(
      detection(start, end, "employer", "Name of a charity or service for children, in lower case", "nlp"),
    );
  }
  for (const match of text.matchAll(KIND_THEN_NAME)) {
    const words = match[1].split(/[ \t]+/u);
    let count = 0;
    while (count < words.length && isOwnNameWord(words[count]) && !isServiceWord(words[count])) count++;
    if (count === 0) continue;
    const name = words.slice(0, count).join(" ");
    const end = match.index + match[0].length - match[1].length + name.length;
    if (insideAny(allowed, match.index, end)) continue;
    detections.push(detection(match.index, end, "employer", "Name of a fostering, adoption or family service", "nlp"));
  }
  for (const match of wordsBefore(text, COURT, WORDS_THEN_SPACE)) {
    const own = ownNameWords(match[1]);
    if (own.length === 0 || !hasNoEverydaySense(own[own.length - 1])) continue;
    const start = match.index + match[1].trimEnd().length - own.join(" ").length;
    const end = match.index + match[0].length;
    if (!insideAny(allowed, start, end))
      detections.push(detection(start, end, "court", "Name of a court by its own name before “Court”", "nlp"));
  }
  for (const match of wordsBefore(text, STAFF, WORDS_THEN_SPACE)) {
    const own = ownNameWords(match[1]);
    if (own.length === 0 || !own.every(isFirmNameWord) || own.some((word) => isLexiconGivenName(word))) continue;
    if (STAFF_GRADES.test(foldForMatch(own[own.length - 1]))) continue;
    const end = match.index + match[1].trimEnd().length;
    const start = end - own.join(" ").length;
    if (!insideAny(allowed, start, end))
      detections.push(detection(start, end, "agency", "Name of a firm before its recruiter or consultant", "nlp"));
  }
  for (const match of text.matchAll(COURT_AT)) {
    const end = match.index + match[0].length;
    if (!ownNameWords(match[1]).length || insideAny(allowed, match.index, end)) continue;
    detections.push(detection(match.index, end, "court", "Name of a court by where it sits", "nlp"));
  }
  for (const match of text.matchAll(USED_FOR_INTERPRETING)) {
    const words = match[1].trim().split(/[ \t]+/u);
    if (!words.some((word) => isOwnNameWord(word) && !isServiceWord(word))) continue;
    const end = match.index + match[1].trimEnd().length;
    if (!insideAny(allowed, match.index, end))
      detections.push(detection(match.index, end, "interpreting", "Name of a firm used for interpreting", "nlp"));
  }
  for (const match of wordsBefore(text, KIND_IN_BRACKETS, WORDS)) {
    const own = ownNameWords(match[1]);
    if (own.length === 0 || own.some((word) => isLexiconGivenName(word) || HONORIFICS.test(foldForMatch(word))))
      continue;
    const end = match.index + match[1].length;
    const start = end - own.join(" ").length;
    if (!insideAny(allowed, start, end))
      detections.push(detection(start, end, "employer", "Name of a body said in brackets to be one", "nlp"));
  }
  for (const match of text.matchAll(NAME_THEN_CAPITALS)) {
    const [, name, capitals] = match;
    if (
      isKnownAcronym(capitals) ||
      !isFirmNameWord(name) ||
      isLexiconGivenName(name) ||
      isSentenceStart(text, match.index)
    )
      continue;
    const end = match.index + match[0].length;
    if (!insideAny(allowed, match.index, match.index + name.length))
      detections.push(detection(match.index, end, "agency", "Name of a firm by a name and its capitals", "nlp"));
  }
  for (const match of text.matchAll(AMPERSAND_PAIR)) {
    const end = match.index + match[0].length;
    // Note: "Harrow & Finch": one name may be a town's, as firms are named after places; two towns are places.
    const places = [match[1], match[2]].filter((word) => isListedPlaceWord(foldForMatch(word))).length;
    if (places === 2 || insideAny(allowed, match.index, end)) continue;
    if (![match[1], match[2]].every((word) => isListedPlaceWord(foldForMatch(word)) || isFirmNameWord(word))) continue;
    // Note: "with Priya & Tom": two given names are two people.
    if (isLexiconGivenName(match[1]) && isLexiconGivenName(match[2])) continue;
    detections.push(detection(match.index, end, "employer", "Two names joined by “&”", "nlp"));
  }
  return detections;
}

/**
 * Each match of `anchor` with the capitalised words `words` finds right before it, as one match would give them:
 * `index` where the words start, `[0]` the words and the anchor, `[1]` the words. Looking for the anchor first keeps a
 * long text from being tried for a run of capitals at every capital.
 */
function* wordsBefore(text: string, anchor: RegExp, words: RegExp): Generator<{ index: number; 0: string; 1: string }> {
  let floor = 0;
  for (const match of text.matchAll(anchor)) {
    let from = Math.max(floor, match.index - 100);
    while (from > floor && /\p{L}/u.test(text[from - 1])) from--;
    const found = words.exec(text.slice(from, match.index));
    if (!found) continue;
    const index = from + found.index;
    const end = match.index + match[0].length;
    yield { index, 0: text.slice(index, end), 1: found[0] };
    floor = end;
  }
}

/** The last words of a capitalised run that are its own name: "I told Tolvey Kiln" → "Tolvey Kiln". */
function ownNameWords(run: string): string[] {
  const words = run.trim().split(/[ \t]+/u);
  let first = words.length;
  while (first > 0 && isOwnNameWord(words[first - 1]) && !wordTags(words[first - 1]).has("Pronoun")) first--;
  return words.slice(first);
}

/** A word the lexicon gives no everyday sense: "Brackwater", "Walnut", not "Tennis", "Youth" or "Appeal". */
function hasNoEverydaySense(word: string): boolean {
  const folded = foldForMatch(word);
  return !isOrdinaryWord(word, false) && !isServiceWord(word) && !/^(?:high|supreme|crown|county)$/u.test(folded);
}

/** A word of a firm's name: no word of the work, no person's role or relation, no listed place ("Kent & Medway"). */
function isFirmNameWord(word: string): boolean {
  const folded = foldForMatch(word);
  if (HONORIFICS.test(folded) || ROLE_NOUNS.test(folded)) return false;
  return isOwnNameWord(word) && !isServiceWord(word) && !isListedPlaceWord(folded);
}

function isOwnNameWord(word: string): boolean {
  const folded = foldForMatch(word);
  return !GENERIC_WORDS.has(folded) && !isIdentityWord(word) && !NOT_A_NAME_BEFORE_FOR.test(folded);
}

/** "with fun for children", "at risk for children": a word that describes or points, not a name. */
function isLowerCaseDescriber(word: string): boolean {
  const tags = wordTags(word);
  return NOT_A_LOWER_CASE_NAME_TAGS.some((tag) => tags.has(tag)) || (tags.has("Verb") && !tags.has("Gerund"));
}

function isServiceWord(word: string): boolean {
  const folded = foldForMatch(word);
  return WORDS_OF_THE_SERVICE.test(folded) || TEAM_DESCRIPTORS.has(folded) || isEverydayWord(folded);
}
