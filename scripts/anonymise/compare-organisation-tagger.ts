// The tuning half through the whole anonymiser with the shipped organisation tagger off, then on (in-sample figures:
// the tagger was trained on these passages; cross-validate-organisation-tagger.ts gives the honest ones).
// Run: npx tsx scripts/anonymise/compare-organisation-tagger.ts

import { loadScorer, OFF, reportLine } from "./name-tagger-cross-validation";
import { readTuningSet } from "./name-tagger-settings";

const { passages } = readTuningSet();
const { evaluate } = loadScorer();
const {
  withOrganisationTagger,
}: typeof import("../../lib/anonymise/detect-organisations-learned") = require("../../lib/anonymise/detect-organisations-learned");

console.log(
  reportLine(
    "without tagger",
    withOrganisationTagger(OFF, () => evaluate(passages)),
  ),
);
console.log(reportLine("with tagger", evaluate(passages)));
