// Trains the learned name tagger: an averaged perceptron over B/I/O tags of the shared word split.
// Note: written here rather than taken from a package: none of the installed ones is a sequence tagger,
// and no pretrained model can be downloaded on this machine.

import type { LabelledPassage } from "./eval/labelled-passage";
import { allFeatures, type FeatureSource, textFeatures } from "./name-tagger-features";
import {
  BEGIN_TAG,
  type NameTaggerModel,
  OUTSIDE,
  type StoredNameTagger,
  scoreFeatures,
  TAGGER_TAGS,
} from "./name-tagger-model";
import { isWordCharacterAt, type WordToken } from "./text-matching";

export interface TrainingOptions {
  epochs: number;
  /** Features seen fewer times than this in training are dropped, so rare contexts are not memorised. */
  minimumCount: number;
  /** Seeds the shuffle of the passages before each epoch, so the same set trains the same weights. */
  seed?: number;
}

export interface TrainingExample {
  features: Int32Array[];
  tags: number[];
}

/** The passage's words with their tags: a word inside a gold span is its kind's B (its first word) or I. */
export function labelledExample(passage: Pick<LabelledPassage, "text" | "gold">): TrainingExample {
  return labelledExampleOf(passage, textFeatures);
}

/** `labelledExample` with another tagger's features. */
export function labelledExampleOf(
  passage: Pick<LabelledPassage, "text" | "gold">,
  read: FeatureSource,
): TrainingExample {
  const text = read(passage.text);
  const { words } = text;
  const features = allFeatures(text);
  const spans = goldSpans(passage);
  const tags = words.map(({ token }, index) => {
    const span = spans.find((candidate) => candidate.start <= token.start && token.baseEnd <= candidate.end);
    if (!span) return OUTSIDE;
    const previous: WordToken | undefined = words[index - 1]?.token;
    return span.begin + (previous && previous.start >= span.start ? 1 : 0);
  });
  return { features, tags };
}

/** Whole-word occurrences of the gold texts of a tagged kind, longer texts first. */
function goldSpans(passage: Pick<LabelledPassage, "text" | "gold">): { start: number; end: number; begin: number }[] {
  const claimed: { start: number; end: number; begin: number | undefined }[] = [];
  const gold = [...passage.gold].sort((left, right) => right.text.length - left.text.length);
  for (const span of gold) {
    for (
      let start = passage.text.indexOf(span.text);
      start !== -1;
      start = passage.text.indexOf(span.text, start + 1)
    ) {
      const end = start + span.text.length;
      const whole = !isWordCharacterAt(passage.text, start - 1) && !isWordCharacterAt(passage.text, end);
      if (whole && !claimed.some((other) => other.start < end && start < other.end)) {
        claimed.push({ start, end, begin: BEGIN_TAG[span.category] });
      }
    }
  }
  return claimed.flatMap(({ start, end, begin }) => (begin === undefined ? [] : [{ start, end, begin }]));
}

/** A small deterministic generator (mulberry32), so a seed fixes the order of every epoch. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** How often each feature occurs in the examples. */
function featureCounts(examples: readonly TrainingExample[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const example of examples) {
    for (const features of example.features)
      for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  return counts;
}

/**
 * Averaged perceptron: each word is scored, and on a wrong tag the gold tag's weights go up and the
 * guessed tag's down; the weights returned are averaged over every step, which keeps them from
 * chasing the last examples seen.
 */
export function trainNameTagger(examples: readonly TrainingExample[], options: TrainingOptions): NameTaggerModel {
  const width = TAGGER_TAGS.length;
  const counts = featureCounts(examples);
  const kept = (feature: number) => (counts.get(feature) ?? 0) >= options.minimumCount;
  const weights = new Map<number, Float64Array>();
  const totals = new Map<number, Float64Array>();
  const stamps = new Map<number, Float64Array>();
  for (const [feature] of counts) {
    if (!kept(feature)) continue;
    weights.set(feature, new Float64Array(width));
    totals.set(feature, new Float64Array(width));
    stamps.set(feature, new Float64Array(width));
  }
  const update = (feature: number, tag: number, change: number, step: number) => {
    const row = weights.get(feature);
    if (!row) return;
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    total[tag] += (step - stamp[tag]) * row[tag];
    stamp[tag] = step;
    row[tag] += change;
  };
  const random = seededRandom(options.seed ?? 1);
  const order = examples.map((_, index) => index);
  const scores = new Float64Array(width);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other], order[index]];
    }
    for (const exampleIndex of order) {
      const example = examples[exampleIndex];
      example.features.forEach((features, word) => {
        step++;
        scoreFeatures(weights, features, scores);
        let guess = 0;
        for (let tag = 1; tag < width; tag++) if (scores[tag] > scores[guess]) guess = tag;
        const gold = example.tags[word];
        if (guess === gold) return;
        for (const feature of features) {
          update(feature, gold, 1, step);
          update(feature, guess, -1, step);
        }
      });
    }
  }
  const averaged = new Map<number, Float64Array>();
  for (const [feature, row] of weights) {
    const total = totals.get(feature)!;
    const stamp = stamps.get(feature)!;
    const mean = row.map((weight, tag) => (total[tag] + (step - stamp[tag]) * weight) / step);
    if (mean.some((weight) => weight !== 0)) averaged.set(feature, mean);
  }
  return { weights: averaged, threshold: 0, startThreshold: 0 };
}

/** The model as JSON data: features in a fixed order, weights as integers, the smallest ones dropped. */
export function storeModel(
  model: NameTaggerModel,
  trainedOn: StoredNameTagger["trainedOn"],
  options: { scale: number; about?: string },
): StoredNameTagger {
  const rows = [...model.weights]
    .map(([feature, row]) => [feature, Array.from(row, (weight) => Math.round(weight * options.scale))] as const)
    .filter(([, row]) => row.some((weight) => weight !== 0))
    .sort(([left], [right]) => left - right);
  return {
    about:
      options.about ??
      "Learned name tagger: averaged-perceptron weights over word-shape, name-list and context features. " +
        "Rebuild with `npx tsx scripts/anonymise/train-name-tagger.ts`.",
    trainedOn,
    tags: TAGGER_TAGS.join(" "),
    threshold: model.threshold,
    startThreshold: model.startThreshold,
    scale: options.scale,
    features: rows.map(([feature]) => feature.toString(36)).join(" "),
    weights: rows.flatMap(([, row]) => row).join(" "),
  };
}
