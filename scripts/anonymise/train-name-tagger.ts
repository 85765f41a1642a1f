// Trains the learned name tagger on the tuning half and writes lib/anonymise/data/name-tagger.json (with the tuning set's SHA-256).
// Run: npx tsx scripts/anonymise/train-name-tagger.ts   (deterministic: the same tuning set gives the same file)

import { writeFileSync } from "node:fs";
import { seededPicker, trainingCopies } from "../../lib/anonymise/name-tagger-augment";
import { labelledExample, storeModel, trainNameTagger } from "../../lib/anonymise/name-tagger-training";
import { MODEL_FILE, readTuningSet, TAGGER_SETTINGS } from "./name-tagger-settings";

const began = performance.now();
const { passages, sha256 } = readTuningSet();
// Each passage also trains in two renamed copies (ordinary-word names; lower case), as in cross-validation.
const examples = passages.flatMap((passage, index) =>
  [passage, ...trainingCopies(passage, index, seededPicker(TAGGER_SETTINGS.seed + index))].map(labelledExample),
);
const model = trainNameTagger(examples, TAGGER_SETTINGS);
model.threshold = TAGGER_SETTINGS.threshold;
model.startThreshold = TAGGER_SETTINGS.startThreshold;
const stored = storeModel(
  model,
  {
    tuningSetSha256: sha256,
    passages: passages.length,
    epochs: TAGGER_SETTINGS.epochs,
    minimumCount: TAGGER_SETTINGS.minimumCount,
  },
  { scale: TAGGER_SETTINGS.scale },
);
const json = `${JSON.stringify(stored, null, 2)}\n`;
writeFileSync(MODEL_FILE, json);
const features = stored.features.split(" ").length;
console.log(
  `Trained on ${passages.length} passages (${examples.reduce((sum, example) => sum + example.tags.length, 0)} words) ` +
    `in ${((performance.now() - began) / 1000).toFixed(1)} s: ${features} features, ${(json.length / 1e6).toFixed(2)} MB → ${MODEL_FILE}`,
);
