// Organisations listed after a heading that says what kind they are: "agencies i've worked with since 2016: acorn,
// lark, harbinger, blue fern", "charity partners: bridges to work, the kindling project, safe steps south".
import { wordTags } from "./known-words";
import {
  detection,
  GENERIC_WORDS,
  GRAMMAR_TAGS,
  isLanguageName,
  type OrganisationKind,
} from "./organisation-detection";
import type { Detection } from "./types";

/** The kind nouns a heading may end in or hold, and the kind each names. */
const KIND_HEADS: [RegExp, OrganisationKind][] = [
  [/\b(?:agenc(?:y|ies)|recruiters?|umbrella (?:firms?|compan(?:y|ies))|locum firms?)\b/iu, "agency"],
  // Note: "Interpreter: Pashto": one interpreter is a language or a person; firms are plural or said to be firms.
  [/\binterpret(?:ers|ing (?:firms?|compan(?:y|ies)|agenc(?:y|ies)|services?))\b/iu, "interpreting"],
  [
    /\b(?:providers?|ifas?|charit(?:y|ies)(?: partners)?|firms?|compan(?:y|ies)|employers?|homes|academy trusts?|partners)\b/iu,
    "employer",
  ],
];
/** Headings that speak of the kind rather than list it: reported speech, or the kind after a preposition. */
const NOT_A_HEADING =
  /\b(?:said|says|told|tells|wrote|asked|answered|replied|is|are|was|were|re|ref)\b|\b(?:with|about|for|from|of|re|regarding|to|by)\s+(?:the\s+|our\s+|my\s+)?(?:[\p{L}-]+\s+)?(?:agenc|recruit|umbrella|locum|interpret|provider|ifa|charit|firm|compan|employer|home|academy|partner)/iu;

/** How far back from the colon a heading may start, and how far the list may run. */
const MOST_HEADING = 80;
const MOST_LIST = 240;
/** Words at an item's edges that show it is no name: "too many to list", "all of them", "the one with the logo". */
const NOT_AT_THE_EDGE = new Set(GRAMMAR_TAGS);
/** What an item says after its name and is not part of it: "pinnacle again", "lantern too". */
const TRAILING = /[ \t]+(?:again|too|as well|etc\.?|mainly|mostly|sometimes|now)$/u;

/**
 * After a heading that holds a kind of organisation ("agencies i've worked with:", "Providers we use:"), each item of
 * the list up to the sentence's end, separated by commas, "and" or "/", of one to four words whose first and last words
 * could be a name's, is an organisation of that kind; "the" before an item and a note in brackets stay outside.
 */
export function detectOrganisationsInKindLists(text: string): Detection[] {
  const detections: Detection[] = [];
  // Note: "umbrella = Orbit Contracting. agency = hawthorn people.": comments set a heading off with "=" too.
  for (const { index: colon } of text.matchAll(/[:=]/gu)) {
    const before = text.slice(Math.max(0, colon - MOST_HEADING), colon);
    const heading = before.slice(Math.max(...[".", "!", "?", "\n", ";"].map((stop) => before.lastIndexOf(stop))) + 1);
    const kind = KIND_HEADS.find(([pattern]) => pattern.test(heading))?.[1];
    // Note: "at 10:30", "https:": a colon inside a time or an address heads no list.
    if (!kind || /https?$/u.test(heading) || (/\d$/u.test(heading) && /^\d/u.test(text.slice(colon + 1)))) continue;
    // Note: "What the agency said:", "Issues with agencies:": the kind must head the heading, not be spoken of in it.
    if (NOT_A_HEADING.test(heading)) continue;
    const rest = text.slice(colon + 1, colon + 1 + MOST_LIST);
    const listEnd = rest.search(/[.;!?\n]/u);
    const list = listEnd === -1 ? rest : rest.slice(0, listEnd);
    for (const item of list.matchAll(/[^,/]+/gu)) {
      const found = nameInItem(item[0]);
      if (!found) continue;
      const start = colon + 1 + item.index + found.offset;
      detections.push(
        detection(start, start + found.name.length, kind, "Listed after a heading of its kind (“agencies: …”)", "nlp"),
      );
    }
  }
  return detections;
}

/** The name an item of the list holds, with its offset in the item, or null. */
function nameInItem(item: string): { name: string; offset: number } | null {
  const lead = /^[ \t]*(?:(?:and|or|&)[ \t]+)?(?:the[ \t]+)?/iu.exec(item)?.[0] ?? "";
  let name = item
    .slice(lead.length)
    .replace(/[ \t]*\([^)]*\)?[ \t]*$/u, "")
    .trimEnd();
  name = name.replace(TRAILING, "");
  const words = name.split(/[ \t]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 4 || /\d/u.test(name)) return null;
  if (words.every((word) => GENERIC_WORDS.has(word.toLowerCase()) || word === "&")) return null;
  for (const edge of [words[0], words[words.length - 1]]) {
    const tags = wordTags(edge.toLowerCase());
    if (edge === "&" || [...tags].some((tag) => NOT_AT_THE_EDGE.has(tag))) return null;
  }
  if (/^(?:one|ones|all|none|some|various|loads|lots|others?|same|etc)$/iu.test(words[0])) return null;
  if (words.some((word) => isLanguageName(word.toLowerCase()))) return null;
  return { name, offset: lead.length };
}
