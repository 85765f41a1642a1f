// Prints recall per category (automatic redactions only; flags counted separately) and precision for the anonymiser's labelled set.
import {
  type Bucket,
  evaluate,
  failingTargets,
  PRECISION_TARGET,
  percent,
  RECALL_TARGETS,
  STRUCTURED_CATEGORIES,
} from "../lib/anonymise/eval/score";

const report = evaluate();
const rows: Bucket[] = [
  ...STRUCTURED_CATEGORIES,
  "structured",
  "authority",
  "place",
  "person",
  "person_not_in_name_lists",
  "organisation",
  "roster",
];

console.log(`Anonymiser evaluation: ${report.passages} passages\n`);
console.log("RECALL (a span counts only if automatic redactions cover all of it; flags are not redactions)");
console.log(
  `${"category".padEnd(26)}${"gold".padStart(6)}${"redacted".padStart(10)}${"recall".padStart(9)}${"same cat.".padStart(11)}${"flagged".padStart(9)}${"target".padStart(9)}`,
);
for (const bucket of rows) {
  const score = report.recall[bucket];
  if (!score) continue;
  const target = RECALL_TARGETS[bucket];
  console.log(
    `${bucket.padEnd(26)}${String(score.gold).padStart(6)}${String(score.redacted).padStart(10)}${percent(score.recall).padStart(9)}${String(score.redactedAsSameCategory).padStart(11)}${String(score.flagged).padStart(9)}${(target === undefined ? "" : percent(target)).padStart(9)}`,
  );
}

console.log("\nPRECISION (a redaction is correct if it overlaps a gold span)");
console.log(`${"category".padEnd(26)}${"redactions".padStart(11)}${"correct".padStart(9)}${"precision".padStart(11)}`);
for (const [category, score] of Object.entries(report.precision)) {
  if (!score) continue;
  console.log(
    `${category.padEnd(26)}${String(score.redactions).padStart(11)}${String(score.correct).padStart(9)}${percent(score.precision).padStart(11)}`,
  );
}
console.log(`target (all): ${percent(PRECISION_TARGET)}`);

console.log(
  `\nQuasi-identifier flags: ${report.expectedFlags.found}/${report.expectedFlags.expected} expected flags raised`,
);

console.log(`\nMISSES (${report.misses.length})`);
for (const miss of report.misses) {
  console.log(
    `  ${miss.passage.padEnd(5)} ${miss.category.padEnd(12)} “${miss.text}”${miss.flagged ? " (flagged)" : ""}${miss.redactedAs ? ` partly redacted as ${miss.redactedAs}` : ""}`,
  );
}
console.log(`\nFALSE POSITIVES (${report.falsePositives.length})`);
for (const falsePositive of report.falsePositives) {
  console.log(
    `  ${falsePositive.passage.padEnd(5)} ${falsePositive.category.padEnd(12)} “${falsePositive.text}” — ${falsePositive.reason}`,
  );
}

const failures = failingTargets(report);
console.log(failures.length === 0 ? "\nAll targets met." : `\nTargets not met:\n  ${failures.join("\n  ")}`);
process.exitCode = failures.length === 0 ? 0 : 1;
