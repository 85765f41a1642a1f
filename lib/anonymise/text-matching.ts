const FOLD_EXCEPTIONS: Record<string, string> = {
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  ı: "i",
  İ: "i",
  ħ: "h",
  Ħ: "h",
  "’": "'",
  "‘": "'",
  "‐": "-",
  "‑": "-",
  "\u00a0": " ",
};

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Below this length a text is cheaper to redo than to let it evict the document from the cache. */
const SHORTEST_CACHED_TEXT = 256;

/**
 * Remembers `compute`'s answer for the last long text it saw: the detectors run one after another
 * on the same document, so each tokenisation is done once. The answer is shared, so it is frozen
 * (short texts' too, so that a caller changing it fails in the tests, which use short texts).
 */
function lastTextOnly<Answer>(compute: (text: string) => Answer): (text: string) => Answer {
  const remembered = lastTextAndFoldOnly((text: string, _folded: string) => compute(text));
  return (text) => remembered(text, "");
}

/** `lastTextOnly` for an answer that depends on the text and the folded form the caller passes with it. */
function lastTextAndFoldOnly<Answer>(
  compute: (text: string, folded: string) => Answer,
): (text: string, folded: string) => Answer {
  let lastText: string | undefined;
  let lastFolded: string | undefined;
  let lastAnswer: Answer | undefined;
  return (text, folded) => {
    if (text.length < SHORTEST_CACHED_TEXT) return Object.freeze(compute(text, folded));
    if (text !== lastText || folded !== lastFolded || lastAnswer === undefined) {
      lastAnswer = Object.freeze(compute(text, folded));
      lastText = text;
      lastFolded = folded;
    }
    return lastAnswer;
  };
}

/**
 * Lower-cases and strips diacritics one UTF-16 unit at a time, so the result has exactly the
 * input's length and an index into it is an index into the input.
 */
export function foldForMatch(text: string): string {
  // Note: detectors fold each word of a document, so a short text is folded at once, without the cache.
  return text.length < SHORTEST_CACHED_TEXT ? foldText(text) : foldLongText(text);
}

const foldLongText = lastTextOnly(foldText);

function foldText(text: string): string {
  // Note: plain ASCII folds by lower-casing alone, without building the string one unit at a time.
  let hasCapital = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return foldUnits(text);
    if (code >= 65 && code <= 90) hasCapital = true;
  }
  return hasCapital ? text.toLowerCase() : text;
}

function foldUnits(text: string): string {
  let folded = "";
  for (let index = 0; index < text.length; index++) {
    folded += foldUnit(text[index]);
  }
  return folded;
}

const foldedUnits = new Map<string, string>();

function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit;
  let folded = foldedUnits.get(unit);
  if (folded === undefined) {
    folded = foldUnitSlowly(unit);
    foldedUnits.set(unit, folded);
  }
  return folded;
}

function foldUnitSlowly(unit: string): string {
  const exception = FOLD_EXCEPTIONS[unit];
  if (exception) return exception;
  const lower = unit.toLowerCase();
  const single = lower.length === 1 ? lower : unit;
  const base = single.normalize("NFD")[0];
  return base !== undefined && base.length === 1 && !/\p{M}/u.test(base) ? base : single;
}

/** The character that ends at `index`: one UTF-16 unit, or two where they are a surrogate pair. */
export function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return pair ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

export function isWordCharacterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const codePoint = text.codePointAt(index);
  if (codePoint === undefined) return false;
  const isLowSurrogate = codePoint >= 0xdc00 && codePoint <= 0xdfff;
  const character =
    isLowSurrogate && index > 0
      ? String.fromCodePoint(text.codePointAt(index - 1) ?? 0)
      : String.fromCodePoint(codePoint);
  return WORD_CHARACTER.test(character);
}

export interface PhraseMatch {
  start: number;
  end: number;
}

/**
 * Whole-word, case- and accent-insensitive occurrences of `phrase` in `text`; any run of
 * whitespace in the text matches a space in the phrase. `folded` is `foldForMatch(text)`.
 */
