import { detectListed } from "./detect-listed";
import { CUES, isListedOrganisationName } from "./detect-listed-organisations";
import { isKnownAcronym } from "./known-acronyms";
import { findAllowedSpans, isEnglishWordForm, isIdentityWord, wordTags } from "./known-words";
import { isLexiconFamilyName, isLexiconGivenName } from "./name-lexicon";
import {
  describeKind,
  detection,
  GENERIC_WORDS,
  GRAMMAR_TAGS,
  type OrganisationKind,
  sentenceAround,
} from "./organisation-detection";
import { foldForMatch, startingAtCapitals } from "./text-matching";
import type { Detection } from "./types";

const INTRODUCING_NOUNS: [string[], OrganisationKind][] = [
  [["agency", "agencies", "recruiter", "locum agency", "recruitment agency"], "agency"],
  [["interpreters", "interpreting service", "interpreting firm", "interpreting company"], "interpreting"],
  [
    [
      "IFA",
      "fostering agency",
      "provider",
      "employer",
      "company",
      "firm",
      "housing provider",
      "landlord",
      "charity",
      "contact centre",
      "children's home",
    ],
    "employer",
  ],
  [["hospital"], "hospital"],
  [["school", "academy", "nursery", "college"], "school"],
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
    )})(?:,[ \\t]+|:[ \\t]*|(?:[ \\t]+(?:we|they|I)[ \\t]+(?:use|used|have|had|go through))?[ \\t]+(?:is|was|were|are)[ \\t]+(?:called[ \\t]+)?)((?:\\p{Lu}[\\p{L}'’&-]*|\\p{Ll}[\\p{Ll}'’-]{3,})(?:[ \\t]+\\p{Lu}[\\p{L}'’&-]*){0,3})(?=[ \\t]*[,.;:)!?]|[ \\t]+(?:and|but|who|which|they|were|was|is|are|pays?|paid|for|now|in)\\b|[ \\t]*$)`,
  "gu",
);

const NO_NAME =
  /^(?:none|n\/?a|no|yes|unknown|various|several|multiple|other|others|not|the|a|an|same|different|many|lots)$/u;

/** "asked by 3 different agencies (blossom, ivory, stellar)": the names listed in brackets after a plural noun. */
const LISTED_IN_BRACKETS =
  /\b(agencies|firms|providers|companies|hospitals|trusts)\b[^().;!?]{0,40}\(([\p{L}'’&-]+(?:[ \t]+[\p{L}'’&-]+){0,2}(?:,[ \t]*(?:and[ \t]+)?[\p{L}'’&-]+(?:[ \t]+[\p{L}'’&-]+){0,2})+)\)/gu;

const NAME = "\\p{Lu}[\\p{L}'’&-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’&-]*){0,2}";
/** "my team (Puffins!!)", "the same PRU (Beacon house)": a name in brackets after the noun for what it is. */
const NAMED_IN_BRACKETS = new RegExp(
  `\\b(team|unit|hub|PRU|provision|contact centre|nursery|children's home|school|academy|agency|provider)[ \\t]*\\((${NAME}(?:[ \\t]+[\\p{Ll}]+)?)(?=[!?.,)])`,
  "gu",
);
/** "Bumblebees, it's called", "Lavender — that's the mother-and-baby unit": a name, then what it is. */
const NAME_THEN_WHAT = startingAtCapitals(
  new RegExp(
    `(?<![\\p{L}])(${NAME}),?[ \\t]+(?:it['’]s|its|it is|they['’]re)[ \\t]+called\\b|(?<![\\p{L}])(${NAME})[ \\t]*(?:[—–-]+|,)[ \\t]*(?:that['’]s|it['’]s|which is)[ \\t]+(?:(?:literally|actually|just|like),?[ \\t]+)?(?:the|a|an)[ \\t,]+(?:[\\p{L},'’-]+[ \\t]+){0,4}?(unit|team|ward|centre|home|school|academy|nursery|hostel|provision|service|charity|agency|PRU|surgery|clinic|practice|refuge|club|church|village|town|hamlet|estate)\\b`,
    "gu",
  ),
);

/**
 * "a charity in Tooting, Family Lines, and …", "a firm in horsham (mindspring?)", "the women's centre in hastings
 * (the haven)": a kind of body and where it is, then its name set off by commas (capitalised) or in brackets.
 */
