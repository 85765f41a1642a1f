// Organisations named in lower case or by "called": "via northbank people solutions", "a firm called tidewater global".
import { SOMEONE_FROM } from "./detect-firms-named-in-passing";
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isListedPlaceWord } from "./detect-organisations-by-context";
import { isEnglishWordForm, isEverydayWord, isIdentityWord, isOrdinaryWord, wordTags } from "./known-words";
import { misspeltEnding } from "./misspelt-listed-names";
import {
  describeKind,
  detection,
  GENERIC_WORDS,
  isLanguageName,
  type OrganisationKind,
} from "./organisation-detection";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Endings that only a trading name carries: whatever word stands before them is its name. */
const STRONG_ENDINGS = new Map<string, OrganisationKind>(
  Object.entries({
    ltd: "employer",
    limited: "employer",
    plc: "employer",
    llp: "employer",
    global: "agency",
    associates: "agency",
    solutions: "agency",
    resourcing: "agency",
    personnel: "agency",
    staffing: "agency",
    cic: "employer",
  }),
);
/** Endings that also follow a description ("safer recruitment", "private fostering", "arabic interpreting"). */
const WEAK_ENDINGS = new Map<string, OrganisationKind>(
  Object.entries({
    recruitment: "agency",
    consulting: "agency",
    consultancy: "agency",
    interpreting: "interpreting",
    interpreters: "interpreting",
    translations: "interpreting",
    translation: "interpreting",
    fostering: "employer",
    healthcare: "employer",
    group: "employer",
    locums: "agency",
    direct: "agency",
    trust: "employer",
    languages: "interpreting",
    assessments: "agency",
    // Note: "clearpath payroll": an umbrella company by its ending.
    payroll: "agency",
  }),
);
/** Weak endings that close everyday phrases too ("paid direct", "lost trust"): the name must be no everyday word. */
const EVERYDAY_PHRASE_ENDINGS = new Set(["direct", "trust"]);
/** Words of a trading name's middle that say what the firm does ("harbour social care recruitment"). */
const MIDDLE_WORDS = new Set(["social", "care", "people", "health", "family", "children's", "childrens", "work"]);
/** Words that describe the work rather than name a firm: "safer recruitment", "in-house fostering", "video interpreting". */
export const DESCRIBING_WORDS = new Set(
  `agency locum locums social care child children family kinship private foster international overseas safer ethical
  internal external direct permanent perm temp temporary nhs council la in-house court community sign language
  telephone phone video face remote f2f emergency respite long short term long-term short-term specialist independent
  mainstream therapeutic professional bad good poor cheap expensive their our my your his her its this that the a an
  some any no more less other same different new old general graduate fast-track fast track step all focus core peer
  reflective sibling women's womens men's mens parents parent whatsapp facebook support practice reading parenting
  working steering reference advisory user service carers young youth action learning supervision staff team risk
  viability cognitive psychological psychiatric psychometric sgo pams connected kinship capacity needs health medical
  educational sensory hair drug alcohol initial single guardianship special joint multi-agency expert age mental
  weekend crisis bridging remand
  home school court carer placement`.split(/\s+/u),
);
const NOT_A_NAME_TAGS = new Set([
  "Determiner",
  "Preposition",
  "Pronoun",
  "Conjunction",
  "Adverb",
  "Value",
  "QuestionWord",
  "Possessive",
  "Copula",
  "Modal",
  "Auxiliary",
  "PastTense",
  "Gerund",
  "Negative",
]);
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "our",
  "their",
  "my",
  "your",
  "his",
  "her",
  "this",
  "that",
  "and",
  "of",
  "&",
]);
/** Words a weak ending's name may follow: a preposition of dealing with a firm, a noun for one, or a clause's start. */
const WEAK_FRAME =
  /^(?:via|thru|through|from|with|for|by|called|named|was|is|at|to|use|used|using|booked|book|joined|left|and|or|n|on|agency|firm|company|ifa|provider|then|now)$/u;

const INTRODUCING = /^(?:via|thru|through|from|with|by|called|named)$/u;

/** "first", "second": a spelt-out ordinal, a name's word only after another ("people first recruitment"). */
function isOrdinalWord(token: WordToken): boolean {
  return !/\p{N}/u.test(token.base) && wordTags(token.base).has("Ordinal");
}

