// Chooses the name tagger's epochs, feature cut-off and threshold by k-fold cross-validation on the tuning half, split by passage:
// each fold is scored by a model trained on the other folds, with the rules running too; the shipped model's own training data is never its test.
// Run: npx tsx scripts/anonymise/cross-validate-name-tagger.ts [--folds 5] [--epochs 4,6,10] [--min-count 1,2,3] [--thresholds -20,0,20] [--full]
// --full scores the first epochs, cut-off and threshold given through the whole anonymiser per fold (rules alone vs rules + tagger);
// --stress scores each fold with its people renamed with ordinary-word names (capitalised, then lower case).

import { ordinaryWordNames, renamePeople, trainingCopies } from "../../lib/anonymise/name-tagger-augment";
import { textFeatures } from "../../lib/anonymise/name-tagger-features";
import { PERSON_READING } from "../../lib/anonymise/name-tagger-model";
import { crossValidate, loadScorer } from "./name-tagger-cross-validation";
import { readTuningSet, TAGGER_SETTINGS } from "./name-tagger-settings";

const { passages } = readTuningSet();
const scorer = loadScorer();
const {
  learnedDetections,
  withNameTagger,
}: typeof import("../../lib/anonymise/detect-names-learned") = require("../../lib/anonymise/detect-names-learned");

crossValidate(passages, scorer, {
  name: "name tagger",
  settings: TAGGER_SETTINGS,
  thresholds: "-20,-10,-5,0,10,-5/10,-5/20",
  copies: trainingCopies,
  features: textFeatures,
  category: "person",
  reading: PERSON_READING,
  learned: learnedDetections,
  withTagger: withNameTagger,
  // People renamed with names with an ordinary sense from the name lexicon (the even-indexed half, "A").
  stress: () => {
    const pool = ordinaryWordNames("A");
    return {
      category: "person",
      describe: "ordinary-word names",
      rename: (passage, pick, lowerCase) => renamePeople(passage, pool, pick, { lowerCaseNames: lowerCase }),
    };
  },
});
