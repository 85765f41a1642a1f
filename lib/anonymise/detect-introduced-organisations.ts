import { isListedOrganisationName } from "./detect-listed-organisations";
import { findAllowedSpans, isEnglishWordForm } from "./known-words";
import { describeKind, detection, GENERIC_WORDS, type OrganisationKind } from "./organisation-detection";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

const INTRODUCING_NOUNS: [string[], OrganisationKind][] = [
  [["agency", "agencies", "recruiter", "locum agency", "recruitment agency"], "agency"],
  [["interpreters", "interpreting service", "interpreting firm", "interpreting company"], "interpreting"],
  [
    ["IFA", "fostering agency", "provider", "employer", "company", "firm", "contact centre", "children's home"],
    "employer",
  ],
  [["hospital"], "hospital"],
];

/** The noun in either case at a sentence's start: "agency" → "[Aa]gency". */
const nounPattern = (noun: string) => noun.replace(/^\p{Ll}/u, (first) => `[${first.toUpperCase()}${first}]`);

/**
 * "My agency, Harbour, pays weekly", "the IFA, Sunrise, has …", "my agency is summit": the words right after a noun
 * for an organisation, set off by commas or after "is" / "was", name it.
 */
const INTRODUCED = new RegExp(
  `\\b(${INTRODUCING_NOUNS.flatMap(([nouns]) => nouns)
    .map(nounPattern)
    .join(
      "|",
    )})(?:,[ \\t]+|[ \\t]+(?:is|was|were|are)[ \\t]+(?:called[ \\t]+)?)((?:\\p{Lu}[\\p{L}'’&-]*|\\p{Ll}[\\p{Ll}'’-]{3,})(?:[ \\t]+\\p{Lu}[\\p{L}'’&-]*){0,3})(?=[ \\t]*[,.;:)!?]|[ \\t]+(?:and|but|who|which|they|were|was|is|are|pays?|paid|for|now|in)\\b|[ \\t]*$)`,
  "gu",
);

export function detectIntroducedOrganisations(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(INTRODUCED)) {
    const name = match[2];
    const start = match.index + match[0].length - name.length;
    const folded = foldForMatch(name);
    if (!/^\p{Lu}/u.test(name)) {
      // Note: in lower case only after "is" / "was", and only a listed name or a word that is no English word.
      if (match[0].slice(match[1].length).startsWith(",")) continue;
      if (!isListedOrganisationName(folded) && isEnglishWordForm(folded)) continue;
    }
    if (folded.split(/\s+/u).every((word) => GENERIC_WORDS.has(word))) continue;
    if (findAllowedSpans(name, folded).some((span) => span.start === 0 && span.end === name.length)) continue;
    const noun = match[1].toLowerCase();
    const kind =
      INTRODUCING_NOUNS.find(([nouns]) => nouns.some((each) => each.toLowerCase() === noun))?.[1] ?? "employer";
    detections.push(
      detection(start, start + name.length, kind, `Name of ${describeKind(kind)} after “${noun}”`, "nlp"),
    );
  }
  return detections;
}
