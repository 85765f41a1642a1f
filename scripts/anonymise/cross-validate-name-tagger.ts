// Chooses the name tagger's epochs, feature cut-off and threshold by k-fold cross-validation on the tuning half, split by passage:
// each fold is scored by a model trained on the other folds, with the rules running too; the shipped model's own training data is never its test.
// Run: npx tsx scripts/anonymise/cross-validate-name-tagger.ts [--folds 5] [--epochs 4,6,10] [--min-count 1,2,3] [--thresholds -20,0,20] [--full]
// --full scores the first epochs, cut-off and threshold given through the whole anonymiser per fold (rules alone vs rules + tagger);
// --stress scores each fold with its people renamed with ordinary-word names (capitalised, then lower case).

import { tmpdir } from "node:os";
import { ordinaryWordNames, renamePeople, seededPicker, trainingCopies } from "../../lib/anonymise/name-tagger-augment";
import type { NameTaggerModel } from "../../lib/anonymise/name-tagger-model";
import { namesFromMargins, wordMargins } from "../../lib/anonymise/name-tagger-model";
import { labelledExample, type TrainingExample, trainNameTagger } from "../../lib/anonymise/name-tagger-training";
import { readTuningSet, TAGGER_SETTINGS } from "./name-tagger-settings";

const { passages } = readTuningSet();
// Note: the scorer's module reads the labelled sets from the working directory when loaded; loading it from an
// empty one keeps the held-out half unopened (the passages scored here are passed in).
process.chdir(tmpdir());
const {
  evaluate,
  locateGold,
  percent,
}: typeof import("../../lib/anonymise/eval/score") = require("../../lib/anonymise/eval/score");
const { anonymise }: typeof import("../../lib/anonymise/anonymise") = require("../../lib/anonymise/anonymise");
const {
  learnedDetections,
  withNameTagger,
}: typeof import("../../lib/anonymise/detect-names-learned") = require("../../lib/anonymise/detect-names-learned");

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const numbers = (text: string) => text.split(",").map(Number);
const FOLDS = Number(argument("--folds", "5"));
const EPOCHS = numbers(argument("--epochs", String(TAGGER_SETTINGS.epochs)));
const MINIMUM_COUNTS = numbers(argument("--min-count", String(TAGGER_SETTINGS.minimumCount)));
/** Margins a name needs, "within/atStart" ("-5/20"; a lone number is both). */
const THRESHOLDS = argument("--thresholds", "-20,-10,-5,0,10,-5/10,-5/20").split(",");
const thresholdsOf = (pair: string) => {
  const [within, atStart = within] = pair.split("/").map(Number);
  return { threshold: within, startThreshold: atStart };
};
const LIST_AT = argument("--list", "none");
const OFF: NameTaggerModel = {
  weights: new Map(),
  threshold: Number.POSITIVE_INFINITY,
  startThreshold: Number.POSITIVE_INFINITY,
};

const foldOf = (index: number) => index % FOLDS;
const AUGMENT = !process.argv.includes("--no-augment");
const examples: TrainingExample[][] = passages.map((passage, index) => {
  const pick = seededPicker(TAGGER_SETTINGS.seed + index);
  const copies = AUGMENT ? trainingCopies(passage, index, pick) : [];
  return [passage, ...copies].map(labelledExample);
});
const trainFor = (fold: number, epochs: number, minimumCount: number) =>
  trainNameTagger(examples.filter((_, index) => foldOf(index) !== fold).flat(), {
    epochs,
    minimumCount,
    seed: TAGGER_SETTINGS.seed,
  });

interface Tally {
  persons: number;
  byRules: number;
  byTagger: number;
  byBoth: number;
  added: number;
  addedCorrect: number;
  ruleRedactions: number;
  ruleCorrect: number;
}

const emptyTally = (): Tally => ({
  persons: 0,
  byRules: 0,
  byTagger: 0,
  byBoth: 0,
  added: 0,
  addedCorrect: 0,
  ruleRedactions: 0,
  ruleCorrect: 0,
});

