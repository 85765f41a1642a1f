// Chooses the organisation tagger's epochs, feature cut-off and threshold by k-fold cross-validation on the tuning half,
// split by passage: each fold is scored by a model trained on the other folds, with the rules running too.
// Run: npx tsx scripts/anonymise/cross-validate-organisation-tagger.ts [--folds 5] [--epochs 4,6] [--min-count 2,3]
//   [--thresholds -10,0,10] [--list 0] [--no-sweep] [--full] [--stress]
// --full scores the first epochs, cut-off and threshold through the whole anonymiser per fold (rules alone vs with the tagger);
// --stress scores each fold with its organisations renamed with everyday or invented trading names (capitalised, lower case).

import {
  organisationTrainingCopies,
  renameOrganisations,
  tradingNameWords,
} from "../../lib/anonymise/organisation-tagger-augment";
import { organisationFeatures } from "../../lib/anonymise/organisation-tagger-features";
import { crossValidate, loadScorer } from "./name-tagger-cross-validation";
import { readTuningSet } from "./name-tagger-settings";
import { ORGANISATION_TAGGER_SETTINGS } from "./organisation-tagger-settings";

const { passages } = readTuningSet();
const scorer = loadScorer();
const {
  learnedOrganisations,
  withOrganisationTagger,
  ORGANISATION_READING,
}: typeof import("../../lib/anonymise/detect-organisations-learned") = require("../../lib/anonymise/detect-organisations-learned");

crossValidate(passages, scorer, {
  name: "organisation tagger",
  settings: ORGANISATION_TAGGER_SETTINGS,
  thresholds: "-10,-5,0,5,10,20,5/20",
  copies: organisationTrainingCopies,
  features: organisationFeatures,
  category: "organisation",
  reading: ORGANISATION_READING,
  learned: learnedOrganisations,
  withTagger: withOrganisationTagger,
  // Organisations renamed with trading names from the pool the training copies never use (the even-indexed half, "A").
  stress: () => {
    const pool = tradingNameWords("A");
    return {
      category: "organisation",
      describe: "renamed organisations",
      rename: (passage, pick, lowerCase) => renameOrganisations(passage, pool, pick, { lowerCaseNames: lowerCase }),
    };
  },
});