const KIND_IN_A_PLACE_THEN_NAME = new RegExp(
  `\\b(?:a|an|the)[ \\t]+(charity|firm|company|agency|provider|project|ifa|IFA|women['’]s[ \\t]+centre|centre|refuge|hostel|clinic|practice|service)[ \\t]+in[ \\t]+\\p{L}[\\p{L}'’-]*(?:[ \\t]+\\p{L}[\\p{L}'’-]*)?[ \\t]*(?:,[ \\t]*(${NAME})[ \\t]*,|\\([ \\t]*(?:the[ \\t]+)?(\\p{L}[\\p{L}'’&-]*(?:[ \\t]+\\p{L}[\\p{L}'’&-]*){0,2})[ \\t]*\\??[ \\t]*\\))`,
  "gu",
);

const FIRM_NOUNS: [RegExp, OrganisationKind][] = [
  [/^(?:agency|locum agency|recruiter|umbrella|umbrella company)$/iu, "agency"],
  [/^(?:interpreters|interpreting (?:firm|company|service))$/iu, "interpreting"],
];
/** "Tandem, my agency, never rang", "Lantern is the agency I use", "Harbour were our IFA": a name, then what it is. */
const NAME_THEN_FIRM = startingAtCapitals(
  new RegExp(
    `(?<![\\p{L}])(${NAME})(?:,[ \\t]+|[ \\t]+(?:is|was|are|were)[ \\t]+)(?:my|our|the|an?|her|his|their)[ \\t]+(?:(?:old|current|last|new|main|first|usual|small|tiny|little|big|local|decent|good|great|specialist|independent|national|reliable|smaller|bigger)[ \\t]+){0,2}(agency|locum agency|recruiter|umbrella company|umbrella|IFA|fostering agency|employer|provider|interpreters|interpreting (?:firm|company|service))(?=[ \\t]*[,.;:!?)]|[ \\t]+(?:I|we|they|he|she|you|that|who|which|for|and|but|never|always|were|was|is|are|too|then|now|since|before|until|in|at|when)\\b|[ \\t]*$)`,
    "gu",
  ),
);
/** "Harbour's consultant", "Echo's interpreters": a name owning what only a firm has. */
const FIRM_POSSESSIVE = startingAtCapitals(
  /(?<![\p{L}])(\p{Lu}[\p{L}&-]*(?:[ \t]+\p{Lu}[\p{L}&-]*){0,2})['’]s[ \t]+(?:consultants?|recruiters?|reps?|interpreters?|rates|timesheets?|portal|app|books|locums|payroll)\b/gu,
);

/** "the Tapestry lot were the worst": the people of a firm, by its name. */
const FIRM_LOT = /(?<=\bthe[ \t]+)(\p{Lu}[\p{L}&-]*(?:[ \t]+\p{Lu}[\p{L}&-]*){0,2})(?=[ \t]+lot\b)/gu;

function detectNamedFirms(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(FIRM_LOT)) {
    const first = match[1].split(/[ \t]/u)[0];
    if (GENERIC_WORDS.has(foldForMatch(first)) || isIdentityWord(first) || isKnownAcronym(first)) continue;
    if (detectListed(match[1]).length > 0) continue;
    // Note: "the Ridgeway lot were one team": only in a sentence about agencies are the lot a firm's people.
    if (!CUES.agency.test(sentenceAround(text, match.index, match.index + match[1].length))) continue;
    detections.push(
      detection(
        match.index,
        match.index + match[1].length,
        "agency",
        "Name of a firm whose people are “the … lot”",
        "nlp",
      ),
    );
  }
  for (const match of text.matchAll(NAME_THEN_FIRM)) {
    const name = match[1];
    if (isSentenceStartWord(name) || GENERIC_WORDS.has(foldForMatch(name)) || isLexiconGivenName(name)) continue;
    const kind = FIRM_NOUNS.find(([pattern]) => pattern.test(match[2]))?.[1] ?? "employer";
    detections.push(
      detection(
        match.index,
        match.index + name.length,
        kind,
        `Name of ${describeKind(kind)} said with what it is`,
        "nlp",
      ),
    );
  }
  for (const match of text.matchAll(FIRM_POSSESSIVE)) {
    const name = match[1];
    const first = name.split(/[ \t]/u)[0];
    if (isSentenceStartWord(name) || GENERIC_WORDS.has(foldForMatch(first)) || isLexiconGivenName(first)) continue;
    if (isLexiconFamilyName(first) || detectListed(name).length > 0) continue;
    const kind: OrganisationKind = /interpret/iu.test(match[0]) ? "interpreting" : "agency";
    detections.push(
      detection(match.index, match.index + name.length, kind, `Name of ${describeKind(kind)} by what it has`, "nlp"),
    );
  }
  return detections;
}

