// The learned name tagger's model: weights per feature and tag, how they are stored, and how a text is tagged.

import { type TaggedWord, textFeatures } from "./name-tagger-features";

/**
 * B/I/O over the shared word split: a name opens (B) or goes on (I); O is every other word. Organisations
 * and places have tags of their own, so a capitalised ordinary word need not be "not a person" when it
 * names a firm; only person names are detected.
 */
export const TAGGER_TAGS = [
  "O",
  "B-person",
  "I-person",
  "B-organisation",
  "I-organisation",
  "B-place",
  "I-place",
] as const;
export const OUTSIDE = 0;
export const BEGIN = 1;
export const INSIDE = 2;
/** The B tag of each labelled kind; its I tag follows it. */
export const BEGIN_TAG: Partial<Record<string, number>> = { person: 1, organisation: 3, place: 5, authority: 5 };

export interface NameTaggerModel {
  /** One row of `TAGGER_TAGS.length` weights per feature (its number; see `featureId`). */
  weights: Map<number, Float64Array>;
  /** A word is part of a person's name when max(B, I) − the best other tag reaches this margin. */
  threshold: number;
  /** The margin a word opening a sentence needs: its capital says nothing, so it may need more. */
  startThreshold: number;
}

/** The model as `lib/anonymise/data/name-tagger.json` holds it: space-joined feature numbers (base 36) and integer weights. */
export interface StoredNameTagger {
  about: string;
  /** SHA-256 of the tuning set's file the weights were learnt from, and the choices made by cross-validation. */
  trainedOn: { tuningSetSha256: string; passages: number; epochs: number; minimumCount: number };
  /** The tags, space-joined, in the order of each feature's weights. */
  tags: string;
  threshold: number;
  startThreshold: number;
  /** Weights are stored as integers: the real weight times `scale`. */
  scale: number;
  features: string;
  weights: string;
}

export function readStoredModel(stored: StoredNameTagger): NameTaggerModel {
  const features = stored.features.split(" ").map((feature) => Number.parseInt(feature, 36));
  const numbers = stored.weights.split(" ").map(Number);
  const width = stored.tags.split(" ").length;
  const weights = new Map<number, Float64Array>();
  features.forEach((feature, row) => {
    weights.set(
      feature,
      Float64Array.from(numbers.slice(row * width, row * width + width), (n) => n / stored.scale),
    );
  });
  return { weights, threshold: stored.threshold, startThreshold: stored.startThreshold };
}

/** The sum of each tag's weights over the features, into `into`. */
export function scoreFeatures(
  weights: Map<number, Float64Array>,
  features: ArrayLike<number>,
  into = new Float64Array(TAGGER_TAGS.length),
): Float64Array {
  into.fill(0);
  for (let index = 0; index < features.length; index++) {
    const row = weights.get(features[index]);
    if (row === undefined) continue;
    for (let tag = 0; tag < into.length; tag++) into[tag] += row[tag];
  }
  return into;
}

export interface TaggedName {
  start: number;
  end: number;
  /** The smallest margin of its words: how sure the model is of the weakest part. */
  margin: number;
}

export interface WordMargins {
  words: TaggedWord[];
  /** Each word's margin for being part of a person's name: max(B, I) − the best other tag. */
  margins: number[];
  /** Whether the word rather opens a name (B) than goes on with one (I). */
  opens: boolean[];
}

export function wordMargins(model: NameTaggerModel, text: string): WordMargins {
  const { words, features } = textFeatures(text);
  const scores = new Float64Array(TAGGER_TAGS.length);
  const margins: number[] = [];
  const opens: boolean[] = [];
  for (const wordFeatures of features) {
    scoreFeatures(model.weights, wordFeatures, scores);
    let other = scores[OUTSIDE];
    for (let tag = INSIDE + 1; tag < scores.length; tag++) other = Math.max(other, scores[tag]);
    margins.push(Math.max(scores[BEGIN], scores[INSIDE]) - other);
    opens.push(scores[BEGIN] >= scores[INSIDE]);
  }
  return { words, margins, opens };
}

/**
 * Runs of words whose margin reaches the threshold (`startThreshold` for a word opening a sentence), split
 * where a word opens a new name or text other than a space comes between.
 */
export function namesFromMargins(
  { words, margins, opens }: WordMargins,
  threshold: number,
  startThreshold = threshold,
): TaggedName[] {
  const names: TaggedName[] = [];
  let current: TaggedName | null = null;
  for (let index = 0; index < words.length; index++) {
    const { token, gapBefore } = words[index];
    if (margins[index] < (token.sentenceInitial ? startThreshold : threshold)) {
      current = null;
      continue;
    }
    const continues = current !== null && !opens[index] && gapBefore.text === "" && !words[index - 1].token.possessive;
    if (current !== null && continues) {
      current.end = token.baseEnd;
      current.margin = Math.min(current.margin, margins[index]);
    } else {
      current = { start: token.start, end: token.baseEnd, margin: margins[index] };
      names.push(current);
    }
  }
  return names;
}

export function tagNames(model: NameTaggerModel, text: string): TaggedName[] {
  return namesFromMargins(wordMargins(model, text), model.threshold, model.startThreshold);
}
