// Chooses the name tagger's epochs, feature cut-off and threshold by k-fold cross-validation on the tuning half, split by passage:
// each fold is scored by a model trained on the other folds, with the rules running too; the shipped model's own training data is never its test.
// Run: npx tsx scripts/anonymise/cross-validate-name-tagger.ts [--folds 5] [--epochs 4,6,10] [--min-count 1,2,3] [--thresholds -20,0,20] [--full]
// --full scores the first epochs, cut-off and threshold given through the whole anonymiser per fold (rules alone vs rules + tagger);
// --stress scores each fold with its people renamed with ordinary-word names (capitalised, then lower case).

import { ordinaryWordNames, renamePeople, seededPicker, trainingCopies } from "../../lib/anonymise/name-tagger-augment";
import { PERSON_READING } from "../../lib/anonymise/name-tagger-model";
import { labelledExample, type TrainingExample } from "../../lib/anonymise/name-tagger-training";
import { foldArguments, foldTrainer, loadScorer, OFF, reportFolds, sweepAll } from "./name-tagger-cross-validation";
import { readTuningSet, TAGGER_SETTINGS } from "./name-tagger-settings";

const { passages } = readTuningSet();
const { evaluate, locateGold, anonymise } = loadScorer();
const {
  learnedDetections,
  withNameTagger,
}: typeof import("../../lib/anonymise/detect-names-learned") = require("../../lib/anonymise/detect-names-learned");

const {
  folds: FOLDS,
  epochs: EPOCHS,
  minimumCounts: MINIMUM_COUNTS,
  thresholds: THRESHOLDS,
  listAt,
  augment,
} = foldArguments(TAGGER_SETTINGS, "-20,-10,-5,0,10,-5/10,-5/20");
const examples: TrainingExample[][] = passages.map((passage, index) => {
  const pick = seededPicker(TAGGER_SETTINGS.seed + index);
  const copies = augment ? trainingCopies(passage, index, pick) : [];
  return [passage, ...copies].map(labelledExample);
});
const trainFor = foldTrainer(examples, FOLDS, TAGGER_SETTINGS.seed);

// The rules' redactions of every passage, once: the sweep adds the tagger's names where the rules found nothing.
const ruled = withNameTagger(OFF, () =>
  passages.map((passage) => anonymise(passage.text, { customTerms: passage.customTerms }).redactions),
);

console.log(
  `Cross-validation of the name tagger: ${passages.length} tuning passages, ${FOLDS} folds by passage (index mod ${FOLDS})`,
);
sweepAll({
  passages,
  folds: FOLDS,
  epochs: EPOCHS,
  minimumCounts: MINIMUM_COUNTS,
  thresholds: THRESHOLDS,
  listAt,
  category: "person",
  reading: PERSON_READING,
  trainFor,
  ruled,
  learned: learnedDetections,
  locateGold,
});

reportFolds(
  {
    passages,
    folds: FOLDS,
    trainFor: (fold) => trainFor(fold, EPOCHS[0], MINIMUM_COUNTS[0]),
    thresholds: THRESHOLDS,
    withTagger: withNameTagger,
    evaluate,
  },
  // People renamed with names with an ordinary sense from the name lexicon (the even-indexed half, "A").
  () => {
    const pool = ordinaryWordNames("A");
    return {
      category: "person",
      describe: "ordinary-word names",
      rename: (passage, pick, lowerCase) => renamePeople(passage, pool, pick, { lowerCaseNames: lowerCase }),
    };
  },
);
