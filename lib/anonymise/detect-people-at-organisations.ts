// Someone named by who employs them: "Penny at Reed said they'd get me more", "Sol from Randstad rang me at 7am",
// "chinedu at reed". The organisation was found; the given name before "at" or "from" is the person there.
import { isListedOrganisationName } from "./detect-listed-organisations";
import { isListedPlaceWord } from "./detect-organisations-by-context";
import { isKnownAcronym } from "./known-acronyms";
import { findAllowedSpans, isCountryOrRegion, isEnglishWordForm, isIdentityWord, SpanIndex } from "./known-words";
import { isAnyGivenName } from "./name-token-facts";
import { isFieldJargon } from "./name-unknown-words";
import { DEPARTMENTS } from "./name-word-classes";
import { detection, GENERIC_WORDS } from "./organisation-detection";
import { foldForMatch, isTypedInLowerCase } from "./text-matching";
import type { Detection } from "./types";

/** A word, then "at" or "from" (and "the"), straight before the organisation. */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}'’-]*)[ \t]+(?:at|from)[ \t]+(?:the[ \t]+)?$/u;
const LOOK_BACK = 40;
/** What the person did, after the organisation: a capitalised word in no list is a name before these. */
const SPEAKS_AFTER =
  /^['’]?s?[ \t]+(?:said|says|rang|rings|called|calls|told|tells|emailed|texted|phoned|messaged|offered|sent|promised|reckons|reckoned|sorted|found|got|gave|put|helped|asked|wanted|wants|keeps|kept)(?![\p{L}])/u;
/** Words before "at"/"from" that are never a person's name there, though the name lists hold them. */
const NEVER_HERE = new Set(
  "said work worked working placed started moved someone somebody job jobs post role shift shifts placement judge guardian officer inspector nurse doctor teacher head chair".split(
    " ",
  ),
);

/**
 * A given name (from the gazetteer or the name lexicon, ordinary-word names included) just before "at" or "from" and an
 * organisation, authority or place found there, or a capitalised word in no word list when the organisation is then
 * said to have rung or said something ("Sol from Randstad rang"); a name is lower case only in a comment typed in lower
 * case.
 */
export function detectPeopleAtOrganisations(text: string, found: readonly Detection[]): Detection[] {
  const taken = new SpanIndex(found);
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  const lowerCaseText = isTypedInLowerCase(text);
  const detections: Detection[] = [];
  for (const employer of found) {
    if (!isEmployer(text, employer)) continue;
    const window = text.slice(Math.max(0, employer.start - LOOK_BACK), employer.start);
    const match = WORD_BEFORE.exec(window);
    if (!match) continue;
    const word = match[1];
    const start = employer.start - window.length + match.index;
    const end = start + word.length;
    if (taken.overlaps(start, end) || NEVER_HERE.has(foldForMatch(word))) continue;
    // Note: "Cafcass from Croydon rang", "Ofsted at Kent said": a body the project never redacts is no one's name.
    if (allowed.overlaps(start, end) || isKnownAcronym(word) || isIdentityWord(word)) continue;
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
    if (!capitalised && !(lowerCaseText && /^\p{Ll}+$/u.test(word))) continue;
    // Note: "job at reed", "Judge at Croydon": a name that is also a word needs something it did after ("dean from hive rang").
    const actsAfter = SPEAKS_AFTER.test(text.slice(employer.end, employer.end + 30));
    const named = isUnknownWord(word)
      ? isAnyGivenName(word) || (capitalised && actsAfter)
      : (capitalised || lowerCaseText) && actsAfter && isAnyGivenName(word);
    if (!named) continue;
    detections.push({
      start,
      end,
      category: "person",
      reason: "Given name of someone at an organisation (“Penny at Reed”)",
      source: "nlp",
      identity: `person:${foldForMatch(word)}`,
    });
  }
  return detections;
}

/** Found as an organisation, authority or place, or as a person where the word is a listed organisation's ("Reed"). */
function isEmployer(text: string, detection: Detection): boolean {
  if (["organisation", "authority", "place"].includes(detection.category)) return true;
  return (
    detection.category === "person" &&
    isListedOrganisationName(foldForMatch(text.slice(detection.start, detection.end)))
  );
}

function isUnknownWord(word: string): boolean {
  return !isEnglishWordForm(foldForMatch(word));
}

/**
 * After a person found in a lower-case comment: "at" or "from", one or two words, then a pause or what they did there
 * (which is never the name's second word: "kwikstaff said").
 */
const DID_THERE =
  "(?:in|on|got|gets|said|says|rang|rings|called|told|is|was|has|had|sorted|offered|sent|helps|helped|does|did)(?![\\p{L}])";
const EMPLOYER_AFTER = new RegExp(
  `^[ \\t]+(?:at|from)[ \\t]+([a-z][a-z'’&-]*(?:[ \\t]+(?!${DID_THERE})[a-z][a-z'’&-]*)?)(?=[ \\t]*(?:[,.;:!?)]|$)|[ \\t]+${DID_THERE})`,
  "u",
);
/** Where a colleague is, not who employs them. */
const NOT_AN_EMPLOYER = new Set("work home school college uni mash reception office hub team camhs yot iro".split(" "));

/**
 * "agnieszka at polska link in acton", "femi from kwik staff said": in a comment typed in lower case, one or two words
 * after a person found and "at" or "from", one of them no English word, are who employs them.
 */
export function detectOrganisationsOfPeople(text: string, found: readonly Detection[]): Detection[] {
  if (!isTypedInLowerCase(text)) return [];
  const taken = new SpanIndex(found);
  const detections: Detection[] = [];
  for (const person of found) {
    if (person.category !== "person") continue;
    const match = EMPLOYER_AFTER.exec(text.slice(person.end, person.end + 60));
    if (!match) continue;
    const words = match[1].split(/[ \t]+/u);
    if (words.some((word) => NOT_AN_EMPLOYER.has(word) || DEPARTMENTS.has(word) || isFieldJargon(word))) continue;
    if (words.some((word) => GENERIC_WORDS.has(word) || isCountryOrRegion(word) || isListedPlaceWord(word))) continue;
    if (!words.some((word) => isUnknownWord(word) && !isAnyGivenName(word)) && !isListedOrganisationName(match[1]))
      continue;
    const start = person.end + match[0].length - match[1].length;
    const end = start + match[1].length;
    if (taken.contains(start, end)) continue;
    detections.push(detection(start, end, "employer", "Who employs a person named just before (“kemi at …”)", "nlp"));
  }
  return detections;
}