/** "via northbank people solutions", "the agency lot from brightwater resourcing", "we rely on zenith interpreting". */
export function detectLowerCaseTradingNames(text: string, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const ending = tokens[index];
    if (ending.capitalised) continue;
    const strong = STRONG_ENDINGS.get(ending.folded) ?? misspeltEnding(STRONG_ENDINGS, ending.folded);
    const kind = strong ?? WEAK_ENDINGS.get(ending.folded) ?? misspeltEnding(WEAK_ENDINGS, ending.folded);
    if (!kind) continue;
    let first = firstOfLowerCaseRun(text, tokens, index, 4, (previous) => {
      const describes = strong !== undefined && GENERIC_WORDS.has(previous.folded) && !DETERMINERS.has(previous.folded);
      // Note: "we use tigerlily staffing": a word that introduces a firm is no part of its name.
      if (WEAK_FRAME.test(previous.folded)) return false;
      return isNameWord(previous) || MIDDLE_WORDS.has(previous.folded) || describes || isOrdinalWord(previous);
    });
    // Note: "by people first recruitment": after a word that introduces a firm, its name may open with a middle word.
    const introduced = first > 0 && INTRODUCING.test(tokens[first - 1].folded);
    const ownWordAt = tokens.slice(first, index).findIndex((word) => !MIDDLE_WORDS.has(word.folded));
    if (!introduced || ownWordAt < 0) while (first < index && MIDDLE_WORDS.has(tokens[first].folded)) first++;
    if (first === index || isOrdinalWord(tokens[first])) continue;
    const name = tokens.slice(first, index);
    if (!strong) {
      // Note: "evergreen care group": a describing word before what the firm does is part of its name.
      const own = name.filter((word) => !MIDDLE_WORDS.has(word.folded));
      const described = own.length < name.length;
      // Note: "the therapist from rosewood therapeutic services", "via brellix clinical services": someone's firm, or a
      // word no dictionary holds, names the firm whatever describes what it does.
      const someoneFrom =
        first >= 2 && tokens[first - 1].folded === "from" && SOMEONE_FROM.test(tokens[first - 2].folded);
      const ownName = someoneFrom || own.some((word) => !isOrdinaryWord(word.base, false));
      const adjective = (word: WordToken) => !described && !ownName && wordTags(word.base).has("Adjective");
      if (own.some((word) => DESCRIBING_WORDS.has(word.folded) || adjective(word))) continue;
      const before = tokens[first - 1];
      const opensClause = !before || /[,.;:!?(=\n]\s*$/u.test(text.slice(before.end, tokens[first].start));
      if (!opensClause && !WEAK_FRAME.test(before.folded)) continue;
      // Note: "lingo direct", "kestle childrens trust": after these endings the name is a word of its own or a place.
      if (
        EVERYDAY_PHRASE_ENDINGS.has(ending.folded) &&
        !own.every((word) => isListedPlaceWord(word.folded) || !isOrdinaryWord(word.base, false))
      )
        continue;
    }
    detections.push(
      detection(
        tokens[first].start,
        ending.end,
        kind,
        `Name of ${describeKind(kind)} by its ending, in lower case`,
        "nlp",
      ),
    );
  }
  return detections;
}

/** "got someone from tongues & co", "via hale & sons": one or two lower-case name words before "& co" or "& sons". */
export function detectLowerCaseCompanies(text: string, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 2; index < tokens.length; index++) {
    const ending = tokens[index];
    if (ending.capitalised || !/^(?:co|sons)$/u.test(ending.folded)) continue;
    if (!/^[ \t]*&[ \t]*$/u.test(text.slice(tokens[index - 1].end, ending.start))) continue;
    let first = index - 1;
    if (first > 0 && isSpaced(text, tokens[first - 1], tokens[first]) && !WEAK_FRAME.test(tokens[first - 1].folded))
      first--;
    const before = tokens[first - 1];
    const name = tokens.slice(first, index);
    if (!before || !WEAK_FRAME.test(before.folded) || !isSpaced(text, before, tokens[first])) continue;
    if (name.some((word) => word.capitalised || !isNameWord(word) || GENERIC_WORDS.has(word.folded))) continue;
    detections.push(
      detection(tokens[first].start, ending.end, "agency", "Name of a firm before “& co” in lower case", "nlp"),
    );
  }
  return detections;
}