const covers = (spans: readonly { start: number; end: number }[], text: string, start: number, end: number) => {
  for (let index = start; index < end; index++) {
    if (/\s/u.test(text[index])) continue;
    if (!spans.some((span) => span.start <= index && index < span.end)) return false;
  }
  return true;
};

// The rules' redactions of every passage, once: the sweep adds the tagger's names where the rules found nothing.
const ruled = withNameTagger(OFF, () =>
  passages.map((passage) => anonymise(passage.text, { customTerms: passage.customTerms })),
);

/** Fast estimate for the sweep: tagger names outside the rules' redactions, scored against the gold (any kind for precision). */
function sweep(epochs: number, minimumCount: number): Map<string, Tally> {
  const tallies = new Map(THRESHOLDS.map((threshold) => [threshold, emptyTally()]));
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainFor(fold, epochs, minimumCount);
    passages.forEach((passage, index) => {
      if (foldOf(index) !== fold) return;
      const gold = locateGold(passage);
      const margins = wordMargins(model, passage.text);
      const rules = ruled[index].redactions;
      for (const [threshold, tally] of tallies) {
        const { threshold: within, startThreshold } = thresholdsOf(threshold);
        const names = namesFromMargins(margins, within, startThreshold);
        const added = learnedDetections(passage.text, names, rules);
        const both = [...rules, ...added];
        for (const occurrence of gold) {
          if (occurrence.category !== "person") continue;
          tally.persons++;
          if (covers(rules, passage.text, occurrence.start, occurrence.end)) tally.byRules++;
          if (covers(names, passage.text, occurrence.start, occurrence.end)) tally.byTagger++;
          if (covers(both, passage.text, occurrence.start, occurrence.end)) tally.byBoth++;
        }
        const correct = (span: { start: number; end: number }) =>
          gold.some((occurrence) => occurrence.start < span.end && span.start < occurrence.end);
        if (threshold === LIST_AT) {
          for (const name of added)
            console.log(
              `   ${passage.id} ${correct(name) ? "+" : "-"} “${passage.text.slice(name.start, name.end)}” … ${passage.text.slice(Math.max(0, name.start - 50), name.end + 40).replace(/\s+/gu, " ")}`,
            );
        }
        tally.added += added.length;
        tally.addedCorrect += added.filter(correct).length;
        tally.ruleRedactions += rules.length;
        tally.ruleCorrect += rules.filter(correct).length;
      }
    });
  }
  return tallies;
}

console.log(
  `Cross-validation of the name tagger: ${passages.length} tuning passages, ${FOLDS} folds by passage (index mod ${FOLDS})`,
);
console.log(
  "epochs min thresh | person recall: rules / tagger alone / rules+tagger | added (correct) | precision all: rules → with tagger",
);
for (const epochs of EPOCHS) {
  for (const minimumCount of MINIMUM_COUNTS) {
    for (const [threshold, tally] of sweep(epochs, minimumCount)) {
      const recall = (covered: number) => percent(covered / tally.persons);
      const before = tally.ruleCorrect / tally.ruleRedactions;
      const after = (tally.ruleCorrect + tally.addedCorrect) / (tally.ruleRedactions + tally.added);
      console.log(
        `${String(epochs).padStart(6)} ${String(minimumCount).padStart(3)} ${threshold.padStart(6)} | ` +
          `${recall(tally.byRules)} / ${recall(tally.byTagger)} / ${recall(tally.byBoth)} | ` +
          `${tally.added} (${tally.addedCorrect}) | ${percent(before)} → ${percent(after)}`,
      );
    }
  }
}

/**
 * Each fold's passages with every person's words swapped for names with an ordinary sense from the name
 * lexicon (the even-indexed half, "A"), capitalised or typed in lower case, scored by the fold's model:
 * neither the model nor the pool has seen those sentences.
 */
