// Scores the anonymiser on both halves of the labelled set, bare and with the roster; lists leaks and false positives for the tuning half only.
import {
  heldOutMissingMessage,
  heldOutSet,
  type LabelledPassage,
  tuningSet,
} from "../lib/anonymise/eval/labelled-sets";
import {
  type Bucket,
  type EvaluationReport,
  evaluate,
  failingTargets,
  HELD_OUT_MINIMUM_PASSAGES,
  HELD_OUT_RECALL_TARGETS,
  PRECISION_TARGET,
  percent,
  RECALL_TARGETS,
  STRUCTURED_CATEGORIES,
} from "../lib/anonymise/eval/score";

interface Run {
  name: string;
  report: EvaluationReport;
}

const BUCKETS: Bucket[] = [
  ...STRUCTURED_CATEGORIES,
  "structured",
  "authority",
  "place",
  "person",
  "person_not_in_name_lists",
  "organisation",
  "roster",
];

function runs(label: string, passages: readonly LabelledPassage[]): Run[] {
  return [
    { name: `${label} bare`, report: evaluate(passages) },
    { name: `${label} roster`, report: evaluate(passages, { withRoster: true }) },
  ];
}

// `--tuning-only` is for whoever is writing rules: they see the tuning half's figures and leaks and
// nothing of the held-out half, not even its aggregates, so no rule can be chosen by how it moves them.
const tuningOnly = process.argv.includes("--tuning-only");
const tuning = runs("tuning", tuningSet);
const heldOut = heldOutSet.length > 0 && !tuningOnly ? runs("held-out", heldOutSet) : [];
const all = [...tuning, ...heldOut];

console.log(
  tuningOnly
    ? `Anonymiser evaluation: tuning half ${tuningSet.length} passages (held-out half not scored: --tuning-only)`
    : `Anonymiser evaluation: tuning half ${tuningSet.length} passages, held-out half ${heldOutSet.length} passages`,
);
if (heldOutSet.length === 0) console.log(heldOutMissingMessage);

const cell = (text: string) => text.padStart(27);
console.log(
  "\nRECALL per kind: redacted/gold, recall and (+N) misses a flag touches (automatic redactions only; flags are not redactions)",
);
console.log(`${"kind".padEnd(26)}${all.map((run) => cell(run.name)).join("")}`);
for (const bucket of BUCKETS) {
  const scores = all.map((run) => run.report.recall[bucket]);
  if (scores.every((score) => !score)) continue;
  const cells = scores.map((score) =>
    cell(score ? `${score.redacted}/${score.gold} ${percent(score.recall)} (+${score.flagged})` : "–"),
  );
  console.log(`${bucket.padEnd(26)}${cells.join("")}`);
}

console.log("\nPRECISION per category: correct/redactions and precision (correct = overlaps a gold span)");
console.log(`${"category".padEnd(26)}${all.map((run) => cell(run.name)).join("")}`);
const categories = [...new Set(all.flatMap((run) => Object.keys(run.report.precision)))].sort((left, right) =>
  left === "all" ? 1 : right === "all" ? -1 : left.localeCompare(right),
);
for (const category of categories) {
  const cells = all.map((run) => {
    const score = run.report.precision[category as keyof EvaluationReport["precision"]];
    return cell(score ? `${score.correct}/${score.redactions} ${percent(score.precision)}` : "–");
  });
  console.log(`${category.padEnd(26)}${cells.join("")}`);
}

console.log("\nQUASI-IDENTIFIER FLAGS: expected flags found/expected");
const flagKinds = [...new Set(all.flatMap((run) => Object.keys(run.report.expectedFlagsByKind)))].sort();
for (const kind of [...flagKinds, "all"]) {
  const cells = all.map((run) => {
    const score =
      kind === "all"
        ? run.report.expectedFlags
        : run.report.expectedFlagsByKind[kind as keyof EvaluationReport["expectedFlagsByKind"]];
    return cell(score && score.expected > 0 ? `${score.found}/${score.expected}` : "–");
  });
  console.log(`${kind.padEnd(26)}${cells.join("")}`);
}

// Note: the held-out half's passages, misses and false positives are never printed, only its aggregates.
for (const run of tuning) {
  console.log(`\nLEAKED (${run.name}, ${run.report.misses.length})`);
  for (const miss of run.report.misses) {
    console.log(
      `  ${miss.passage.padEnd(6)} ${miss.category.padEnd(12)} “${miss.text}”${miss.flagged ? " (flagged)" : ""}${miss.redactedAs ? ` partly redacted as ${miss.redactedAs}` : ""}`,
    );
  }
  console.log(`FALSE POSITIVES (${run.name}, ${run.report.falsePositives.length})`);
  for (const falsePositive of run.report.falsePositives) {
    console.log(
      `  ${falsePositive.passage.padEnd(6)} ${falsePositive.category.padEnd(12)} “${falsePositive.text}” — ${falsePositive.reason}`,
    );
  }
}

const failures = [
  ...failingTargets(tuning[0].report).map((failure) => `tuning: ${failure}`),
  ...(tuningOnly
    ? []
    : heldOut.length === 0
      ? ["held-out: no held-out set"]
      : [
          ...(heldOutSet.length < HELD_OUT_MINIMUM_PASSAGES
            ? [`held-out: ${heldOutSet.length} passages < ${HELD_OUT_MINIMUM_PASSAGES}`]
            : []),
          ...failingTargets(heldOut[0].report, HELD_OUT_RECALL_TARGETS, { requireEveryBucket: false }).map(
            (failure) => `held-out: ${failure}`,
          ),
        ]),
];
console.log(
  `\nTargets: tuning ${describe(RECALL_TARGETS)}; held-out ${describe(HELD_OUT_RECALL_TARGETS)}; precision ≥ ${percent(PRECISION_TARGET)}`,
);
console.log(failures.length === 0 ? "All targets met." : `Targets not met:\n  ${failures.join("\n  ")}`);
process.exitCode = failures.length === 0 ? 0 : 1;

function describe(targets: Partial<Record<Bucket, number>>): string {
  return Object.entries(targets)
    .map(([bucket, target]) => `${bucket} ≥ ${percent(target ?? 0)}`)
    .join(", ");
}
