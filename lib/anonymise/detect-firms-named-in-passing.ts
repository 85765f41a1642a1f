// Firms named by ordinary capitalised words in a sentence about agencies or interpreters: "Though Harvest did ring me".
import { CUES } from "./detect-listed-organisations";
import { HONORIFICS, isListedPlaceWord } from "./detect-organisations-by-context";
import { isNamingWord } from "./detect-venues";
import { isKnownAcronym } from "./known-acronyms";
import { isEnglishWordForm, isIdentityWord, isOrdinaryWord, wordTags } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import {
  describeKind,
  detection,
  GENERIC_WORDS,
  GRAMMAR_TAGS,
  insideAny,
  isCapitalisedMidSentence,
  lastOfCapitalisedRun,
  type OrganisationKind,
  scanTokens,
} from "./organisation-detection";
import { isOrganisationEnding } from "./organisation-endings";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/**
 * "Though Harvest did ring me", "Every agency says they're different. Plover, Cobalt …", "poached by Canopy": in a
 * sentence about agencies or interpreters, an ordinary word capitalised mid-sentence is the firm's name, since nothing
 * else there is capitalised but names. Words no dictionary holds and people's names are left to the name rules.
 */
export function detectFirmsNamedInPassing(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  return scanTokens(tokens, 0, (index) => {
    const token = tokens[index];
    if (!isFirmWord(token) || insideAny(allowed, token.start, token.baseEnd)) return null;
    const last = lastOfCapitalisedRun(
      text,
      tokens,
      index,
      3,
      (next) => !insideAny(allowed, next.start, next.baseEnd) && !next.allCaps && isNamingWord(next),
    );
    // Note: "… go agency now, am I? Though Harvest did ring me": the sentence before may say what the talk is about.
    // Note: "Statutory Maternity Pay": a run that goes on into words of the work is a title, not a firm.
    const next = tokens[last + 1];
    if (next?.capitalised && !tokens[last].possessive && /^[ \t]+$/u.test(text.slice(tokens[last].end, next.start)))
      return { detection: null, last: last + 1 };
    const context = text.slice(Math.max(0, token.start - 100), tokens[last].end + 60);
    const kind: OrganisationKind | null = CUES.interpreting.test(context)
      ? "interpreting"
      : CUES.agency.test(context)
        ? "agency"
        : null;
    const reason = `Name of ${describeKind(kind ?? "agency")} in a sentence about one`;
    return { detection: kind ? detection(token.start, tokens[last].baseEnd, kind, reason, "nlp") : null, last };
  });
}

