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
export function casing(word: TaggedWord | undefined, lowerCaseText: boolean): Part {
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

/** Receives one feature: its template and its parts. */
export type FeatureSink = (template: Part, first: Part, second?: Part, third?: Part) => void;

/** Gives the features of the word at `index` to `emit`: the person tagger's `emitFeatures`, or another tagger's. */
export type FeatureEmitter = (
  words: readonly TaggedWord[],
  index: number,
  lowerCaseText: boolean,
  emit: FeatureSink,
) => void;

/** The templates, one Part each, so a feature's template costs a property read. */
const TEMPLATE = {
  bias: part("bias"),
  w: part("w"),
  shape: part("shape"),
  case: part("case"),
  names: part("names"),
  english: part("english"),
  pos: part("pos"),
  cue: part("cue"),
  kind: part("kind"),
  "kind|case": part("kind|case"),
  "kind-1|kind+1": part("kind-1|kind+1"),
  like: part("like"),
  suf2: part("suf2"),
  suf3: part("suf3"),
  poss: part("poss"),
  "gap-": part("gap-"),
  "gap+": part("gap+"),
  "case|names": part("case|names"),
  "case|english": part("case|english"),
  "names|english": part("names|english"),
  "case|like": part("case|like"),
  "case|english|names": part("case|english|names"),
  "case|pos": part("case|pos"),
  "w|case": part("w|case"),
  "w-1|w": part("w-1|w"),
  "w|w+1": part("w|w+1"),
  "w-1|w+1": part("w-1|w+1"),
  "w-1": part("w-1"),
  "w-2": part("w-2"),
  "w+1": part("w+1"),
  "w+2": part("w+2"),
  "w-2,w-1": part("w-2,w-1"),
  "w+1,w+2": part("w+1,w+2"),
  "w-1|case": part("w-1|case"),
  "w+1|case": part("w+1|case"),
  "cue-1": part("cue-1"),
  "cue+1": part("cue+1"),
  "cue-2": part("cue-2"),
  "pos-1|pos+1": part("pos-1|pos+1"),
  "case-1|case|case+1": part("case-1|case|case+1"),
  "names-1|names|names+1": part("names-1|names|names+1"),
  "case-1|names-1": part("case-1|names-1"),
  "case+1|names+1": part("case+1|names+1"),
  "english-1|english+1": part("english-1|english+1"),
  "gap-|w-1": part("gap-|w-1"),
  "gap+|w+1": part("gap+|w+1"),
} as const;

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
  emit(TEMPLATE.bias, TRUE);
  emit(TEMPLATE.w, view.own);
  emit(TEMPLATE.shape, view.shape);
  emit(TEMPLATE.case, here);
  emit(TEMPLATE.names, view.names);
  emit(TEMPLATE.english, view.english);
  emit(TEMPLATE.pos, view.partOfSpeech);
  emit(TEMPLATE.cue, view.cue);
  emit(TEMPLATE.kind, view.kind);
  emit(TEMPLATE["kind|case"], view.kind, here);
  emit(TEMPLATE["kind-1|kind+1"], before.kind, after.kind);
  emit(TEMPLATE.like, view.likeness);
  emit(TEMPLATE.suf2, view.suffix2);
  emit(TEMPLATE.suf3, view.suffix3);
  emit(TEMPLATE.poss, word.token.possessive ? TRUE : FALSE);
  emit(TEMPLATE["gap-"], word.gapBefore);
  emit(TEMPLATE["gap+"], gapAfter);
  emit(TEMPLATE["case|names"], here, view.names);
  emit(TEMPLATE["case|english"], here, view.english);
  emit(TEMPLATE["names|english"], view.names, view.english);
  emit(TEMPLATE["case|like"], here, view.likeness);
  emit(TEMPLATE["case|english|names"], here, view.english, view.names);
  emit(TEMPLATE["case|pos"], here, view.partOfSpeech);
  emit(TEMPLATE["w|case"], view.own, here);
  emit(TEMPLATE["w-1|w"], before.identity, view.own);
  emit(TEMPLATE["w|w+1"], view.own, after.identity);
  emit(TEMPLATE["w-1|w+1"], before.identity, after.identity);
  emit(TEMPLATE["w-1"], before.identity);
  emit(TEMPLATE["w-2"], beforeTwo.identity);
  emit(TEMPLATE["w+1"], after.identity);
  emit(TEMPLATE["w+2"], afterTwo.identity);
  emit(TEMPLATE["w-2,w-1"], beforeTwo.identity, before.identity);
  emit(TEMPLATE["w+1,w+2"], after.identity, afterTwo.identity);
  emit(TEMPLATE["w-1|case"], before.identity, here);
  emit(TEMPLATE["w+1|case"], after.identity, here);
  emit(TEMPLATE["cue-1"], before.cue);
  emit(TEMPLATE["cue+1"], after.cue);
  emit(TEMPLATE["cue-2"], beforeTwo.cue);
  emit(TEMPLATE["pos-1|pos+1"], before.partOfSpeech, after.partOfSpeech);
  emit(TEMPLATE["case-1|case|case+1"], beforeCasing, here, afterCasing);
  emit(TEMPLATE["names-1|names|names+1"], before.names, view.names, after.names);
  emit(TEMPLATE["case-1|names-1"], beforeCasing, before.names);
  emit(TEMPLATE["case+1|names+1"], afterCasing, after.names);
  emit(TEMPLATE["english-1|english+1"], before.english, after.english);
  emit(TEMPLATE["gap-|w-1"], word.gapBefore, before.identity);
  emit(TEMPLATE["gap+|w+1"], gapAfter, after.identity);
}

