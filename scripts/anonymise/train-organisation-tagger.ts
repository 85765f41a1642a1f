// Trains the learned organisation tagger on the tuning half and writes lib/anonymise/data/organisation-tagger.json
// (with the tuning set's SHA-256).
// Run: npx tsx scripts/anonymise/train-organisation-tagger.ts   (deterministic: the same tuning set gives the same file)

import { seededPicker } from "../../lib/anonymise/name-tagger-augment";
import { organisationTrainingCopies } from "../../lib/anonymise/organisation-tagger-augment";
import { organisationFeatures } from "../../lib/anonymise/organisation-tagger-features";
import { trainAndStore } from "./name-tagger-settings";
import { ORGANISATION_MODEL_FILE, ORGANISATION_TAGGER_SETTINGS } from "./organisation-tagger-settings";

// Each passage also trains in two copies with its organisations renamed (everyday or invented trading names; lower case).
trainAndStore({
  settings: ORGANISATION_TAGGER_SETTINGS,
  copies: organisationTrainingCopies,
  pickerFor: seededPicker,
  features: organisationFeatures,
  file: ORGANISATION_MODEL_FILE,
  about:
    "Learned organisation tagger: averaged-perceptron weights over word-shape, word-class and context features. " +
    "Rebuild with `npx tsx scripts/anonymise/train-organisation-tagger.ts`.",
});
