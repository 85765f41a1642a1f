import organisations from "./data/organisations.json";
import { detectNamedTeams } from "./detect-named-teams";
import { isListedEnglishWord } from "./english-words";
import { findAllowedSpans, isCountryOrRegion, isIdentityWord, isOrdinaryWord } from "./known-words";
import { isLexiconGivenName, isNameWithOrdinarySense } from "./name-lexicon";
import { detection, insideAny, type OrganisationKind, sentenceAround } from "./organisation-detection";
import {
  createPhraseMatcher,
  foldForMatch,
  isSentenceStart,
  normalisePhrase,
  type PhraseMatcher,
  tokeniseWords,
  type WordToken,
} from "./text-matching";
import type { Detection } from "./types";

const CUES: Record<OrganisationKind, RegExp> = {
  agency:
    /\b(?:agenc(?:y|ies)|locum(?:s|ing|ed)?|recruit(?:er|ers|ment|ing)|consultant|contract|contracts|interim|temp(?:ing)?|umbrella|hourly|rate|signed up|on the books)\b/iu,
  interpreting: /\b(?:interpret(?:er|ers|ing|ation)?|translat(?:or|ors|ion|ions|ing)|languages?|booked|signer|bsl)\b/iu,
  court:
    /\b(?:courts?|hearings?|judges?|magistrates?|proceedings|bundles?|barristers?|solicitors?|listed|cafcass|orders?|trial|adjourned|ftmr|irh|final)\b/iu,
  employer: /\b(?:work(?:ed|ing|s)?|job|joined|left|moved|employer|fostering|agency|ifa|provider|home|homes)\b/iu,
  hospital:
    /\b(?:hospitals?|ward|wards|a&e|a and e|admitted|admission|born|birth|maternity|paediatric(?:ian|s)?|pediatric|nurses?|midwi(?:fe|ves)|discharged?|discharge|scan|doctors?|consultant|clinic|psychiatric|sectioned|inpatient|bed|nicu|scbu|picu|camhs|trust|transferred|taken)\b/iu,
};

interface Entry {
  kind: OrganisationKind;
  phrase: string;
  /** An acronym: only its own spelling counts. */
  exact: boolean;
  /** Has an everyday sense ("Pulse", "Priory", "Conquest"): needs a capital and a word of its field nearby. */
  ordinary: boolean;
}

let listCache: { matcher: PhraseMatcher; byKey: Map<string, Entry[]> } | null = null;

