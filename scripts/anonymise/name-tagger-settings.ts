// What the name tagger's training and cross-validation share: where the tuning half is, and the settings chosen by cross-validation.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LabelledPassage } from "../../lib/anonymise/eval/labelled-passage";

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