export function detectIntroducedOrganisations(text: string): Detection[] {
  const detections: Detection[] = [...detectNamedFirms(text)];
  for (const match of text.matchAll(NAMED_IN_BRACKETS)) {
    const start = match.index + match[0].length - match[2].length;
    const kind = /^(?:team|unit|hub)$/u.test(match[1]) ? "team" : match[1] === "agency" ? "agency" : "employer";
    if (!isSentenceStartWord(match[2]) && !/^\p{Lu}{2,4}$/u.test(match[2]))
      detections.push(
        detection(
          start,
          start + match[2].length,
          kind,
          `Name of ${/^[aeiou]/u.test(match[1]) ? "an" : "a"} ${match[1]} in brackets`,
          "nlp",
        ),
      );
  }
  for (const match of text.matchAll(KIND_IN_A_PLACE_THEN_NAME)) {
    const name = match[2] ?? match[3];
    const words = name.split(/[ \t]+/u).map((word) => foldForMatch(word));
    const tags = wordTags(words[0]);
    if (words.every((word) => GENERIC_WORDS.has(word)) || GRAMMAR_TAGS.some((tag) => tags.has(tag))) continue;
    if (detectListed(name).length > 0) continue;
    const start = match.index + match[0].lastIndexOf(name);
    const kind: OrganisationKind = /^(?:agency|firm|company)$/u.test(match[1]) ? "agency" : "employer";
    detections.push(
      detection(start, start + name.length, kind, `Name of ${describeKind(kind)} after where it is`, "nlp"),
    );
  }
  for (const match of text.matchAll(NAME_THEN_WHAT)) {
    let name = match[1] ?? match[2];
    let start = match.index;
    // Note: "And Lavender — that's …": a word that opens the sentence is not part of the name.
    while (isSentenceStartWord(name) && /[ \t]/u.test(name)) {
      const cut = name.search(/[ \t]+\S/u);
      const skipped = name.slice(0, cut).length + (/[ \t]+/u.exec(name.slice(cut))?.[0].length ?? 0);
      start += skipped;
      name = name.slice(skipped);
    }
    if (GENERIC_WORDS.has(foldForMatch(name)) || isSentenceStartWord(name)) continue;
    if (/^(?:village|town|hamlet|estate)$/u.test(match[3] ?? "")) {
      detections.push({
        start,
        end: start + name.length,
        category: "place",
        reason: "Place said with what it is",
        source: "nlp",
        replacement: "[place]",
      });
    } else detections.push(detection(start, start + name.length, "employer", "Name said with what it is", "nlp"));
  }
  for (const match of text.matchAll(LISTED_IN_BRACKETS)) {
    const kind: OrganisationKind =
      match[1] === "agencies" ? "agency" : match[1] === "hospitals" || match[1] === "trusts" ? "hospital" : "employer";
    let offset = match.index + match[0].length - 1 - match[2].length;
    for (const item of match[2].split(",")) {
      const name = item.trim().replace(/^and\s+/u, "");
      const start = text.indexOf(name, offset);
      offset = start + name.length;
      if (name && !NO_NAME.test(name.toLowerCase()))
        detections.push(
          detection(
            start,
            start + name.length,
            kind,
            `Name of ${describeKind(kind)} in a list after “${match[1]}”`,
            "nlp",
          ),
        );
    }
  }
  for (const match of text.matchAll(INTRODUCED)) {
    const name = match[2];
    const start = match.index + match[0].length - name.length;
    const folded = foldForMatch(name);
    const link = match[0].slice(match[1].length).trimStart()[0];
    if (!/^\p{Lu}/u.test(name)) {
      // Note: in lower case only as a form's answer ("agency: fusion"), or after "is" / "was" a listed name or a word
      // that is no English word.
      if (link === ",") continue;
      if (link !== ":" && !isListedOrganisationName(folded) && isEnglishWordForm(folded)) continue;
      if (NO_NAME.test(folded)) continue;
    }
    if (folded.split(/\s+/u).every((word) => GENERIC_WORDS.has(word))) continue;
    if (findAllowedSpans(name, folded).some((span) => span.start === 0 && span.end === name.length)) continue;
    // Note: "the children's home, Crowborough,": a listed town after the noun says where, not what.
    if (detectListed(name).length > 0) continue;
    const noun = match[1].toLowerCase();
    const kind =
      INTRODUCING_NOUNS.find(([nouns]) => nouns.some((each) => each.toLowerCase() === noun))?.[1] ?? "employer";
    detections.push(
      detection(start, start + name.length, kind, `Name of ${describeKind(kind)} after “${noun}”`, "nlp"),
    );
  }
  return detections;
}

/** Words a sentence opens with that are no name ("That's", "It", "The"). */
function isSentenceStartWord(name: string): boolean {
  return /^(?:The|That|This|It|They|We|I|He|She|You|There|So|And|But|Then|Yes|No|Oh|Well|Um|Er)$/u.test(
    name.split(/[ \t]/u)[0],
  );
}
