// What the learned name tagger reads off a word on its own: its shape and the lists it is in, never which word it is
// (unless it is everyday English). Each value is a Part: its text, for reading, and a stable hash, for the model.

import { isListedEnglishWord, isRarerEnglishWord } from "./english-words";
import { isKnownAcronym } from "./known-acronyms";
import {
  isCountryOrRegion,
  isEnglishWordForm,
  isIdentityWord,
  isLexiconFirstName,
  isLexiconSurname,
  lexiconTags,
  wordTags,
} from "./known-words";
import {
  HONORIFICS,
  LOCATIVE_WORDS,
  PERSON_INTRODUCERS,
  PERSON_OBJECT_VERBS,
  PERSON_VERBS,
  PERSONAL_PRONOUNS,
} from "./name-cues";
import { isGazetteerGivenName, isGazetteerSurname } from "./name-gazetteer";
import { isLexiconFamilyName, isLexiconGivenName, isNameWithOrdinarySense } from "./name-lexicon";
import { nameLikeness } from "./name-likeness";

/** A piece of a feature: its text and a stable 31-bit hash of it (FNV-1a), the same in every process. */
export interface Part {
  text: string;
  code: number;
}

const partCache = new Map<string, Part>();

export function part(text: string): Part {
  let found = partCache.get(text);
  if (found === undefined) {
    let hash = 0x811c9dc5;
    for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    found = { text, code: hash >>> 1 };
    if (partCache.size > 200_000) partCache.clear();
    partCache.set(text, found);
  }
  return found;
}

/** What the tagger knows of a word apart from where it stands: all of it is shared by many different words. */
export interface WordView {
  /** The word itself (folded) when it is everyday English or a cue, so the model learns "will" or "may"; else its class. */
  identity: Part;
  /** `identity`, or "<other>" for a word that is not everyday English: the word's own identity feature. */
  own: Part;
  /** Xxx, Xx, X, XX, xx, Xxx-Xxx, X'Xxx, Xd … */
  shape: Part;
  /** Name lists: g (given), s (surname), gs (both), o (a name with an ordinary sense), - (none). */
  names: Part;
  /** How common an English word it is: lex (compromise's lexicon), common, rare, form (an inflection), none. */
  english: Part;
  /** A coarse part of speech from compromise's lexicon, or "-". */
  partOfSpeech: Part;
  /** title, role, pverb, overb, pron, loc, filler or "-". */
  cue: Part;
  /** What else a capitalised word may be: identity (a language, faith or nationality), country, date or "-". */
  kind: Part;
  /** How much its spelling looks like a name, in half-unit bands from -3 to 3. */
  likeness: Part;
  suffix2: Part;
  suffix3: Part;
}

const PARTS_OF_SPEECH = [
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "Copula",
  "Modal",
  "Auxiliary",
  "Adverb",
  "Adjective",
  "Verb",
  "Value",
  "Expression",
  "Noun",
] as const;

const DATE_TAGS = ["Month", "WeekDay", "Date", "Holiday"];
const DATE_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|diwali|eid|ramadan|hanukkah)$/u;
const FILLERS = new Set("um umm erm er uh ah eh hmm mm oh ha".split(" "));

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "ProperNoun"]);

/** The view of the words before the first and after the last. */
export const EDGE: WordView = {
  identity: part("<edge>"),
  own: part("<edge>"),
  shape: part("-"),
  names: part("-"),
  english: part("-"),
  partOfSpeech: part("-"),
  cue: part("-"),
  kind: part("-"),
  likeness: part("-"),
  suffix2: part("-"),
  suffix3: part("-"),
};

const viewCache = new Map<string, WordView>();

/** The view of a word, remembered: the same word reads the same lists wherever it stands. */
export function viewWord(word: string, folded: string): WordView {
  let view = viewCache.get(word);
  if (view === undefined) {
    if (viewCache.size > 100_000) viewCache.clear();
    view = readWordView(word, folded);
    viewCache.set(word, view);
  }
  return view;
}

function readWordView(word: string, folded: string): WordView {
  const english = englishBand(folded);
  const cue = cueOf(folded);
  const names = nameClass(word, folded);
  const tags = wordTags(folded);
  const partOfSpeech = PARTS_OF_SPEECH.find((tag) => tags.has(tag)) ?? "-";
  const letters = folded.replace(/[^\p{L}]/gu, "");
  const everyday = english === "lex" || english === "common";
  const identity = everyday || cue !== "-" || isKnownAcronym(word) ? folded : `<${english}:${names}>`;
  const kind = isIdentityWord(word)
    ? "identity"
    : isCountryOrRegion(word)
      ? "country"
      : DATE_TAGS.some((tag) => tags.has(tag)) || DATE_WORDS.test(folded)
        ? "date"
        : "-";
  return {
    identity: part(identity),
    own: part(identity.startsWith("<") ? "<other>" : identity),
    shape: part(shapeOf(word)),
    names: part(names),
    english: part(english),
    partOfSpeech: part(partOfSpeech),
    cue: part(cue),
    kind: part(kind),
    likeness: part(String(Math.max(-3, Math.min(3, Math.round(nameLikeness(folded) * 2) / 2)))),
    suffix2: part(letters.length > 3 ? letters.slice(-2) : "-"),
    suffix3: part(letters.length > 4 ? letters.slice(-3) : "-"),
  };
}

function englishBand(folded: string): string {
  const tags = lexiconTags(folded);
  if (tags.length > 0 && !tags.every((tag) => NAME_TAGS.has(tag))) return "lex";
  if (isListedEnglishWord(folded)) return "common";
  if (isRarerEnglishWord(folded)) return "rare";
  if (isEnglishWordForm(folded)) return "form";
  return "none";
}

function nameClass(word: string, folded: string): string {
  const given = isGazetteerGivenName(folded) || isLexiconFirstName(word) || isLexiconGivenName(folded);
  const surname = isGazetteerSurname(folded) || isLexiconSurname(word) || isLexiconFamilyName(folded);
  if (isNameWithOrdinarySense(folded)) return "o";
  if (given && surname) return "gs";
  return given ? "g" : surname ? "s" : "-";
}

function cueOf(folded: string): string {
  const bare = folded.replace(/\.$/u, "");
  if (HONORIFICS.has(bare)) return "title";
  if (PERSON_INTRODUCERS.has(bare)) return "role";
  if (PERSON_OBJECT_VERBS.has(bare)) return "overb";
  if (PERSON_VERBS.has(bare)) return "pverb";
  if (PERSONAL_PRONOUNS.has(bare)) return "pron";
  if (LOCATIVE_WORDS.has(bare)) return "loc";
  if (FILLERS.has(bare)) return "filler";
  return "-";
}

/** "Xxx" (Priya), "Xx" (Jo), "X" (J), "XX" (JD, NHS), "xx", "Xxx-Xxx", "X'Xxx" …: runs cut to two, digits as "d". */
export function shapeOf(word: string): string {
  let shape = "";
  for (const character of word) {
    const next = /\p{Lu}/u.test(character)
      ? "X"
      : /\p{Ll}/u.test(character)
        ? "x"
        : /\p{N}/u.test(character)
          ? "d"
          : /['’]/u.test(character)
            ? "'"
            : /[-‐]/u.test(character)
              ? "-"
              : "";
    if (next !== "" && !shape.endsWith(next + next)) shape += next;
  }
  return shape;
}