export function findPhrase(text: string, folded: string, phrase: string): PhraseMatch[] {
  const words = foldForMatch(phrase.trim()).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "gu");
  const matches: PhraseMatch[] = [];
  for (const match of folded.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isWordCharacterAt(text, start - 1) || isWordCharacterAt(text, end)) continue;
    matches.push({ start, end });
  }
  return matches;
}

/**
 * `pattern`, each of whose matches starts with an upper-case letter, led by a look-ahead for A–Z or a character above
 * U+00BF, where every other upper-case letter is. Note: a long text's other positions then fail on a plain range before
 * a Unicode property is tested, which halves such a scan. Only for case-sensitive Unicode patterns.
 */
export function startingAtCapitals(pattern: RegExp): RegExp {
  if (pattern.ignoreCase || !pattern.unicode) throw new Error(`${pattern} must be case-sensitive and Unicode-aware`);
  return new RegExp(`(?=[A-Z\\u00C0-\\u{10FFFF}])(?:${pattern.source})`, pattern.flags);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const ABBREVIATIONS_BEFORE_FULL_STOP = new Set([
  "mr",
  "mrs",
  "ms",
  "mx",
  "dr",
  "st",
  "prof",
  "rev",
  "cllr",
  "no",
  "ref",
  "vs",
  "approx",
  "eg",
  "ie",
  "etc",
]);

/** True when the word starting at `index` opens a sentence, a line, a quotation or a speaker turn. */
export function isSentenceStart(text: string, index: number): boolean {
  let cursor = index - 1;
  while (cursor >= 0 && /[\s"'“‘([•*\-–—]/u.test(text[cursor])) {
    if (text[cursor] === "\n") return true;
    cursor--;
  }
  if (cursor < 0) return true;
  const previous = text[cursor];
  if (previous === ":" || previous === "!" || previous === "?" || previous === "…") return true;
  if (previous !== ".") return false;
  const wordBefore = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, cursor - 12), cursor));
  if (!wordBefore) return true;
  return !ABBREVIATIONS_BEFORE_FULL_STOP.has(wordBefore[1].replace(/\./g, "").toLowerCase());
}

/** Index of the first span (sorted, none inside another) that ends after `position`: a binary search. */
export function firstEndingAfter(spans: readonly { end: number }[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end > position) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A gap of spaces or tabs only: two words on one line with nothing between them. */
export const SPACES_ONLY = /^[ \t]+$/u;

/** Index of the first span (sorted by start) that starts at or after `position`: a binary search. */
export function firstStartingAt(spans: readonly { start: number }[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** The word without a trailing possessive `'s`, e.g. `Priya` for `Priya's`. */
  base: string;
  baseEnd: number;
  /** `foldForMatch(base)` */
  folded: string;
  capitalised: boolean;
  allCaps: boolean;
  sentenceInitial: boolean;
  possessive: boolean;
}

/** "NHS", "CAMHS", and plurals such as "LAs" or "CSWs". */
function isAcronym(word: string): boolean {
  const first = word.charCodeAt(0);
  // Note: most words open with a lower-case ASCII letter, which no acronym does.
  if (first >= 97 && first <= 122) return false;
  const letters = word.replace(/[^\p{L}]/gu, "");
  const singular = /^\p{Lu}{2,}s$/u.test(letters) ? letters.slice(0, -1) : letters;
  return singular.length >= 2 && singular === singular.toUpperCase() && singular !== singular.toLowerCase();
}

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-‐]\p{L}[\p{L}\p{M}\p{N}]*)*/gu;

/** Splits text into words (letters, marks, digits; inner apostrophes and hyphens kept). */
export const tokeniseWords = lastTextOnly(function tokeniseWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const possessive = /['’]s$/u.test(word) && word.length > 2;
    const base = possessive ? word.slice(0, -2) : word;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      base,
      baseEnd: start + base.length,
      folded: foldForMatch(base),
      capitalised: /^[\p{Lu}\p{Lt}]/u.test(base),
      allCaps: isAcronym(base),
      sentenceInitial: isSentenceStart(text, start),
      possessive,
    });
  }
  return tokens;
});

