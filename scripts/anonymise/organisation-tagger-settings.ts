// What the organisation tagger's training and cross-validation share: where its model goes and the settings chosen by
// cross-validation (the tuning half is read as the name tagger's scripts read it).

import { join } from "node:path";

export const ORGANISATION_MODEL_FILE = join(process.cwd(), "lib", "anonymise", "data", "organisation-tagger.json");

/** Chosen by `cross-validate-organisation-tagger.ts` on the tuning half's folds: the sweep, `--full` and `--stress`. */
export const ORGANISATION_TAGGER_SETTINGS = {
  epochs: 6,
  minimumCount: 2,
  seed: 17,
  threshold: 5,
  startThreshold: 20,
  scale: 1000,
};
