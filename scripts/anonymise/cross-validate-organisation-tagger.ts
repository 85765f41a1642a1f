// Chooses the organisation tagger's epochs, feature cut-off and threshold by k-fold cross-validation on the tuning half,
// split by passage: each fold is scored by a model trained on the other folds, with the rules running too.
// Run: npx tsx scripts/anonymise/cross-validate-organisation-tagger.ts [--folds 5] [--epochs 4,6] [--min-count 2,3]
//   [--thresholds -10,0,10] [--list 0] [--full] [--stress]
// --full scores the first epochs, cut-off and threshold through the whole anonymiser per fold (rules alone vs with the tagger);
// --stress scores each fold with its organisations renamed with everyday or invented trading names (capitalised, lower case).

import { seededPicker } from "../../lib/anonymise/name-tagger-augment";
import { labelledExampleOf, type TrainingExample } from "../../lib/anonymise/name-tagger-training";
import {
  organisationTrainingCopies,
  renameOrganisations,
  tradingNameWords,
} from "../../lib/anonymise/organisation-tagger-augment";
import { organisationFeatures } from "../../lib/anonymise/organisation-tagger-features";
import { foldArguments, foldTrainer, loadScorer, OFF, reportFolds, sweepAll } from "./name-tagger-cross-validation";
import { readTuningSet } from "./name-tagger-settings";
import { ORGANISATION_TAGGER_SETTINGS as SETTINGS } from "./organisation-tagger-settings";

const { passages } = readTuningSet();
const { evaluate, locateGold, anonymise } = loadScorer();
const {
  learnedOrganisations,
  withOrganisationTagger,
  ORGANISATION_READING,
}: typeof import("../../lib/anonymise/detect-organisations-learned") = require("../../lib/anonymise/detect-organisations-learned");

const {
  folds: FOLDS,
  epochs: EPOCHS,
  minimumCounts: MINIMUM_COUNTS,
  thresholds: THRESHOLDS,
  listAt,
  augment,
} = foldArguments(SETTINGS, "-10,-5,0,5,10,20,0/20");
const examples: TrainingExample[][] = passages.map((passage, index) => {
  const copies = augment ? organisationTrainingCopies(passage, index, seededPicker(SETTINGS.seed + index)) : [];
  return [passage, ...copies].map((example) => labelledExampleOf(example, organisationFeatures));
});
const trainFor = foldTrainer(examples, FOLDS, SETTINGS.seed);

console.log(
  `Cross-validation of the organisation tagger: ${passages.length} tuning passages, ${FOLDS} folds by passage (index mod ${FOLDS})`,
);
if (!process.argv.includes("--no-sweep")) {
  sweepAll({
    passages,
    folds: FOLDS,
    epochs: EPOCHS,
    minimumCounts: MINIMUM_COUNTS,
    thresholds: THRESHOLDS,
    listAt,
    category: "organisation",
    reading: ORGANISATION_READING,
    trainFor,
    ruled: withOrganisationTagger(OFF, () =>
      passages.map((passage) => anonymise(passage.text, { customTerms: passage.customTerms }).redactions),
    ),
    learned: learnedOrganisations,
    locateGold,
  });
}

reportFolds(
  {
    passages,
    folds: FOLDS,
    trainFor: (fold) => trainFor(fold, EPOCHS[0], MINIMUM_COUNTS[0]),
    thresholds: THRESHOLDS,
    withTagger: withOrganisationTagger,
    evaluate,
  },
  // Organisations renamed with trading names from the pool the training copies never use (the even-indexed half, "A").
  () => {
    const pool = tradingNameWords("A");
    return {
      category: "organisation",
      describe: "renamed organisations",
      rename: (passage, pick, lowerCase) => renameOrganisations(passage, pool, pick, { lowerCaseNames: lowerCase }),
    };
  },
);