export interface PhraseMatcher {
  /** Longest phrase at each position, whole words, case- and accent-insensitive; `key` is the normalised phrase. */
  find(text: string, folded: string): (PhraseMatch & { key: string })[];
}

interface PhraseToken {
  value: string;
  /** Whether whitespace separates this token from the one before it. */
  spaced: boolean;
}

interface TextToken extends PhraseToken {
  start: number;
  end: number;
}

const MATCH_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

const matchTokens = lastTextOnly(function matchTokens(folded: string): TextToken[] {
  const tokens: TextToken[] = [];
  let previousEnd = -1;
  for (const match of folded.matchAll(MATCH_TOKEN)) {
    const value = match[0] === "&" ? "and" : match[0];
    tokens.push({ value, spaced: match.index !== previousEnd, start: match.index, end: match.index + match[0].length });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
});

/**
 * Looks a whole list of phrases up by their first word, so a long document is scanned once.
 * "&" and "and" are the same word; whitespace in the text must stand where the phrase has it.
 */
export function createPhraseMatcher(phrases: Iterable<string>): PhraseMatcher {
  const byFirstWord = new Map<string, { key: string; tokens: PhraseToken[] }[]>();
  for (const phrase of phrases) {
    const key = normalisePhrase(phrase);
    const tokens = matchTokens(key);
    if (tokens.length === 0) continue;
    const entries = byFirstWord.get(tokens[0].value) ?? [];
    entries.push({ key, tokens });
    byFirstWord.set(tokens[0].value, entries);
  }
  for (const entries of byFirstWord.values()) entries.sort((left, right) => right.tokens.length - left.tokens.length);
  // Note: several detectors look the same list up in the same document; each match is frozen with the list.
  const find = lastTextAndFoldOnly((text: string, folded: string) => {
    const tokens = matchTokens(folded);
    const found: (PhraseMatch & { key: string })[] = [];
    let index = 0;
    while (index < tokens.length) {
      const entries = byFirstWord.get(tokens[index].value);
      const match = entries?.find((entry) => matchesAt(tokens, index, entry.tokens, text));
      if (!match) {
        index++;
        continue;
      }
      const last = tokens[index + match.tokens.length - 1];
      found.push(Object.freeze({ start: tokens[index].start, end: last.end, key: match.key }));
      index += match.tokens.length;
    }
    return found;
  });
  return { find };
}

function matchesAt(tokens: TextToken[], index: number, phrase: PhraseToken[], text: string): boolean {
  if (index + phrase.length > tokens.length) return false;
  const first = tokens[index];
  if (isWordCharacterAt(text, first.start - 1)) return false;
  for (let offset = 1; offset < phrase.length; offset++) {
    const token = tokens[index + offset];
    if (token.value !== phrase[offset].value || token.spaced !== phrase[offset].spaced) return false;
  }
  const last = tokens[index + phrase.length - 1];
  return !isWordCharacterAt(text, last.end);
}

export function normalisePhrase(phrase: string): string {
  return foldForMatch(phrase.trim()).replace(/\s+/gu, " ");
}

/** A comment typed in lower case: a bare "i", no capital at all, or four in five sentences (two or more) opening in lower case. */
export function isTypedInLowerCase(text: string): boolean {
  if (/(?:^|[^\p{L}\p{N}'’])i(?:['’](?:m|ve|d|ll))?(?![\p{L}\p{N}])/u.test(text)) return true;
  let starts = 0;
  let lower = 0;
  for (const match of text.matchAll(/(?:^|[.!?]\s+|\n\s*)(\p{L})/gu)) {
    starts++;
    if (/\p{Ll}/u.test(match[1])) lower++;
  }
  return (starts > 0 && !/\p{Lu}/u.test(text)) || (starts >= 2 && lower / starts >= 0.8);
}
