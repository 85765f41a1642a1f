import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/** What an organisation detection is: its kind, its replacement, and the sentence around it that a cue is looked for in. */

export type OrganisationKind =
  | "agency"
  | "interpreting"
  | "court"
  | "hospital"
  | "employer"
  | "police"
  | "school"
  | "worship"
  | "prison";

const REPLACEMENT: Record<OrganisationKind, string> = {
  agency: "[agency]",
  interpreting: "[interpreting firm]",
  court: "[court]",
  hospital: "[hospital]",
  employer: "[organisation]",
  police: "[police force]",
  school: "[school]",
  worship: "[place of worship]",
  prison: "[prison]",
};

export function detection(
  start: number,
  end: number,
  kind: OrganisationKind | "team",
  reason: string,
  source: "list" | "nlp",
): Detection {
  return {
    start,
    end,
    category: "organisation",
    reason,
    source,
    replacement: kind === "team" ? "[team]" : REPLACEMENT[kind],
  };
}

/** How a reason names each kind of organisation. */
export function describeKind(kind: OrganisationKind): string {
  return {
    agency: "recruitment agency",
    interpreting: "interpreting firm",
    court: "court",
    hospital: "hospital or NHS trust",
    employer: "employer",
    police: "police force",
    school: "school",
    worship: "place of worship",
    prison: "prison",
  }[kind];
}

/** Capitalised words that describe rather than name ("Social", "Family", "Local"): not enough on their own. */
export const GENERIC_WORDS = new Set(
  `the a an our their my your his her this that social care children's children’s childrens family families local
  national independent private specialist community health mental nhs agency agencies recruitment the and of & new
  main big old general district county city central royal university teaching foster fostering adoption residential
  kinship respite day early help looked after special educational needs high primary secondary grammar junior infant
  school schools college sixth form police constabulary adult adults steering working reference advisory network support
  race equity multi-agency multi agency partnership board civic methodist baptist pentecostal anglican evangelical
  orthodox catholic parish united reformed free church mosque work supported semi-independent temporary emergency`.split(
    /\s+/u,
  ),
);

export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 160);
  const to = Math.min(text.length, end + 160);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const cut = Math.max(
    before.lastIndexOf(". "),
    before.lastIndexOf("\n"),
    before.lastIndexOf("? "),
    before.lastIndexOf("! "),
  );
  const stop = after.search(/[.?!](?:\s|$)|\n/u);
  return `${cut >= 0 ? before.slice(cut + 1) : before} ${stop >= 0 ? after.slice(0, stop) : after}`;
}

interface SpanLookup {
  starts: number[];
  /** The furthest end among the spans sorted up to each index. */
  furthestEnds: number[];
}
const lookups = new WeakMap<readonly { start: number; end: number }[], SpanLookup>();

/** Whether some span holds all of start–end, by binary search so a long document's checks stay linear. */
export function insideAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  let lookup = lookups.get(spans);
  if (!lookup) {
    const sorted = [...spans].sort((left, right) => left.start - right.start);
    const furthestEnds: number[] = [];
    for (const span of sorted) furthestEnds.push(Math.max(span.end, furthestEnds[furthestEnds.length - 1] ?? 0));
    lookup = { starts: sorted.map((span) => span.start), furthestEnds };
    lookups.set(spans, lookup);
  }
  let low = 0;
  let high = lookup.starts.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (lookup.starts[middle] <= start) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return last >= 0 && lookup.furthestEnds[last] >= end;
}

/** Languages interpreters are booked for: "we use Lingua Bridge for Tigrinya" names a language, not a firm. */
const LANGUAGES = new Set(
  `tigrinya tigre amharic oromo somali arabic dari pashto farsi persian kurdish sorani kurmanji urdu bengali bangla
  sylheti punjabi gujarati hindi tamil sinhala nepali polish romanian albanian lithuanian latvian bulgarian czech slovak
  hungarian portuguese spanish italian french german turkish greek russian ukrainian vietnamese mandarin cantonese
  hakka yoruba igbo twi akan ga ewe hausa lingala swahili luganda tigrinya shona krio bsl makaton`.split(/\s+/u),
);

export function isLanguageName(folded: string): boolean {
  return LANGUAGES.has(folded);
}

/**
 * The last token of a run of capitalised words that starts at `index`: up to `most` more words, each spaced from the
 * one before and accepted by `accepts`; a possessive ends the run ("at Queen Mary's Hospital" stops at "Mary's").
 */
export function lastOfCapitalisedRun(
  text: string,
  tokens: WordToken[],
  index: number,
  most: number,
  accepts: (token: WordToken) => boolean = () => true,
): number {
  let last = index;
  while (
    last + 1 < tokens.length &&
    last - index < most &&
    !tokens[last].possessive &&
    tokens[last + 1].capitalised &&
    /^[ \t]+$/u.test(text.slice(tokens[last].end, tokens[last + 1].start)) &&
    accepts(tokens[last + 1])
  )
    last++;
  return last;
}

/** What a token rule finds at one token: a detection, or none, and the last token it used up. */
export interface TokenFinding {
  detection: Detection | null;
  last: number;
}

/**
 * The one token loop of the rules that look at each word in turn: runs `rule` at each token from `first` on and
 * gathers its detections; the tokens a finding used up are not looked at again.
 */
export function scanTokens(
  tokens: readonly WordToken[],
  first: number,
  rule: (index: number) => TokenFinding | null,
): Detection[] {
  const detections: Detection[] = [];
  for (let index = first; index < tokens.length; index++) {
    const found = rule(index);
    if (!found) continue;
    if (found.detection) detections.push(found.detection);
    index = Math.max(index, found.last);
  }
  return detections;
}

/** A capitalised word inside a sentence, no acronym: where a proper name may stand in ordinary words. */
export function isCapitalisedMidSentence(token: WordToken): boolean {
  return token.capitalised && !token.sentenceInitial && !token.allCaps;
}

/** Days and months: capitalised, yet no organisation's name ("In September, a company …"). */
export const DAYS_AND_MONTHS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u;

/** Word classes of grammar no name's first or last word has: what points, joins, describes how, counts or asks. */
export const GRAMMAR_TAGS = [
  "Determiner",
  "Pronoun",
  "Preposition",
  "Conjunction",
  "Adverb",
  "QuestionWord",
  "Modal",
  "Copula",
  "Value",
];