/** Nouns for an organisation that "called" or "named" then names: "a recruitment firm called tidewater global". */
const CALLED_NOUNS = new Map<string, OrganisationKind>(
  Object.entries({
    firm: "agency",
    agency: "agency",
    agencies: "agency",
    company: "employer",
    provider: "employer",
    ifa: "employer",
    charity: "employer",
    organisation: "employer",
    organization: "employer",
    outfit: "employer",
    business: "employer",
    nursery: "school",
    school: "school",
    academy: "school",
    practice: "hospital",
    surgery: "hospital",
    clinic: "hospital",
    hospital: "hospital",
    home: "employer",
    hostel: "employer",
    project: "employer",
    service: "employer",
    centre: "employer",
  }),
);

/** "a small IFA called brightwater fostering", "an agency named Lark": up to four words after "called" or "named". */
export function detectCalledOrganisations(text: string, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 2; index < tokens.length; index++) {
    const called = tokens[index - 1];
    if (called.folded !== "called" && called.folded !== "named") continue;
    // Note: "the interpreting firm is called …": "is" or "was" may stand between the noun and "called".
    const linked = index >= 3 && /^(?:is|was|were|are)$/u.test(tokens[index - 2].folded) ? 1 : 0;
    const noun = tokens[index - 2 - linked];
    const described = tokens[index - 3 - linked]?.folded ?? "";
    const kind = /^(?:interpreting|interpreter|translation)$/u.test(described)
      ? CALLED_NOUNS.has(noun.folded)
        ? "interpreting"
        : undefined
      : CALLED_NOUNS.get(noun.folded);
    if (!kind || !isSpaced(text, noun, linked ? tokens[index - 2] : called)) continue;
    if (linked && !isSpaced(text, tokens[index - 2], called)) continue;
    const quoted = quotedNameAt(text, tokens, index);
    const generic = (word: WordToken) => GENERIC_WORDS.has(word.folded) || DESCRIBING_WORDS.has(word.folded);
    if (quoted >= 0 && !tokens.slice(index, quoted + 1).every(generic)) {
      detections.push(
        detection(
          tokens[index].start,
          tokens[quoted].end,
          kind,
          `Name of ${describeKind(kind)} quoted after “called”`,
          "nlp",
        ),
      );
      continue;
    }
    if (!isSpaced(text, called, tokens[index])) continue;
    let last = index - 1;
    while (last + 1 < tokens.length && last - index < 3 && isNameWord(tokens[last + 1])) {
      if (last >= index && !isSpaced(text, tokens[last], tokens[last + 1])) break;
      last++;
    }
    if (last < index) continue;
    // Note: "a firm called Tongue and Tinsel": two capitalised names joined by "and" or "&" are one firm's.
    const joined = tokens[last + 2];
    if (
      joined?.capitalised &&
      tokens[index].capitalised &&
      /^[ \t]+(?:and|&)[ \t]+$/u.test(text.slice(tokens[last].end, joined.start)) &&
      isNameWord(joined) &&
      !GENERIC_WORDS.has(joined.folded)
    )
      last += 2;
    const words = tokens.slice(index, last + 1);
    if (words.every((word) => GENERIC_WORDS.has(word.folded) || DESCRIBING_WORDS.has(word.folded))) continue;
    detections.push(
      detection(tokens[index].start, tokens[last].baseEnd, kind, `Name of ${describeKind(kind)} after “called”`, "nlp"),
    );
  }
  return detections;
}

/**
 * "a firm called 'plain speaking'": the last of up to four words in quotes that open at `index`, whatever words they
 * are, or -1.
 */