function isFirmWord(token: WordToken): boolean {
  if (!isCapitalisedMidSentence(token) || !isEnglishWordForm(token.base)) return false;
  if (token.base.length < 3 || /['’]/u.test(token.base) || HONORIFICS.test(token.folded)) return false;
  if (isLexiconGivenName(token.base)) return false;
  return isNamingWord(token);
}

/** People who come from a firm or service: "the interpreter from …", "a nurse from …", "the lot from …". */
export const SOMEONE_FROM =
  /^(?:worker|workers|nurse|nurses|interpreter|interpreters|sw|officer|officers|manager|practitioner|consultant|recruiter|recruiters|lady|woman|man|guy|someone|somebody|lot|rep|reps|staff|midwife|doctor|therapist|counsellor|mentor|advocate|teacher|solicitor|barrister|visitor|assessor|adviser|advisor)$/u;

/**
 * "the interpreter from Tongues Direct", "a barrister from Kenyon Chambers", "the youth worker from Open Door": what
 * someone comes from, said right after who they are, is their firm or service.
 */
export function detectEmployersOfSomeoneFrom(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  const detections: Detection[] = [];
  for (let index = 2; index < tokens.length; index++) {
    const token = tokens[index];
    let from = index - 1;
    if (tokens[from].folded === "the") from--;
    if (from < 1 || tokens[from].folded !== "from" || !SOMEONE_FROM.test(tokens[from - 1].folded)) continue;
    const lowerCaseEnd = isCapitalisedMidSentence(token) ? undefined : lowerCaseNameEnd(text, tokens, index);
    if (!isCapitalisedMidSentence(token) && lowerCaseEnd === undefined) continue;
    const last = lowerCaseEnd ?? lastOfCapitalisedRun(text, tokens, index, 3);
    // Note: "the worker from Priya's" is a person; "a solicitor from Duncan Lewis" is a firm.
    if (last === index && isLexiconGivenName(token.base)) continue;
    if (insideAny(allowed, token.start, tokens[last].baseEnd) || isIdentityWord(token.base)) continue;
    const role = tokens[from - 1].folded;
    const kind: OrganisationKind = /^interpreters?$/u.test(role)
      ? "interpreting"
      : /^recruiters?$/u.test(role)
        ? "agency"
        : "employer";
    detections.push(
      detection(token.start, tokens[last].baseEnd, kind, `Name of ${describeKind(kind)} someone comes from`, "nlp"),
    );
    index = last;
  }
  return detections;
}

/** What opens a public service's description, not a firm's name ("the council services", "community health services"). */
const NOT_A_FIRMS_OWN_WORD =
  /^(?:council|community|health|social|children['’]?s|family|youth|support|nhs|early|adult|public)$/u;

/**
 * "the therapist from rosewood therapeutic services": in lower case, up to three words ending in the word for what a
 * firm is, opened by a word of its own (not "the local health services").
 */
function lowerCaseNameEnd(text: string, tokens: WordToken[], index: number): number | undefined {
  const first = tokens[index];
  if (GENERIC_WORDS.has(first.folded) || NOT_A_FIRMS_OWN_WORD.test(first.folded)) return undefined;
  if (/^(?:Adjective|Determiner|Pronoun)$/u.test([...wordTags(first.base)][0] ?? "")) return undefined;
  for (let at = index + 1; at < tokens.length && at <= index + 3; at++) {
    const word = tokens[at];
    if (word.capitalised || !/^[ \t]+$/u.test(text.slice(tokens[at - 1].end, word.start))) return undefined;
    if (isOrganisationEnding(word.folded)) return at;
    if ([...wordTags(word.base)].some((tag) => GRAMMAR_TAGS.includes(tag))) return undefined;
  }
  return undefined;
}

/** What a service is said to be run or supplied by, where the record names a provider ("supervised by …"). */
const PROVIDED = /^(?:supervised|run|provided|delivered|facilitated|commissioned|hosted|funded)$/u;

/**
 * "Contact supervised by Family Time Plus at …", "the group is run by Open Door": capitalised words after what a
 * provider does and "by" are the provider, unless they open with a given name or a title (a person did it).
 */
export function detectProvidersBy(text: string, tokens: WordToken[], allowed: { start: number; end: number }[]) {
  const detections: Detection[] = [];
  for (let index = 2; index < tokens.length; index++) {
    const token = tokens[index];
    if (tokens[index - 1].folded !== "by" || !PROVIDED.test(tokens[index - 2].folded)) continue;
    if (!isCapitalisedMidSentence(token) || HONORIFICS.test(token.folded) || isLexiconGivenName(token.base)) continue;
    const last = lastOfCapitalisedRun(text, tokens, index, 3);
    if (insideAny(allowed, token.start, tokens[last].baseEnd) || isIdentityWord(token.base)) continue;
    // Note: "supervised by Mum", "run by Grandma": one everyday word is a relative or a role, not a provider.
    if (last === index && isOrdinaryWord(token.base)) continue;
    const reason = "Name of a provider something was run or supervised by";
    detections.push(detection(token.start, tokens[last].baseEnd, "employer", reason, "nlp"));
    index = last;
  }
  return detections;
}

/** A spouse whose job the speaker names: "my husband works for …", "my partner's at …". */
const SPOUSE = /^(?:husband|wife|partner|hubby|fiance|fiancee|fiancé|fiancée)$/u;
/** A child or sibling whose job the speaker names: "my son works at …". */
const CHILD_OR_SIBLING = /^(?:son|daughter|brother|sister)$/u;
/** A spouse "is at" or "'s with" an employer; a child or sibling must be said to work there ("my son is with Dad"). */
const WORKS = /^(?:works?|working|worked)$/u;
const IS = /^(?:is|was)$/u;

/**
 * "My husband Rob works for British Airways", "my partner's at HSBC", "a paramedic with South East Coast Ambulance":
 * within the sentence that names a family member's work, the capitalised words after "at", "for" or "with" are an
 * employer, unless they are a place, a person or a term that is never redacted.
 */
export function detectEmployersOfFamily(text: string, tokens: WordToken[], allowed: { start: number; end: number }[]) {
  const detections: Detection[] = [];
  for (let index = 0; index < tokens.length; index++) {
    // Note: "my partner's at HSBC": the possessive's "'s" is "is".
    const spouse = SPOUSE.test(tokens[index].folded);
    if (!spouse && !CHILD_OR_SIBLING.test(tokens[index].folded)) continue;
    let works = spouse && tokens[index].possessive;
    for (let next = index + 1; next < Math.min(tokens.length, index + 14); next++) {
      if (/[.!?;\n]/u.test(text.slice(tokens[next - 1].end, tokens[next].start))) break;
      const word = tokens[next];
      if (WORKS.test(word.folded) || (spouse && IS.test(word.folded))) works = true;
      if (!works || !/^(?:at|for|with)$/u.test(word.folded) || next + 1 >= tokens.length) continue;
      const name = tokens[next + 1];
      const camel = /^\p{Ll}+\p{Lu}/u.test(name.base);
      const initials = name.allCaps && /^\p{Lu}{2,5}$/u.test(name.base) && !isKnownAcronym(name.base);
      if (!(isCapitalisedMidSentence(name) || camel || initials) || HONORIFICS.test(name.folded)) continue;
      if (isLexiconGivenName(name.base) || isListedPlaceWord(name.folded)) continue;
      const last = camel || initials ? next + 1 : lastOfCapitalisedRun(text, tokens, next + 1, 3);
      // Note: "with Mum", "at Court", "at Nursery": one everyday word is a person or a place, not an employer.
      if (last === next + 1 && !camel && !initials && isOrdinaryWord(name.base)) continue;
      // Note: "British Airways": a people's word opens a firm's name, but alone it names none.
      if (last === next + 1 && isIdentityWord(name.base)) continue;
      if (insideAny(allowed, name.start, tokens[last].baseEnd)) continue;
      const reason = "Employer named where someone's family member works";
      detections.push(detection(name.start, tokens[last].baseEnd, "employer", reason, "nlp"));
      next = last;
    }
  }
  return detections;
}
