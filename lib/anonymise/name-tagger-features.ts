// The learned name tagger's features: what a word looks like and what surrounds it, never which name it is.

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
import { isTypedInLowerCase, tokeniseWords, type WordToken } from "./text-matching";

/** What the tagger knows of a word apart from where it stands: all of it is shared by many different words. */
export interface WordView {
  /** The word itself (folded) when it is everyday English or a cue, so the model learns "will" or "may"; else its class. */
  identity: string;
  /** Xx, x, X, XX, Xx-Xx, x'x, d … */
  shape: string;
  /** Name lists: g (given), s (surname), gs (both), o (a name with an ordinary sense), - (none). */
  names: string;
  /** How common an English word it is: lex (compromise's lexicon), common, rare, form (an inflection), none. */
  english: string;
  /** A coarse part of speech from compromise's lexicon, or "-". */
  partOfSpeech: string;
  /** title, role, pverb, overb, pron, loc, filler or "-". */
  cue: string;
  /** What else a capitalised word may be: identity (a language, faith or nationality), country, date or "-". */
  kind: string;
  /** How much its spelling looks like a name, in half-unit bands from -3 to 3. */
  likeness: string;
  suffix2: string;
  suffix3: string;
}

/** A word in its text: its view plus how it sits there. */
export interface TaggedWord {
  token: WordToken;
  view: WordView;
  /** Punctuation between the previous word and this one ("", ",", ".", "(" …). */
  gapBefore: string;
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
const FILLERS = new Set("um umm erm er uh ah eh hmm mm oh ha".split(" "));

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person", "ProperNoun"]);

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
  return {
    identity: everyday || cue !== "-" || isKnownAcronym(word) ? folded : `<${english}:${names}>`,
    shape: shapeOf(word),
    names,
    english,
    partOfSpeech,
    cue,
    kind: isIdentityWord(word)
      ? "identity"
      : isCountryOrRegion(word)
        ? "country"
        : DATE_TAGS.some((tag) => tags.has(tag))
          ? "date"
          : "-",
    likeness: String(Math.max(-3, Math.min(3, Math.round(nameLikeness(folded) * 2) / 2))),
    suffix2: letters.length > 3 ? letters.slice(-2) : "-",
    suffix3: letters.length > 4 ? letters.slice(-3) : "-",
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

/** "Xxx" (Priya), "Xx" (Jo), "X" (J), "XX" (JD, NHS), "xxx", "Xxx-Xxx", "X'Xxx" …: runs cut to two, digits as "d". */
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

/** The words of a text with their views and the punctuation before each. */
export function tagWords(text: string): TaggedWord[] {
  const tokens = tokeniseWords(text);
  return tokens.map((token, index) => ({
    token,
    view: viewWord(token.base, token.folded),
    gapBefore: punctuationBetween(
      text,
      index === 0 ? Math.max(0, token.start - 3) : tokens[index - 1].end,
      token.start,
    ),
  }));
}

function punctuationBetween(text: string, from: number, to: number): string {
  const between = text.slice(Math.max(from, to - 6), to).replace(/\s+/gu, (space) => (space.includes("\n") ? "¶" : ""));
  return between.replace(/\p{N}+/gu, "d").slice(-2);
}

const EDGE: WordView = {
  identity: "<edge>",
  shape: "-",
  names: "-",
  english: "-",
  partOfSpeech: "-",
  cue: "-",
  kind: "-",
  likeness: "-",
  suffix2: "-",
  suffix3: "-",
};

/** How a word is written in its place: capitalised at a sentence start, mid-sentence, or in a lower-case text. */
function casing(word: TaggedWord | undefined, lowerCaseText: boolean): string {
  if (!word) return "-";
  const { token } = word;
  const base = token.allCaps ? "caps" : token.capitalised ? "cap" : "low";
  return `${base}${token.sentenceInitial ? "@start" : ""}${lowerCaseText ? "/lc" : ""}`;
}

/**
 * The features of the word at `index`: its own look and lists, the two words either side (their
 * identity only when everyday English or a cue), and a few pairs of them. The word's own identity is a
 * feature only when it is everyday English, so names seen in training cannot be memorised.
 */
export function featuresAt(words: readonly TaggedWord[], index: number, lowerCaseText: boolean): string[] {
  const word = words[index];
  const view = word.view;
  const before = words[index - 1]?.view ?? EDGE;
  const beforeTwo = words[index - 2]?.view ?? EDGE;
  const after = words[index + 1]?.view ?? EDGE;
  const afterTwo = words[index + 2]?.view ?? EDGE;
  const gapAfter = words[index + 1]?.gapBefore ?? "$";
  const here = casing(word, lowerCaseText);
  const beforeCasing = casing(words[index - 1], lowerCaseText);
  const afterCasing = casing(words[index + 1], lowerCaseText);
  const own = view.identity.startsWith("<") ? "<other>" : view.identity;
  return [
    "bias",
    `w=${own}`,
    `shape=${view.shape}`,
    `case=${here}`,
    `names=${view.names}`,
    `english=${view.english}`,
    `pos=${view.partOfSpeech}`,
    `cue=${view.cue}`,
    `kind=${view.kind}`,
    `kind|case=${view.kind}|${here}`,
    `kind-1|kind+1=${before.kind}|${after.kind}`,
    `like=${view.likeness}`,
    `suf2=${view.suffix2}`,
    `suf3=${view.suffix3}`,
    `poss=${word.token.possessive}`,
    `gap-=${word.gapBefore}`,
    `gap+=${gapAfter}`,
    `case|names=${here}|${view.names}`,
    `case|english=${here}|${view.english}`,
    `names|english=${view.names}|${view.english}`,
    `case|like=${here}|${view.likeness}`,
    `w-1=${before.identity}`,
    `w-2=${beforeTwo.identity}`,
    `w+1=${after.identity}`,
    `w+2=${afterTwo.identity}`,
    `w-2,w-1=${beforeTwo.identity}|${before.identity}`,
    `w+1,w+2=${after.identity}|${afterTwo.identity}`,
    `w-1|case=${before.identity}|${here}`,
    `w+1|case=${after.identity}|${here}`,
    `cue-1=${before.cue}`,
    `cue+1=${after.cue}`,
    `cue-2=${beforeTwo.cue}`,
    `pos-1|pos+1=${before.partOfSpeech}|${after.partOfSpeech}`,
    `case-1|case|case+1=${beforeCasing}|${here}|${afterCasing}`,
    `names-1|names|names+1=${before.names}|${view.names}|${after.names}`,
    `case-1|names-1=${beforeCasing}|${before.names}`,
    `case+1|names+1=${afterCasing}|${after.names}`,
    `english-1|english+1=${before.english}|${after.english}`,
    `gap-|w-1=${word.gapBefore}|${before.identity}`,
    `gap+|w+1=${gapAfter}|${after.identity}`,
  ];
}

/** Every word's features, in order: what training and tagging both read. */
export function textFeatures(text: string): { words: TaggedWord[]; features: string[][] } {
  const words = tagWords(text);
  const lowerCaseText = isTypedInLowerCase(text);
  return { words, features: words.map((_, index) => featuresAt(words, index, lowerCaseText)) };
}
