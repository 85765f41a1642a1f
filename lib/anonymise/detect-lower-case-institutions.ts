// NHS trusts, prisons and universities typed in lower case: "under east london foundation trust", "dad is in hmp elmley
// on remand", "my practice educator at uni of kent".

import { isSpaced } from "./detect-lower-case-organisations";
import { isListedPlaceWord } from "./detect-organisations-by-context";
import { isEnglishWordForm, wordTags } from "./known-words";
import { isFieldJargon } from "./name-unknown-words";
import { detection } from "./organisation-detection";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Words a trust's name is made of besides its places: "south london and maudsley", "kent community health". */
const TRUST_NAME_WORDS = new Set(
  `east west north south central london and st mental health community partnership care university hospitals hospital
  children's childrens integrated`.split(/\s+/u),
);
/** Words that only describe: a trust named by these alone ("the mental health trust") names no one trust. */
const DESCRIBING_ONLY = new Set(["and", "mental", "health", "community", "care", "children's", "childrens"]);
/** Second words of prisons' names that are everyday words too: "wormwood scrubs", "cookham wood", "ford open". */
const PRISON_NAME_WORDS = /^(?:scrubs|wood|hill|park|green|grange|hall|heath|island|open|moor|common|vale)$/u;
/** Parts of speech a prison's name never has: "hmp elmley on remand", "hmp wandsworth where …". */
const NOT_IN_PRISON_NAMES = ["Preposition", "Determiner", "Conjunction", "Pronoun", "Adverb", "Verb", "QuestionWord"];

/**
 * "east london foundation trust", "oxleas nhs trust", "south london and maudsley nhs foundation trust": up to five
 * words before "(nhs) (foundation) trust" in lower case, one of them a listed place or no English word.
 */
export function detectLowerCaseTrusts(text: string, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    if (tokens[index].folded !== "trust" || !/^(?:nhs|foundation)$/u.test(tokens[index - 1].folded)) continue;
    let first = index - 1;
    while (first > 0 && tokens[first - 1].folded === "nhs") first--;
    let name = first;
    while (name > 0 && first - name < 5 && isSpacedLowerCase(text, tokens[name - 1], tokens[name])) {
      const word = tokens[name - 1];
      if (!TRUST_NAME_WORDS.has(word.folded) && !isListedPlaceWord(word.folded) && isEnglishWordForm(word.base)) break;
      // Note: "the camhs nhs trust": a service of the field is no trust's name.
      if (isFieldJargon(word.folded) && !TRUST_NAME_WORDS.has(word.folded)) break;
      name--;
    }
    const own = tokens.slice(name, first).filter((word) => !DESCRIBING_ONLY.has(word.folded));
    if (own.length === 0 || tokens[name].folded === "and") continue;
    detections.push(
      detection(tokens[name].start, tokens[index].end, "hospital", "NHS trust typed in lower case", "nlp"),
    );
  }
  return detections;
}

/** "hmp elmley", "hmyoi cookham wood", "hmp & yoi bronzefield" typed in lower case: the title and its name's words. */
export function detectLowerCasePrisons(text: string, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 0; index < tokens.length - 1; index++) {
    if (!/^hm(?:p|yoi)$/u.test(tokens[index].folded)) continue;
    const first = tokens[index].folded === "hmp" && tokens[index + 1].folded === "yoi" ? index + 2 : index + 1;
    let end = first;
    while (end < tokens.length && end - first < 2 && isSpacedLowerCase(text, tokens[end - 1], tokens[end])) {
      const tags = wordTags(tokens[end].base);
      if (NOT_IN_PRISON_NAMES.some((tag) => tags.has(tag))) break;
      // Note: "hmp elmley last week": a second word joins only when it is no everyday word or a prison name's word.
      if (end > first && isEnglishWordForm(tokens[end].base) && !PRISON_NAME_WORDS.test(tokens[end].folded)) break;
      end++;
    }
    if (end === first) continue;
    detections.push(
      detection(tokens[index].start, tokens[end - 1].end, "prison", "Prison by its title, typed in lower case", "nlp"),
    );
  }
  return detections;
}

/** "uni of kent", "university of sussex", "uni of east london": a university by its place, typed in lower case. */
export function detectLowerCaseUniversities(text: string, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 0; index + 2 < tokens.length; index++) {
    if (!/^(?:uni|university)$/u.test(tokens[index].text) || tokens[index + 1].text !== "of") continue;
    if (!isSpacedLowerCase(text, tokens[index], tokens[index + 1])) continue;
    let end = index + 2;
    if (/^(?:east|west|north|south)$/u.test(tokens[end].text) && end + 1 < tokens.length) end++;
    const place = tokens[end];
    if (!isSpacedLowerCase(text, tokens[end - 1], place)) continue;
    if (!isListedPlaceWord(place.folded) && !/^(?:london|sussex|essex|brighton|kent|surrey)$/u.test(place.folded))
      continue;
    detections.push(
      detection(tokens[index].start, place.end, "school", "University by its place, typed in lower case", "nlp"),
    );
  }
  return detections;
}

/** Two words one space apart, the second in lower case ("hmp & yoi" keeps its ampersand apart). */
function isSpacedLowerCase(text: string, left: WordToken, right: WordToken): boolean {
  return isSpaced(text, left, right, true) && /^\p{Ll}/u.test(right.text);
}
