// Capitalised ordinary words mid-sentence that nothing else claims, read as a proper name by the word before them or
// after them: "went with Compass", "admitted to Walnut", "Tinsel housing refuse", "worked from Turnip".

import { FIRM_TALK, isNextInASequence } from "./detect-organisations-in-lower-case-frames";
import { isNamingWord } from "./detect-venues";
import {
  findAllowedSpans,
  isCountryOrRegion,
  isEnglishWordForm,
  isEverydayWord,
  isIdentityWord,
  isOrdinaryWord,
  wordTags,
} from "./known-words";
import { HONORIFICS } from "./name-cues";
import { isLexiconGivenName } from "./name-lexicon";
import {
  detection,
  insideAny,
  lastOfCapitalisedRun,
  scanTokens,
  sentenceAround,
  type TokenFinding,
} from "./organisation-detection";
import { isServiceWord } from "./place-word-senses";
import { foldForMatch, tokeniseWords, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Prepositions after which a capitalised ordinary word is a firm, a service or a place, not the thing it says. */
const ORGANISATION_PREPOSITIONS = /^(?:with|w|thru|through|via|for|at|by|from|joined|recommend|left)$/u;
const PLACE_PREPOSITIONS = /^(?:in|near|into|outside|round|around|across|towards)$/u;
/** Verbs that put someone somewhere: "to" or "from" after them opens a place ("moved to Turnip"). */
const MOVING =
  /^(?:moved|move|moves|moving|lives|lived|live|living|relocated|drive|drives|drove|driving|commute|commutes|commuting|travel|travels|travelled|came|comes|back|up|down|out|over)$/u;
/** Lower-case words after a name that make it an organisation's: "Tinsel housing", "Thimble team", "Turnip consultant". */
const ORGANISATION_NOUNS_AFTER =
  /^(?:housing|team|teams|office|offices|staff|consultant|consultants|recruiter|recruiters|agency|fostering|ifa|carers|placement|placements|contract|rates?|payroll|hub|unit|ward|clinic|interpreters?)$/u;
/** Verbs a firm or service takes as their subject: "Dumpling were better with the payroll", "Turnip paid on time". */
const ORGANISATION_VERBS_AFTER =
  /^(?:were|are|paid|pay|pays|offered|placed|refuse|refused|refuses|ghosted|booked|rang|sent|charge|charges|charged)$/u;
const SKIPPED_BEFORE = /^(?:the|um|uh|er|erm)$/u;

/**
 * A capitalised mid-sentence word of ordinary English that is no person's given name, role, day, language or known
 * term: after "with", "through", "at" … a firm or service; after "in", "near" or a verb of moving a place; before
 * "housing", "team", "were" … an organisation.
 */
export function detectNamesByPreposition(text: string): Detection[] {
  const tokens = tokeniseWords(text);
  const allowed = findAllowedSpans(text, foldForMatch(text));
  return scanTokens(tokens, 0, (index) => {
    const token = tokens[index];
    if (!token.capitalised || token.allCaps || !isOwnNameWord(token)) return null;
    if (insideAny(allowed, token.start, token.baseEnd)) return null;
    let last = lastOfCapitalisedRun(text, tokens, index, 2, (next) => !next.allCaps && isRunWord(next, allowed));
    let cue = index - 1;
    while (cue > 0 && SKIPPED_BEFORE.test(tokens[cue].folded) && index - cue < 3) cue--;
    // Note: "moved to Universal Credit", "placed in Semi-Independent": the words of benefits and placements name nothing.
    if (tokens.slice(index, last + 1).some((word) => isServiceWord(word.folded))) return { detection: null, last };
    // Note: "at the Annual Report": a run that stops before a capitalised word of the work is a title, not a name;
    // before a word that describes ("Safe Harbour Youth") that word ends the name.
    if (isSpacedCapital(text, tokens, last)) {
      if (isEverydayWord(tokens[last + 1].base) || tokens[last + 1].allCaps) return { detection: null, last: last + 1 };
      last++;
    }
    const after = tokens[last + 1];
    const spacedAfter = after !== undefined && /^[ \t]+$/u.test(text.slice(tokens[last].end, after.start));
    const end = tokens[last].baseEnd;
    // Note: "Tinsel housing refuse to do repairs": a sentence's first word is a name only by what follows it, and only
    // when it has no common sense of its own.
    const before = tokens[cue];
    if (token.sentenceInitial || !before)
      return nameBeforeOrganisationWord(token, end, after, spacedAfter, last, index, tokens[last]);
    if (/[.!?\n]/u.test(text.slice(before.end, token.start))) return null;
    if (
      PLACE_PREPOSITIONS.test(before.folded) ||
      isOfAnArea(tokens, cue) ||
      (/^(?:to|from)$/u.test(before.folded) && MOVING.test(tokens[cue - 1]?.folded ?? ""))
    )
      return { detection: place(token.start, end), last };
    if (
      /^(?:admitted|conveyed|transferred|discharged)$/u.test(tokens[cue - 1]?.folded ?? "") &&
      before.folded === "to"
    ) {
      const reason = "Capitalised ordinary word where someone was admitted or conveyed (“admitted to Walnut”)";
      return { detection: detection(token.start, end, "hospital", reason, "nlp"), last };
    }
    if (
      ORGANISATION_PREPOSITIONS.test(before.folded) ||
      (isNextInASequence(text, tokens, index, last) && FIRM_TALK.test(sentenceAround(text, token.start, end)))
    ) {
      const reason = "Capitalised ordinary word after a preposition of dealing with a firm (“went with Compass”)";
      return { detection: detection(token.start, end, "employer", reason, "nlp"), last };
    }
    const named = nameBeforeOrganisationWord(token, end, after, spacedAfter, last, index, tokens[last]);
    if (named || !FIRM_SENTENCE.test(sentenceAround(text, token.start, end))) return named;
    // Note: "run by a company, um, Keys? No, not Keys": in a sentence about firms, such a word is one of them.
    const reason = "Capitalised ordinary word in a sentence about agencies or firms";
    return { detection: detection(token.start, end, "agency", reason, "nlp"), last };
  });
}

/** A sentence about agencies, providers or firms: where a capitalised ordinary word is most likely one of them. */
const FIRM_SENTENCE =
  /\b(?:agenc(?:y|ies)|locums?|recruit(?:er|ers|ment)|consultants?|ifas?|interpret(?:er|ers|ing)|providers?|company|companies|firms?|umbrella|timesheets?|payroll)\b/iu;

function nameBeforeOrganisationWord(
  token: WordToken,
  end: number,
  after: WordToken | undefined,
  spacedAfter: boolean,
  last: number,
  index: number,
  final: WordToken,
): TokenFinding | null {
  if (!after || !spacedAfter || after.capitalised) return null;
  // Note: "Youth Anchor do the detached work", "Pulse ring people": a plural verb after a name with no plural is a
  // firm's, as British English speaks of a body; even a sentence's first words are its name then.
  const collective = PLURAL_VERBS.test(after.folded) && isSingularName(final);
  if (collective) {
    const reason = "Capitalised words a plural verb follows, as a firm or service is spoken of (“Kestrel pay”)";
    return { detection: detection(token.start, end, "employer", reason, "nlp"), last };
  }
  if (!ORGANISATION_NOUNS_AFTER.test(after.folded) && !ORGANISATION_VERBS_AFTER.test(after.folded)) return null;
  if (token.sentenceInitial && (last > index || isOrdinaryWord(token.base))) return null;
  const reason = "Capitalised ordinary word before what an organisation has or does (“Tinsel housing”)";
  return { detection: detection(token.start, end, "employer", reason, "nlp"), last };
}

/** Present-tense verbs only a plural subject takes ("do", "have", "run"), not "were" or "paid", which any subject takes. */
const PLURAL_VERBS =
  /^(?:do|have|are|run|pay|ring|want|say|use|provide|offer|send|charge|keep|don['’]t|haven['’]t|aren['’]t|dont|havent|arent)$/u;
/** Nouns for many people or for a department, which take a plural verb without naming any one body. */
const COLLECTIVES =
  /^(?:staff|police|people|children|management|team|council|government|family|public|media|press|youth|care|services|health|leadership|admin|legal|finance|hr|everyone|everybody|all|both|most|many|some|few|others|parents|carers|payroll|brokerage|triage|duty)$/u;

/** The last word of a run is singular and names no group ("Anchor", not "Workers", "Staff" or "Care"). */
function isSingularName(word: WordToken): boolean {
  if (COLLECTIVES.test(word.folded) || /s$/u.test(word.folded) || word.possessive) return false;
  const tags = wordTags(word.base);
  return !["Plural", "Pronoun", "Determiner", "Adverb", "Preposition", "Conjunction", "QuestionWord"].some((tag) =>
    tags.has(tag),
  );
}

/** "the whole of Trellis", "all of Bobbin", "within reach of Hammock", "out of Trellis": "of" after an area's extent. */
export function isOfAnArea(tokens: WordToken[], of: number): boolean {
  return (
    tokens[of]?.folded === "of" &&
    /^(?:whole|all|reach|out|outside|edge|edges|rest|parts?)$/u.test(tokens[of - 1]?.folded ?? "")
  );
}

function isSpacedCapital(text: string, tokens: WordToken[], last: number): boolean {
  const next = tokens[last + 1];
  return next?.capitalised && /^[ \t]+$/u.test(text.slice(tokens[last].end, next.start));
}

function place(start: number, end: number): Detection {
  const reason = "Capitalised ordinary word after a preposition of place (“a hotel in Turnip”)";
  return { start, end, category: "place", reason, source: "nlp", replacement: "[place]" };
}

/** An English word that names nothing else here: no given name, role, day, language, country or term of the work. */
function isOwnNameWord(token: WordToken): boolean {
  if (token.base.length < 3 || /['’]/u.test(token.base) || HONORIFICS.has(token.folded)) return false;
  if (!isEnglishWordForm(token.base) || isLexiconGivenName(token.base)) return false;
  if (isIdentityWord(token.base) || isCountryOrRegion(token.base)) return false;
  return isNamingWord(token);
}

function isRunWord(token: WordToken, allowed: readonly { start: number; end: number }[]): boolean {
  return !insideAny(allowed, token.start, token.baseEnd) && isNamingWord(token);
}
