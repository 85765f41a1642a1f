// Trains the learned name tagger on the tuning half and writes lib/anonymise/data/name-tagger.json (with the tuning set's SHA-256).
// Run: npx tsx scripts/anonymise/train-name-tagger.ts   (deterministic: the same tuning set gives the same file)

import { seededPicker, trainingCopies } from "../../lib/anonymise/name-tagger-augment";
import { MODEL_FILE, TAGGER_SETTINGS, trainAndStore } from "./name-tagger-settings";

// Each passage also trains in two renamed copies (ordinary-word names; lower case), as in cross-validation.
trainAndStore({ settings: TAGGER_SETTINGS, copies: trainingCopies, pickerFor: seededPicker, file: MODEL_FILE });