/** The features of the word at `index` as text ("w-1=mrs", "case|names=cap|g"), for reading and tests. */
export function featuresAt(
  words: readonly TaggedWord[],
  index: number,
  lowerCaseText: boolean,
  emitter: FeatureEmitter = emitFeatures,
): string[] {
  const features: string[] = [];
  emitter(words, index, lowerCaseText, (template, first, second, third) => {
    features.push(
      `${template.text}=${[first, second, third].flatMap((piece) => (piece ? [piece.text] : [])).join("|")}`,
    );
  });
  return features;
}

/** A feature as the model reads it: the template's and parts' hashes mixed into one non-negative 31-bit number. */
export function featureId(template: Part, first: Part, second?: Part, third?: Part): number {
  let hash = mix(template.code, first.code);
  if (second) hash = mix(hash, second.code);
  if (third) hash = mix(hash, third.code);
  return hash >>> 1;
}

function mix(hash: number, value: number): number {
  let mixed = Math.imul(hash ^ value, 0x9e3779b1);
  mixed ^= mixed >>> 15;
  return Math.imul(mixed, 0x85ebca6b);
}

/** A text's words and each word's features as numbers, in order: what training and tagging both read. */
export interface TextFeatures {
  words: TaggedWord[];
  features: Int32Array[];
  /** More features of each word, read after `features` (another tagger's own, beside the shared ones). */
  extra?: Int32Array[];
}

/** The last text each emitter read, so a second tagger reading the same text reuses the first one's features. */
const lastRead = new Map<FeatureEmitter, { text: string; read: TextFeatures }>();

/** Every word's features as numbers, in order: what training and tagging both read. */
export function textFeatures(text: string, emitter: FeatureEmitter = emitFeatures): TextFeatures {
  const last = lastRead.get(emitter);
  if (last?.text === text) return last.read;
  const words = tagWords(text);
  const lowerCaseText = isTypedInLowerCase(text);
  const buffer: number[] = [];
  const collect: FeatureSink = (template, first, second, third) => {
    buffer.push(featureId(template, first, second, third));
  };
  const features = words.map((_, index) => {
    buffer.length = 0;
    emitter(words, index, lowerCaseText, collect);
    return Int32Array.from(buffer);
  });
  const read = { words, features };
  lastRead.set(emitter, { text, read });
  return read;
}

/** Reads a text's features: the person tagger's `textFeatures`, or another tagger's. */
export type FeatureSource = (text: string) => TextFeatures;

/** The features of two emitters, each word's second ones after its first (`extra`), read without joining them. */
export function joinedFeatures(first: FeatureEmitter, second: FeatureEmitter): FeatureSource {
  return (text) => ({ ...textFeatures(text, first), extra: textFeatures(text, second).features });
}

/** Each word's features in one array: its `extra` ones after the others. */
export function allFeatures({ features, extra }: TextFeatures): Int32Array[] {
  if (!extra) return features;
  return features.map((own, index) => {
    const joined = new Int32Array(own.length + extra[index].length);
    joined.set(own);
    joined.set(extra[index], own.length);
    return joined;
  });
}