function stressRun(): void {
  const pool = ordinaryWordNames("A");
  for (const lowerCase of [false, true]) {
    const rules = { redacted: 0, gold: 0 };
    const tagged = new Map(THRESHOLDS.map((threshold) => [threshold, { redacted: 0, gold: 0 }]));
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = trainFor(fold, EPOCHS[0], MINIMUM_COUNTS[0]);
      const pick = seededPicker(fold + 1);
      const stressed = passages
        .filter((_, index) => foldOf(index) === fold)
        .flatMap((passage) => renamePeople(passage, pool, pick, { lowerCaseNames: lowerCase }) ?? []);
      const add = (into: { redacted: number; gold: number }, tagger: NameTaggerModel) => {
        const score = withNameTagger(tagger, () => evaluate(stressed)).recall.person;
        into.redacted += score?.redacted ?? 0;
        into.gold += score?.gold ?? 0;
      };
      add(rules, OFF);
      for (const [threshold, into] of tagged) add(into, { ...model, ...thresholdsOf(threshold) });
    }
    const recall = ({ redacted, gold }: { redacted: number; gold: number }) =>
      `${redacted}/${gold} ${percent(redacted / gold)}`;
    console.log(
      `stress (ordinary-word names${lowerCase ? ", lower case" : ""}, pooled over folds): person recall, rules alone ${recall(rules)}`,
    );
    for (const [threshold, score] of tagged) console.log(`   rules + tagger at ${threshold}: ${recall(score)}`);
  }
}

type Report = ReturnType<typeof evaluate>;
const KINDS = ["person", "person_not_in_name_lists", "organisation", "place", "authority", "structured"] as const;

function reportLine(name: string, report: Report): string {
  const recalls = KINDS.map((kind) => {
    const score = report.recall[kind];
    return `${kind} ${score ? `${score.redacted}/${score.gold} ${percent(score.recall)}` : "–"}`;
  });
  const all = report.precision.all ?? { correct: 0, redactions: 0, precision: 1 };
  return `${name.padEnd(16)}${recalls.join(", ")}; precision ${all.correct}/${all.redactions} ${percent(all.precision)}`;
}

/** Each fold through the whole anonymiser, bare: rules alone, then rules + the fold's model at the first threshold given. */
function fullRun(): void {
  const pooled = { rules: [] as Report[], tagger: [] as Report[] };
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = { ...trainFor(fold, EPOCHS[0], MINIMUM_COUNTS[0]), ...thresholdsOf(THRESHOLDS[0]) };
    const held = passages.filter((_, index) => foldOf(index) === fold);
    const rules = withNameTagger(OFF, () => evaluate(held));
    const tagger = withNameTagger(model, () => evaluate(held));
    pooled.rules.push(rules);
    pooled.tagger.push(tagger);
    console.log(`\nfold ${fold + 1} (${held.length} passages)`);
    console.log(reportLine("rules alone", rules));
    console.log(reportLine("rules + tagger", tagger));
  }
  console.log(`\npooled over ${FOLDS} folds`);
  console.log(reportLine("rules alone", pooledReport(pooled.rules)));
  console.log(reportLine("rules + tagger", pooledReport(pooled.tagger)));
}

function pooledReport(reports: readonly Report[]): Report {
  const total: Report = { ...reports[0], recall: {}, precision: {} };
  for (const report of reports) {
    for (const [kind, score] of Object.entries(report.recall) as [
      keyof Report["recall"],
      { gold: number; redacted: number },
    ][]) {
      const into = total.recall[kind] ?? { gold: 0, redacted: 0, redactedAsSameCategory: 0, flagged: 0, recall: 1 };
      total.recall[kind] = into;
      into.gold += score.gold;
      into.redacted += score.redacted;
      into.recall = into.redacted / into.gold;
    }
    for (const [category, score] of Object.entries(report.precision) as [
      keyof Report["precision"],
      { correct: number; redactions: number },
    ][]) {
      const into = total.precision[category] ?? { redactions: 0, correct: 0, precision: 1 };
      total.precision[category] = into;
      into.redactions += score.redactions;
      into.correct += score.correct;
      into.precision = into.correct / into.redactions;
    }
  }
  return total;
}

if (process.argv.includes("--full")) fullRun();
if (process.argv.includes("--stress")) stressRun();