function listMatcher(): { matcher: PhraseMatcher; byKey: Map<string, Entry[]> } {
  if (listCache) return listCache;
  const byKey = new Map<string, Entry[]>();
  const add = (kind: OrganisationKind, phrases: string[]) => {
    for (const phrase of phrases) {
      const key = normalisePhrase(phrase);
      const words = phrase.split(/\s+/u);
      const entry: Entry = {
        kind,
        phrase,
        exact: /^[A-Z][A-Za-z&]{1,5}$/u.test(phrase) && /[A-Z].*[A-Z]/u.test(phrase),
        ordinary: words.every((word) => isEverydayWord(word.replace(/['’]s?$/u, ""))),
      };
      byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
  };
  add("agency", organisations.agencies);
  add("interpreting", organisations.interpreting);
  add("court", organisations.courts);
  add("hospital", organisations.hospitals);
  add("employer", organisations.employers);
  listCache = { matcher: createPhraseMatcher(byKey.keys()), byKey };
  return listCache;
}

/** An ordinary word as spelled (not by its stem: "Hays" is a firm though "hay" is a word). */
function isEverydayWord(word: string): boolean {
  return isOrdinaryWord(word) || isListedEnglishWord(foldForMatch(word)) || isNameWithOrdinarySense(word);
}

/** Words that end an organisation's trading name ("Bramble Recruitment", "Tower Interpreting Ltd"). */
const ORGANISATION_ENDINGS: [RegExp, OrganisationKind][] = [
  [
    /^(?:recruitment|personnel|resourcing|staffing|locums|search|selection|associates|consulting|consultancy|consultants|ltd|limited|plc|llp|group|solutions|partners|workforce|talent)$/u,
    "agency",
  ],
  [
    /^(?:interpreting|interpreters|translation|translations|translators|languages|linguistics|linguists)$/u,
    "interpreting",
  ],
  [/^(?:hospital|infirmary|hospice)$/u, "hospital"],
  [
    /^(?:fostering|adoption|healthcare|homes|childcare|nurseries|academy|academies|trust|foundation|charity)$/u,
    "employer",
  ],
];

/** Two-word endings: "Family Court", "Social Care", "NHS Trust" … */
const ORGANISATION_TWO_WORD_ENDINGS: [string, OrganisationKind][] = [
  ["family court", "court"],
  ["county court", "court"],
  ["combined court", "court"],
  ["crown court", "court"],
  ["magistrates court", "court"],
  ["magistrates' court", "court"],
  ["magistrates’ court", "court"],
  ["justice centre", "court"],
  ["hearing centre", "court"],
  ["family centre", "court"],
  ["social care", "agency"],
  ["social work", "agency"],
  ["care solutions", "agency"],
  ["language services", "interpreting"],
  ["nhs trust", "hospital"],
  ["foundation trust", "hospital"],
  ["children's hospital", "hospital"],
  ["children’s hospital", "hospital"],
  ["general hospital", "hospital"],
  ["university hospital", "hospital"],
  ["medical centre", "hospital"],
  ["health centre", "hospital"],
];

/** Capitalised words that describe rather than name ("Social", "Family", "Local"): not enough on their own. */
const GENERIC_WORDS = new Set(
  `the a an our their my your his her this that social care children's children’s childrens family families local
  national independent private specialist community health mental nhs agency agencies recruitment the and of & new
  main big old general district county city central royal university teaching foster fostering adoption residential
  kinship respite day early help looked after special educational needs`.split(/\s+/u),
);

/** Step 2b: agencies, interpreting firms, courts, hospitals and named teams, from the shipped lists and from shape. */
export function detectOrganisations(text: string): Detection[] {
  const folded = foldForMatch(text);
  const tokens = tokeniseWords(text);
  const allowed = findAllowedSpans(text, folded);
  return uniqueSpans([
    ...detectByCue(text, tokens, allowed),
    ...detectHospitalsByContext(text, tokens, allowed),
    ...detectListedOrganisations(text, folded),
    ...detectByEnding(text, tokens, allowed),
    ...detectNamedTeams(text, tokens),
  ]);
}

function uniqueSpans(detections: Detection[]): Detection[] {
  const seen = new Set<string>();
  return detections
    .filter((detection) => {
      const key = `${detection.start}:${detection.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((left, right) => left.start - right.start);
}

function detectListedOrganisations(text: string, folded: string): Detection[] {
  const { matcher, byKey } = listMatcher();
  const candidates: { start: number; end: number; entries: Entry[]; capitalised: boolean }[] = [];
  for (const { start, end, key } of matcher.find(text, folded)) {
    const spelled = text.slice(start, end);
    const entries = (byKey.get(key) ?? []).filter((entry) => !entry.exact || entry.phrase === spelled);
    if (entries.length > 0) candidates.push({ start, end, entries, capitalised: /^\p{Lu}/u.test(spelled) });
  }
  const certain = (entry: Entry, capitalised: boolean) =>
    !entry.ordinary && (capitalised || /\s/u.test(entry.phrase) || /^\p{Ll}/u.test(entry.phrase));
  const detections: Detection[] = [];
  for (const { start, end, entries, capitalised } of candidates) {
    const found = entries.find((entry) => {
      if (certain(entry, capitalised)) return true;
      if (!capitalised) return !entry.ordinary && CUES[entry.kind].test(sentenceAround(text, start, end));
      if (isSentenceStart(text, start) && !/\s/u.test(entry.phrase) && !followedByOrganisationUse(text, end))
        return false;
      const context = sentenceAround(text, start, end);
      // Another listed organisation of the same kind nearby ("from Hays … via Nonstop") is a cue too.
      const sibling = candidates.some(
        (other) =>
          other.start !== start &&
          Math.abs(other.start - start) < 200 &&
          other.entries.some(
            (entryOfOther) => entryOfOther.kind === entry.kind && certain(entryOfOther, other.capitalised),
          ),
      );
      return CUES[entry.kind].test(context) || sibling;
    });
    if (!found) continue;
    detections.push(detection(start, end, found.kind, `Listed ${describe(found.kind)}`, "list"));
  }
  return detections;
}

function followedByOrganisationUse(text: string, end: number): boolean {
  return /^\s*(?:rang|called|emailed|sent|offered|placed|pay|pays|paid|said|told|were|was|is|are|have|had|do|did|'s|’s)\b/iu.test(
    text.slice(end, end + 20),
  );
}

function describe(kind: OrganisationKind): string {
  return {
    agency: "recruitment agency",
    interpreting: "interpreting firm",
    court: "court",
    hospital: "hospital or NHS trust",
    employer: "employer",
  }[kind];
}

function isCapitalisedName(token: WordToken): boolean {
  return token.capitalised && !GENERIC_WORDS.has(token.folded);
}

/** "Bramble Recruitment", "Tower Interpreting Ltd", "Ashdown Family Court": capitalised words before an ending. */
function detectByEnding(text: string, tokens: WordToken[], allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token.capitalised) continue;
    let kind: OrganisationKind | null = null;
    let endIndex = index;
    const two = index + 1 < tokens.length ? `${token.folded} ${tokens[index + 1].folded}` : "";
    const twoWord = ORGANISATION_TWO_WORD_ENDINGS.find(([ending]) => ending === two);
    if (twoWord && tokens[index + 1].capitalised && /^[ \t]+$/u.test(text.slice(token.end, tokens[index + 1].start))) {
      kind = twoWord[1];
      endIndex = index + 1;
    } else {
      kind = ORGANISATION_ENDINGS.find(([pattern]) => pattern.test(token.folded))?.[1] ?? null;
    }
    if (!kind) continue;
    let first = index;
    while (first > 0) {
      const previous = tokens[first - 1];
      const gap = text.slice(previous.end, tokens[first].start);
      const joins = /^[ \t]+$/u.test(gap) || /^[ \t]*&[ \t]*$/u.test(gap);
      if (!joins || !(previous.capitalised || ["and", "of", "&"].includes(previous.folded))) break;
      if (previous.sentenceInitial && isOrdinaryWord(previous.base) && !previous.capitalised) break;
      first--;
      if (index - first >= 4) break;
    }
    while (first < index && !tokens[first].capitalised) first++;
    if (first < index && tokens[first].sentenceInitial && isOrdinaryWord(tokens[first].base) && first + 1 < index)
      first++;
    const prefix = tokens.slice(first, index);
    if (
      !prefix.some(
        (word) =>
          isCapitalisedName(word) &&
          (!insideAny(allowed, word.start, word.end) || kind === "court") &&
          !(word.sentenceInitial && isOrdinaryWord(word.base)),
      )
    )
      continue;
    if (prefix.length === 0) continue;
    const start = tokens[first].start;
    const end = tokens[endIndex].baseEnd;
    detections.push(detection(start, end, kind, `Name of ${describe(kind)} by its ending`, "nlp"));
    index = endIndex;
  }
  return detections;
}

const FUNCTION_WORDS = new Set(
  "them they their there this that these those what which whom whose where when while about into onto over under".split(
    " ",
  ),
);

const CUE_BEFORE = /^(?:through|via|with|for|from|by|joined|left|called|named|at)$/u;

/**
 * "locuming through Bramble", "an agency called Harbour", "interpreters from Lingo": capitalised words after
 * a preposition in a sentence about agencies or interpreting are the firm's name, even when they are ordinary words.
 */
function detectByCue(text: string, tokens: WordToken[], allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.sentenceInitial || token.allCaps) continue;
    if (!CUE_BEFORE.test(tokens[index - 1].folded)) continue;
    // Note: in lower case only a word with no everyday sense can be a firm's name ("through bramble", not "through work").
    if (!token.capitalised && (isOrdinaryWord(token.base) || token.base.length < 4 || FUNCTION_WORDS.has(token.folded)))
      continue;
    if (!/^[ \t]+$/u.test(text.slice(tokens[index - 1].end, token.start))) continue;
    if (insideAny(allowed, token.start, token.end) || GENERIC_WORDS.has(token.folded)) continue;
    if (isIdentityWord(token.base) || isCountryOrRegion(token.base) || isAnyGivenOrFamilyName(token.base)) continue;
    const context = sentenceAround(text, token.start, token.end);
    const previous = tokens[index - 1].folded;
    const beforePrevious = tokens[index - 2]?.folded ?? "";
    const kind: OrganisationKind | null = /\bagenc(?:y|ies)\b|\blocum/iu.test(context)
      ? "agency"
      : /\binterpret|\btranslat/iu.test(context)
        ? "interpreting"
        : (previous === "for" || previous === "at") && /^(?:work|works|worked|working|job)$/u.test(beforePrevious)
          ? "employer"
          : previous === "joined" || (previous === "for" && beforePrevious === "left")
            ? "employer"
            : null;
    if (!kind) continue;
    let last = index;
    while (
      last + 1 < tokens.length &&
      last - index < 3 &&
      tokens[last + 1].capitalised === token.capitalised &&
      (token.capitalised || !isOrdinaryWord(tokens[last + 1].base)) &&
      /^[ \t]+$/u.test(text.slice(tokens[last].end, tokens[last + 1].start))
    )
      last++;
    detections.push(
      detection(token.start, tokens[last].baseEnd, kind, `Name of ${describe(kind)} by its context`, "nlp"),
    );
    index = last;
  }
  return detections;
}

/** "born at the Lister", "on the ward at the Royal": "the" and a capitalised name in a sentence about a hospital. */
function detectHospitalsByContext(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (tokens[index - 1].folded !== "the" || !token.capitalised || token.sentenceInitial || token.allCaps) continue;
    if (insideAny(allowed, token.start, token.end) || isIdentityWord(token.base) || isCountryOrRegion(token.base))
      continue;
    const before = tokens[index - 2]?.folded ?? "";
    if (!["at", "in", "to", "from", "into"].includes(before)) continue;
    const context = sentenceAround(text, token.start, token.end);
    if (
      !/\b(?:born|birth|admitted|ward|a&e|maternity|discharged|hospital|nicu|scbu|special care|paediatric\w*)\b/iu.test(
        context,
      )
    )
      continue;
    let last = index;
    while (
      last + 1 < tokens.length &&
      last - index < 2 &&
      tokens[last + 1].capitalised === token.capitalised &&
      (token.capitalised || !isOrdinaryWord(tokens[last + 1].base)) &&
      /^[ \t]+$/u.test(text.slice(tokens[last].end, tokens[last + 1].start))
    )
      last++;
    detections.push(
      detection(
        token.start,
        tokens[last].baseEnd,
        "hospital",
        "Hospital named in a sentence about a birth or admission",
        "nlp",
      ),
    );
    index = last;
  }
  return detections;
}

function isAnyGivenOrFamilyName(word: string): boolean {
  return isLexiconGivenName(word) && !isNameWithOrdinarySense(word);
}
