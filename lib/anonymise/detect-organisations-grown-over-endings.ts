import { isLowerCaseNameWord } from "./detect-lower-case-organisations";
import { wordTags } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import { GENERIC_WORDS } from "./organisation-detection";
import type { Detection } from "./types";

/** Lower-case words that close a firm's trading name, found after a name a rule took without them. */
const ENDING =
  /[ \t]+(?:social[ \t]+care|children['’]?s[ \t]+trust|recruitment|staffing|locums|direct|cic|cio|ltd|limited|languages|interpreting|interpreters|translations?|fostering|solutions|group|partnership|personnel|resourcing|associates|&[ \t]*co)(?![\p{L}\p{N}])/uy;
/** "hollow lane recruitment": one more word of the name between a found word and a trading name's ending. */
const WORD_THEN_ENDING =
  /[ \t]+([\p{Ll}][\p{Ll}'’-]*)[ \t]+(?:social[ \t]+care|recruitment|staffing|locums|ltd|limited|languages|interpreting|interpreters|translations|fostering|solutions|personnel|resourcing|associates)(?![\p{L}\p{N}])/uy;
/** "Pemberton and Sons", "hollis & co": a family firm's ending after its name, in either case. */
const FAMILY_ENDING = /[ \t]+(?:and|&)[ \t]*(?:sons?|daughters?|co|company|partners)(?![\p{L}\p{N}])/iuy;
/** "Hollis and Sons" found only as "Sons": the capitalised name joined before a family firm's ending. */
const NAME_BEFORE_FAMILY_ENDING = /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+[ \t]+(?:and|&)[ \t]*$/u;
const BUILDING = /[ \t]+(?:place|house|lodge|court|centre|center)(?![\p{L}\p{N}'’])/uy;
const SERVICE_BEFORE_BUILDING = /^(?:family|contact|youth|resource|community|children['’]?s|childrens)$/u;
const SERVICE_BUILDING = /[ \t]+(?:centre|center|home|hub)(?![\p{L}\p{N}'’])/uy;
const KIND_WORD =
  /^(?:school|academy|primary|nursery|college|court|hospital|hosp|centre|center|trust|team|unit|ward|home|clinic|surgery|council|cc)$/u;
/** "x & y", "x and y": a second word joined to a firm's name typed in lower case. */
const JOINED = /[ \t]+(?:&|and)[ \t]+([\p{Ll}][\p{Ll}'’-]*)(?![\p{L}\p{N}])/uy;
/** One capitalised word straight before a found capitalised name, mid-sentence: "from, um, Sable Perfect". */
const CAPITALISED_BEFORE = /(?<=[\p{Ll},(:][ \t]+)(\p{Lu}[\p{Ll}'’-]+)[ \t]+$/u;
const NOT_A_NAME_TAGS = ["Determiner", "Preposition", "Pronoun", "Conjunction", "Adverb", "Value", "Verb", "Modal"];
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|judge|sir|dame|lady|lord|saint|st|the)$/u;

/**
 * "blue arrow social care", "pillar & post": a firm's name a rule found only the first part of grows over the ending
 * that follows it (with one more word of the name before it: "hollow lane recruitment") and, typed in lower case,
 * over a word joined by "&" or "and"; a capitalised name grows back over a capitalised word straight before it.
 */
export function growOrganisationsOverEndings(text: string, detections: Detection[]): Detection[] {
  return detections.map((found) => {
    let end = found.end;
    const name = text.slice(found.start, end);
    const words = name.split(/\s+/u);
    const last = words[words.length - 1];
    // Note: "bow school and stepney": a name closed by what it is joins no second name.
    if (name === name.toLowerCase() && words.length <= 2 && !GENERIC_WORDS.has(last) && !KIND_WORD.test(last)) {
      JOINED.lastIndex = end;
      const joined = JOINED.exec(text);
      const word = joined?.[1] ?? "";
      if (joined && !GENERIC_WORDS.has(word) && isLowerCaseNameWord(word, word)) end = JOINED.lastIndex;
    }
    if (name === name.toLowerCase() && words.length === 1) {
      WORD_THEN_ENDING.lastIndex = end;
      const middle = WORD_THEN_ENDING.exec(text)?.[1];
      if (middle && isLowerCaseNameWord(middle, middle) && !wordTags(middle).has("Verb"))
        end = WORD_THEN_ENDING.lastIndex;
    }
    // Note: "the mulberry place office": a lower-case name grows over the word for its building.
    if (name === name.toLowerCase() && words.length === 1) {
      BUILDING.lastIndex = end;
      if (BUILDING.exec(text)) end = BUILDING.lastIndex;
    }
    // Note: "the oasis family centre" found as "oasis family": the service's name closes with its building.
    if (name === name.toLowerCase() && words.length <= 3 && SERVICE_BEFORE_BUILDING.test(last)) {
      SERVICE_BUILDING.lastIndex = end;
      if (SERVICE_BUILDING.exec(text)) end = SERVICE_BUILDING.lastIndex;
    }
    for (let more = 0; more < 2; more++) {
      ENDING.lastIndex = end;
      FAMILY_ENDING.lastIndex = end;
      if (ENDING.exec(text)) end = ENDING.lastIndex;
      else if (FAMILY_ENDING.exec(text)) end = FAMILY_ENDING.lastIndex;
      else break;
    }
    const start =
      found.start -
      (capitalisedWordBefore(text, found.start, name) || nameBeforeFamilyEnding(text, found.start, name)).length;
    return end === found.end && start === found.start ? found : { ...found, start, end };
  });
}

/** "Hollis and " before a found "Sons", or "". */
function nameBeforeFamilyEnding(text: string, start: number, name: string): string {
  if (!/^(?:Sons?|Daughters?|Co|Partners)$/u.test(name)) return "";
  return NAME_BEFORE_FAMILY_ENDING.exec(text.slice(Math.max(0, start - 30), start))?.[0] ?? "";
}

/** The capitalised word and space straight before a capitalised name that is its first word, or "". */
function capitalisedWordBefore(text: string, start: number, name: string): string {
  if (!/^\p{Lu}\p{Ll}/u.test(name)) return "";
  const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return "";
  const word = before[1].toLowerCase();
  // Note: "rang Priya Tollgate": a given name before a firm's name is who was rung.
  if (GENERIC_WORDS.has(word) || TITLES.test(word) || word.length < 3 || isLexiconGivenName(before[1])) return "";
  const tags = wordTags(word);
  return NOT_A_NAME_TAGS.some((tag) => tags.has(tag)) ? "" : before[0];
}