function quotedNameAt(text: string, tokens: WordToken[], index: number): number {
  const open = /^[ \t]+(['‘"“])$/u.exec(text.slice(tokens[index - 1].end, tokens[index].start));
  if (!open) return -1;
  const closing = open[1] === "“" ? "”" : open[1] === "‘" ? "’" : open[1];
  for (let last = index; last < tokens.length && last - index < 4; last++) {
    const after = text.slice(tokens[last].end, tokens[last].end + 1);
    if (after === closing || (closing === "’" && after === "'")) return last;
    if (last + 1 < tokens.length && !isSpaced(text, tokens[last], tokens[last + 1])) return -1;
  }
  return -1;
}

/** The first of up to `limit` lower-case words right before `index`, each spaced and accepted by `accepts`. */
function firstOfLowerCaseRun(
  text: string,
  tokens: WordToken[],
  index: number,
  limit: number,
  accepts: (token: WordToken) => boolean,
): number {
  let first = index;
  while (first > 0 && index - first < limit && isSpaced(text, tokens[first - 1], tokens[first])) {
    const previous = tokens[first - 1];
    if (previous.capitalised || !accepts(previous)) break;
    first--;
  }
  return first;
}

/** Whether only spaces (and, when allowed, one "&": "hmp & yoi") stand between two words. */
export function isSpaced(text: string, left: WordToken, right: WordToken, ampersand = false): boolean {
  return (ampersand ? /^[ \t]+(?:&[ \t]+)?$/u : /^[ \t]+$/u).test(text.slice(left.end, right.start));
}

function isNameWord(token: WordToken): boolean {
  return isLowerCaseNameWord(token.base, token.folded);
}

/** A word that may stand in a firm's name typed in lower case: no number, function word, verb form or language. */
export function isLowerCaseNameWord(base: string, folded: string): boolean {
  if (/\p{N}/u.test(base) || isIdentityWord(base) || isLanguageName(folded)) return false;
  if (GENERIC_WORDS.has(folded) && !MIDDLE_WORDS.has(folded)) return false;
  // Note: "tigerlily": a word that is no English word has only the part of speech its spelling suggests.
  if (!isEnglishWordForm(base)) return true;
  const tags = wordTags(base);
  for (const tag of tags) if (NOT_A_NAME_TAGS.has(tag)) return false;
  return true;
}

/** Words for a school, court or hospital that follow the place or person it is named after, typed in lower case. */
const NAMED_PLACE_ENDINGS = new Map<string, OrganisationKind>(
  Object.entries({
    primary: "school",
    academy: "school",
    school: "school",
    juniors: "school",
    infants: "school",
    nursery: "school",
    college: "school",
    pru: "school",
    court: "court",
    // Note: "at walnut fc": a family court's short form after its town.
    fc: "court",
    magistrates: "court",
    hospital: "hospital",
    hosp: "hospital",
    // Note: "from kingston uni": a university after its place.
    uni: "school",
    university: "school",
  }),
);

/**
 * "my son goes to woodcote primary", "the brighton court", "st leonards academy": in lower case, the words before a
 * school's, court's or hospital's word are its name when they are a listed town or no English word.
 */
export function detectLowerCaseNamedPlaces(text: string, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const ending = tokens[index];
    const kind = NAMED_PLACE_ENDINGS.get(ending.folded);
    if (!kind || ending.capitalised) continue;
    // Note: "at the ivesbury family court": the court's kind may stand between its name and "court".
    const kindWord =
      kind === "court" &&
      /^(?:family|county|crown|combined|magistrates|youth)$/u.test(tokens[index - 1]?.folded ?? "") &&
      isSpaced(text, tokens[index - 1], ending)
        ? 1
        : 0;
    let first = firstOfLowerCaseRun(text, tokens, index - kindWord, 2, isOwnNameWord);
    // Note: "east tolvey family court", "king brackwater hospital": a direction, saint or royal word opens the name.
    if (first > 0 && NAME_OPENERS.test(tokens[first - 1].folded) && isSpaced(text, tokens[first - 1], tokens[first]))
      first--;
    if (first === index - kindWord || (first === index - kindWord - 1 && tokens[first].folded === "st")) continue;
    detections.push(
      detection(tokens[first].start, ending.end, kind, `Name of ${describeKind(kind)} typed in lower case`, "nlp"),
    );
  }
  return detections;
}

const NAME_OPENERS = /^(?:st|saint|king|queen|royal|princess|prince|east|west|north|south|central)$/u;

/** A listed town, no English word, or an English word with no everyday sense and no part of speech ("ripple court"). */
function isOwnNameWord(token: WordToken): boolean {
  if (/\p{N}/u.test(token.base) || GENERIC_WORDS.has(token.folded) || isIdentityWord(token.base)) return false;
  if (token.base.length < 4 || NAME_OPENERS.test(token.folded)) return isListedPlaceWord(token.folded);
  return (
    isListedPlaceWord(token.folded) ||
    !isEnglishWordForm(token.base) ||
    (!isOrdinaryWord(token.base, false) &&
      !isEverydayWord(token.base) &&
      !TEAM_DESCRIPTORS.has(token.folded) &&
      !DESCRIBING_WORDS.has(token.folded) &&
      isNameWord(token))
  );
}
