// Interpreting firms named by the languages they are used for: "We use Speakwell for Dari and Pashto", "booked
// Lingua Bridge for Tigrinya".
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isKnownAcronym } from "./known-acronyms";
import { findAllowedSpans, isIdentityWord, SpanIndex, wordTags } from "./known-words";
import { HONORIFICS, PERSON_INTRODUCERS } from "./name-cues";
import { isAnyGivenName } from "./name-token-facts";
import { detection, GRAMMAR_TAGS, isLanguageName } from "./organisation-detection";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

/** A verb of using a service or a preposition of dealing, a capitalised name of up to three words, then "for" a language. */
const NAME_FOR_A_LANGUAGE =
  /(?<![\p{L}])(?:use|used|uses|using|book|booked|books|booking|through|via|with|from|rang|call|called|ring|try|tried)[ \t]+(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+for[ \t]+(\p{L}+)/dgu;

/** "Tongues had no Polish interpreters that day", "Voiceline sent a Tigrinya interpreter": a name with interpreters. */
const NAME_WITH_INTERPRETERS =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]+(?:had|has|have|sent|sends|booked|provided|provides|found|couldn['’]t[ \t]+find|never[ \t]+has|never[ \t]+had)[ \t]+(?:no|any|an?|the|their|its)?[ \t]*(?:(\p{Lu}\p{Ll}+)[ \t]+)?interpreters?(?![\p{L}])/dgu;

/** A name used for a language is an interpreting firm, unless it is a language, a nationality or allow-listed. */
export function detectInterpretingFirms(text: string): Detection[] {
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  const detections: Detection[] = [];
  const matches = [...text.matchAll(NAME_FOR_A_LANGUAGE), ...text.matchAll(NAME_WITH_INTERPRETERS)];
  for (const match of matches) {
    const [, name, language] = match;
    if (language !== undefined && !isLanguageName(foldForMatch(language))) continue;
    const [start, end] = match.indices?.[1] ?? [0, 0];
    const words = name.split(/[ \t]+/u);
    if (allowed.overlaps(start, end) || words.some((word) => isIdentityWord(word))) continue;
    if (isKnownAcronym(name) || PERSON_INTRODUCERS.has(foldForMatch(name)) || HONORIFICS.has(foldForMatch(name)))
      continue;
    // Note: "sessions with Maria for Spanish", "rang Duty for Somali": a person or a team of the council is no firm.
    if (isAnyGivenName(words[0]) || words.every((word) => TEAM_DESCRIPTORS.has(foldForMatch(word)))) continue;
    const tags = wordTags(foldForMatch(words[0]));
    if (GRAMMAR_TAGS.some((tag) => tags.has(tag)) || /^(?:every|any|some|no)(?:one|body)$/iu.test(words[0])) continue;
    if (/['’]/u.test(words[0])) continue;
    const reason = /interpreters?$/u.test(match[0]) ? "with its interpreters" : "used for a language";
    detections.push(detection(start, end, "interpreting", `Name of an interpreting firm ${reason}`, "nlp"));
  }
  return detections;
}
