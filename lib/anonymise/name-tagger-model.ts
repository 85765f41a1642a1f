// The learned name tagger's model: weights per feature and tag, how they are stored, and how a text is tagged.

import { type FeatureSource, type TaggedWord, textFeatures } from "./name-tagger-features";
import { isTypedInLowerCase } from "./text-matching";

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

/** What a tagger reads and which kind it finds: its features, and the B tag of its kind (the I tag follows). */
export interface TaggerReading {
  features: FeatureSource;
  begin: number;
  /** Whether a word may be of the kind at all; the words it rules out are not scored (a margin of −∞). */
  mayBe?: (word: TaggedWord, lowerCaseText: boolean) => boolean;
}

/** The person tagger's reading: the shared features, person names. */
export const PERSON_READING: TaggerReading = { features: (text) => textFeatures(text), begin: BEGIN };

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

/**
 * A model's weights in one open-addressed table, which tagging reads faster than the Map: each slot is the feature's
 * number then its row (8 numbers, one cache line). It sums the same weights in the same order, so the scores are the same.
 */
class WeightTable {
  private readonly slots: Float64Array;
  private readonly mask: number;
  private readonly stride = TAGGER_TAGS.length + 1;

  constructor(weights: Map<number, Float64Array>) {
    let size = 1;
    while (size < weights.size * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Float64Array(size * this.stride);
    for (let slot = 0; slot < size; slot++) this.slots[slot * this.stride] = -1;
    for (const [feature, row] of weights) {
      let slot = feature & this.mask;
      while (this.slots[slot * this.stride] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot * this.stride] = feature;
      this.slots.set(row, slot * this.stride + 1);
    }
  }

  /** Adds each tag's weights over the features to `into`. */
  add(features: ArrayLike<number>, into: Float64Array): void {
    const { slots, mask, stride } = this;
    for (let index = 0; index < features.length; index++) {
      const feature = features[index];
      let slot = feature & mask;
      let key = slots[slot * stride];
      while (key !== feature && key !== -1) {
        slot = (slot + 1) & mask;
        key = slots[slot * stride];
      }
      if (key === -1) continue;
      const base = slot * stride + 1;
      for (let tag = 0; tag < stride - 1; tag++) into[tag] += slots[base + tag];
    }
  }
}

const tables = new WeakMap<Map<number, Float64Array>, { size: number; table: WeightTable }>();

/** The table of a model's weights, built once (again if the weights have changed in number). */
function weightTable(weights: Map<number, Float64Array>): WeightTable {
  let found = tables.get(weights);
  if (found?.size !== weights.size) {
    found = { size: weights.size, table: new WeightTable(weights) };
    tables.set(weights, found);
  }
  return found.table;
}

export interface TaggedName {
  start: number;
  end: number;
  /** The smallest margin of its words: how sure the model is of the weakest part. */
  margin: number;
}

export interface WordMargins {
  words: TaggedWord[];
  /** Each word's margin for being part of a name of the reading's kind: max(B, I) − the best other tag. */
  margins: number[];
  /** Whether the word rather opens a name (B) than goes on with one (I). */
  opens: boolean[];
}

export function wordMargins(
  model: NameTaggerModel,
  text: string,
  { features: read, begin, mayBe }: TaggerReading = PERSON_READING,
): WordMargins {
  const { words, features, extra } = read(text);
  const table = weightTable(model.weights);
  const scores = new Float64Array(TAGGER_TAGS.length);
  const margins: number[] = [];
  const opens: boolean[] = [];
  const lowerCaseText = mayBe !== undefined && isTypedInLowerCase(text);
  for (let index = 0; index < features.length; index++) {
    if (mayBe && !mayBe(words[index], lowerCaseText)) {
      margins.push(Number.NEGATIVE_INFINITY);
      opens.push(false);
      continue;
    }
    scores.fill(0);
    table.add(features[index], scores);
    if (extra) table.add(extra[index], scores);
    let other = scores[OUTSIDE];
    for (let tag = OUTSIDE + 1; tag < scores.length; tag++) {
      if (tag !== begin && tag !== begin + 1) other = Math.max(other, scores[tag]);
    }
    margins.push(Math.max(scores[begin], scores[begin + 1]) - other);
    opens.push(scores[begin] >= scores[begin + 1]);
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

export function tagNames(model: NameTaggerModel, text: string, reading: TaggerReading = PERSON_READING): TaggedName[] {
  return namesFromMargins(wordMargins(model, text, reading), model.threshold, model.startThreshold);
}

/** The model a detector uses: the shipped one, read when first needed, or one put in its place for a while. */
export interface ModelSlot {
  active(): NameTaggerModel;
  /** Runs `work` with another model in place of the shipped one (cross-validation scores each fold's model this way). */
  with<Answer>(model: NameTaggerModel, work: () => Answer): Answer;
}

export function modelSlot(stored: StoredNameTagger): ModelSlot {
  let shipped: NameTaggerModel | null = null;
  let override: NameTaggerModel | null = null;
  return {
    active() {
      if (override) return override;
      shipped ??= readStoredModel(stored);
      return shipped;
    },
    with(model, work) {
      const previous = override;
      override = model;
      try {
        return work();
      } finally {
        override = previous;
      }
    },
  };
}
