// Interpreting firms named by the languages they are used for: "We use Speakwell for Dari and Pashto", "booked
// Lingua Bridge for Tigrinya".
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isKnownAcronym } from "./known-acronyms";
import { findAllowedSpans, isIdentityWord, SpanIndex } from "./known-words";
import { HONORIFICS, PERSON_INTRODUCERS } from "./name-cues";
import { isAnyGivenName } from "./name-token-facts";
import { detection, isLanguageName } from "./organisation-detection";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

/** A verb of using a service or a preposition of dealing, a capitalised name of up to three words, then "for" a language. */
const NAME_FOR_A_LANGUAGE =
  /(?<![\p{L}])(?:use|used|uses|using|book|booked|books|booking|through|via|with|from|rang|call|called|ring|try|tried)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+for[ \t]+(\p{L}+)/dgu;

/** A name used for a language is an interpreting firm, unless it is a language, a nationality or allow-listed. */
export function detectInterpretingFirms(text: string): Detection[] {
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  const detections: Detection[] = [];
  for (const match of text.matchAll(NAME_FOR_A_LANGUAGE)) {
    const [, name, language] = match;
    if (!isLanguageName(foldForMatch(language))) continue;
    const [start, end] = match.indices?.[1] ?? [0, 0];
    const words = name.split(/[ \t]+/u);
    if (allowed.overlaps(start, end) || words.some((word) => isIdentityWord(word))) continue;
    if (isKnownAcronym(name) || PERSON_INTRODUCERS.has(foldForMatch(name)) || HONORIFICS.has(foldForMatch(name)))
      continue;
    // Note: "sessions with Maria for Spanish", "rang Duty for Somali": a person or a team of the council is no firm.
    if (isAnyGivenName(words[0]) || words.every((word) => TEAM_DESCRIPTORS.has(foldForMatch(word)))) continue;
    detections.push(detection(start, end, "interpreting", "Name of an interpreting firm used for a language", "nlp"));
  }
  return detections;
}
