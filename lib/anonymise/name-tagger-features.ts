// The learned name tagger's features: what a word looks like and what surrounds it, never which name it is.
// Each feature is a template and up to three parts; the model reads it as a number (a hash of those), tests as text.

import { EDGE, type Part, part, viewWord, type WordView } from "./name-tagger-word-view";
import { isTypedInLowerCase, tokeniseWords, type WordToken } from "./text-matching";

export { shapeOf } from "./name-tagger-word-view";

/** A word in its text: its view plus how it sits there. */
export interface TaggedWord {
  token: WordToken;
  view: WordView;
  /** Punctuation between the previous word and this one ("", ",", ".", "(" …; "¶" for a line break). */
  gapBefore: Part;
}

/** The words of a text with their views and the punctuation before each. */
export function tagWords(text: string): TaggedWord[] {
  const tokens = tokeniseWords(text);
  return tokens.map((token, index) => ({
    token,
    view: viewWord(token.base, token.folded),
    gapBefore: part(
      punctuationBetween(text, index === 0 ? Math.max(0, token.start - 3) : tokens[index - 1].end, token.start),
    ),
  }));
}

function punctuationBetween(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 32) return "";
  const between = text.slice(Math.max(from, to - 6), to).replace(/\s+/gu, (space) => (space.includes("\n") ? "¶" : ""));
  return between.replace(/\p{N}+/gu, "d").slice(-2);
}

const CASINGS = new Map<string, Part>();

/** How a word is written in its place: capitalised at a sentence start, mid-sentence, or in a lower-case text. */
function casing(word: TaggedWord | undefined, lowerCaseText: boolean): Part {
  if (!word) return part("-");
  const { token } = word;
  const text = `${token.allCaps ? "caps" : token.capitalised ? "cap" : "low"}${token.sentenceInitial ? "@start" : ""}${lowerCaseText ? "/lc" : ""}`;
  let found = CASINGS.get(text);
  if (!found) {
    found = part(text);
    CASINGS.set(text, found);
  }
  return found;
}

/** Receives one feature: its template's name and its parts. */
export type FeatureSink = (template: string, first: Part, second?: Part, third?: Part) => void;

const END = part("$");
const TRUE = part("true");
const FALSE = part("false");

/**
 * The features of the word at `index`: its own look and lists, the two words either side (their
 * identity only when everyday English or a cue), and a few pairs of them. The word's own identity is a
 * feature only when it is everyday English, so names seen in training cannot be memorised.
 */
export function emitFeatures(
  words: readonly TaggedWord[],
  index: number,
  lowerCaseText: boolean,
  emit: FeatureSink,
): void {
  const word = words[index];
  const view = word.view;
  const before = words[index - 1]?.view ?? EDGE;
  const beforeTwo = words[index - 2]?.view ?? EDGE;
  const after = words[index + 1]?.view ?? EDGE;
  const afterTwo = words[index + 2]?.view ?? EDGE;
  const gapAfter = words[index + 1]?.gapBefore ?? END;
  const here = casing(word, lowerCaseText);
  const beforeCasing = casing(words[index - 1], lowerCaseText);
  const afterCasing = casing(words[index + 1], lowerCaseText);
  emit("bias", TRUE);
  emit("w", view.own);
  emit("shape", view.shape);
  emit("case", here);
  emit("names", view.names);
  emit("english", view.english);
  emit("pos", view.partOfSpeech);
  emit("cue", view.cue);
  emit("kind", view.kind);
  emit("kind|case", view.kind, here);
  emit("kind-1|kind+1", before.kind, after.kind);
  emit("like", view.likeness);
  emit("suf2", view.suffix2);
  emit("suf3", view.suffix3);
  emit("poss", word.token.possessive ? TRUE : FALSE);
  emit("gap-", word.gapBefore);
  emit("gap+", gapAfter);
  emit("case|names", here, view.names);
  emit("case|english", here, view.english);
  emit("names|english", view.names, view.english);
  emit("case|like", here, view.likeness);
  emit("case|english|names", here, view.english, view.names);
  emit("case|pos", here, view.partOfSpeech);
  emit("w|case", view.own, here);
  emit("w-1|w", before.identity, view.own);
  emit("w|w+1", view.own, after.identity);
  emit("w-1|w+1", before.identity, after.identity);
  emit("w-1", before.identity);
  emit("w-2", beforeTwo.identity);
  emit("w+1", after.identity);
  emit("w+2", afterTwo.identity);
  emit("w-2,w-1", beforeTwo.identity, before.identity);
  emit("w+1,w+2", after.identity, afterTwo.identity);
  emit("w-1|case", before.identity, here);
  emit("w+1|case", after.identity, here);
  emit("cue-1", before.cue);
  emit("cue+1", after.cue);
  emit("cue-2", beforeTwo.cue);
  emit("pos-1|pos+1", before.partOfSpeech, after.partOfSpeech);
  emit("case-1|case|case+1", beforeCasing, here, afterCasing);
  emit("names-1|names|names+1", before.names, view.names, after.names);
  emit("case-1|names-1", beforeCasing, before.names);
  emit("case+1|names+1", afterCasing, after.names);
  emit("english-1|english+1", before.english, after.english);
  emit("gap-|w-1", word.gapBefore, before.identity);
  emit("gap+|w+1", gapAfter, after.identity);
}

/** The features of the word at `index` as text ("w-1=mrs", "case|names=cap|g"), for reading and tests. */
export function featuresAt(words: readonly TaggedWord[], index: number, lowerCaseText: boolean): string[] {
  const features: string[] = [];
  emitFeatures(words, index, lowerCaseText, (template, first, second, third) => {
    features.push(`${template}=${[first, second, third].flatMap((piece) => (piece ? [piece.text] : [])).join("|")}`);
  });
  return features;
}

const templateCodes = new Map<string, number>();

/** A feature as the model reads it: the template's and parts' hashes mixed into one non-negative 31-bit number. */
export function featureId(template: string, first: Part, second?: Part, third?: Part): number {
  let code = templateCodes.get(template);
  if (code === undefined) {
    code = part(template).code;
    templateCodes.set(template, code);
  }
  let hash = mix(code, first.code);
  if (second) hash = mix(hash, second.code);
  if (third) hash = mix(hash, third.code);
  return hash >>> 1;
}

function mix(hash: number, value: number): number {
  let mixed = Math.imul(hash ^ value, 0x9e3779b1);
  mixed ^= mixed >>> 15;
  return Math.imul(mixed, 0x85ebca6b);
}

/** Every word's features as numbers, in order: what training and tagging both read. */
export function textFeatures(text: string): { words: TaggedWord[]; features: Int32Array[] } {
  const words = tagWords(text);
  const lowerCaseText = isTypedInLowerCase(text);
  const buffer: number[] = [];
  const collect: FeatureSink = (template, first, second, third) => {
    buffer.push(featureId(template, first, second, third));
  };
  const features = words.map((_, index) => {
    buffer.length = 0;
    emitFeatures(words, index, lowerCaseText, collect);
    return Int32Array.from(buffer);
  });
  return { words, features };
}
