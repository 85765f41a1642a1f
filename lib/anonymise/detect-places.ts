// Places found by the sentence's frame rather than a list: "moved to Ripe", "her mum is from Sylhet", "a village called Wool".
import { findAllowedSpans, isCountryOrRegion, isIdentityWord, SpanIndex, wordTags } from "./known-words";
import { foldForMatch, tokeniseWords, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Words that put someone somewhere, before "in", "to", "from", "near" or "on": "lives in", "grew up in", "moved to". */
const PLACE_VERBS =
  /^(?:live|lives|lived|living|moved|move|moves|moving|relocated|relocating|settled|up|born|raised|based|originally|grandparents|nan|nana|gran|granny|family|relatives|cousins)$/u;
const PLACE_PREPOSITIONS = /^(?:in|to|from|near|on|outside)$/u;
const RELATIVES =
  /^(?:mum|dad|mother|father|parents|nan|gran|grandad|grandma|grandmother|grandfather|aunt|auntie|uncle|sister|brother|husband|wife|partner|family|carer|carers|he|she|they)$/u;
/** "a little place called Wool", "this village named Ripe". */
const PLACE_NOUNS = /^(?:place|town|village|hamlet|area|estate|city|suburb|island)$/u;
const NAMING_WORDS = /^(?:called|named)$/u;
const DIRECTIONS = /^(?:north|south|east|west|central|inner|outer|upper|lower|northern|southern|eastern|western)$/u;

function place(start: number, end: number, reason: string): Detection {
  return { start, end, category: "place", reason, source: "nlp", replacement: "[place]" };
}

/** Step 2c: places named by what the sentence says about them, and regions of other countries. */
export function detectPlaces(text: string): Detection[] {
  const tokens = tokeniseWords(text);
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  const detections: Detection[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
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
  return detections;
}

function isRegion(word: string): boolean {
  const tags = wordTags(word);
  return tags.has("Region") && !tags.has("Country");
}

/** "University of Sussex", "Duke of Kent": a region closing a longer capitalised title names the title's holder. */
function isInsideLongerTitle(tokens: WordToken[], index: number): boolean {
  return tokens[index - 1]?.folded === "of" && (tokens[index - 2]?.capitalised ?? false);
}

/** "moved to Ripe", "her nan is from Sylhet", "a place called Wool". */
function isFramed(text: string, tokens: WordToken[], index: number): boolean {
  const previous = tokens[index - 1];
  const before = tokens[index - 2];
  if (!/^[ \t]+$/u.test(text.slice(previous.end, tokens[index].start))) return false;
  if (NAMING_WORDS.test(previous.folded)) return PLACE_NOUNS.test(before.folded);
  if (!PLACE_PREPOSITIONS.test(previous.folded)) return false;
  if (PLACE_VERBS.test(before.folded)) return true;
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
  if (words.some((word) => isIdentityWord(word.base))) return false;
  if (isCountryOrRegion(name) || isCountryOrRegion(words[words.length - 1].base)) return false;
  if (words.some((word) => /^(?:Mr|Mrs|Ms|Miss|Dr|Court|Duty)$/u.test(word.base))) return false;
  // Note: "moved to Flat 7", "back to Room 3": a numbered part of a building is an address line, found elsewhere.
  return !/^[ \t]*\p{N}/u.test(text.slice(tokens[last].end, tokens[last].end + 4));
}
