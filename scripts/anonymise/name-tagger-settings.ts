// What the name tagger's training and cross-validation share: where the tuning half is, and the settings chosen by cross-validation.
// The organisation tagger's scripts share them too, and `trainAndStore`, which both taggers' training scripts run.

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LabelledPassage } from "../../lib/anonymise/eval/labelled-passage";
import { type FeatureSource, textFeatures } from "../../lib/anonymise/name-tagger-features";
import { labelledExampleOf, storeModel, trainNameTagger } from "../../lib/anonymise/name-tagger-training";

// Note: read straight from its file, so nothing here ever opens the held-out half.
export const TUNING_SET_FILE = join(process.cwd(), "lib", "anonymise", "eval", "tuning-set.json");
export const MODEL_FILE = join(process.cwd(), "lib", "anonymise", "data", "name-tagger.json");

/** Chosen by `cross-validate-name-tagger.ts` on the tuning half's folds (see the README's anonymiser section). */
export const TAGGER_SETTINGS = { epochs: 6, minimumCount: 2, seed: 13, threshold: -5, startThreshold: 20, scale: 1000 };

export function readTuningSet(): { passages: LabelledPassage[]; sha256: string } {
  const raw = readFileSync(TUNING_SET_FILE);
  return {
    passages: JSON.parse(raw.toString("utf8")) as LabelledPassage[],
    sha256: createHash("sha256").update(raw).digest("hex"),
  };
}

export interface TaggerRecipe {
  settings: typeof TAGGER_SETTINGS;
  /** The renamed copies each passage also trains in. */
  copies: (passage: LabelledPassage, index: number, pick: (list: readonly string[]) => string) => LabelledPassage[];
  pickerFor: (seed: number) => (list: readonly string[]) => string;
  features?: FeatureSource;
  file: string;
  about?: string;
}

/** Trains a tagger on the whole tuning half and its renamed copies, and writes its model (with the tuning set's SHA-256). */
export function trainAndStore(recipe: TaggerRecipe): void {
  const { settings, copies, pickerFor, features: read = textFeatures, file, about } = recipe;
  const began = performance.now();
  const { passages, sha256 } = readTuningSet();
  const examples = passages.flatMap((passage, index) =>
    [passage, ...copies(passage, index, pickerFor(settings.seed + index))].map((example) =>
      labelledExampleOf(example, read),
    ),
  );
  const model = trainNameTagger(examples, settings);
  model.threshold = settings.threshold;
  model.startThreshold = settings.startThreshold;
  const stored = storeModel(
    model,
    {
      tuningSetSha256: sha256,
      passages: passages.length,
      epochs: settings.epochs,
      minimumCount: settings.minimumCount,
    },
    { scale: settings.scale, about },
  );
  const json = `${JSON.stringify(stored, null, 2)}\n`;
  writeFileSync(file, json);
  const features = stored.features.split(" ").length;
  console.log(
    `Trained on ${passages.length} passages (${examples.reduce((sum, example) => sum + example.tags.length, 0)} words) ` +
      `in ${((performance.now() - began) / 1000).toFixed(1)} s: ${features} features, ${(json.length / 1e6).toFixed(2)} MB → ${file}`,
  );
}
