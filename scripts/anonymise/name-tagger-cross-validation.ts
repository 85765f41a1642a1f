// What the taggers' cross-validation scripts share: their arguments, the scorer (loaded so that the held-out half stays
// unopened), whole-anonymiser reports per fold and pooled over folds.

import { tmpdir } from "node:os";
import type { LabelledPassage } from "../../lib/anonymise/eval/labelled-passage";
import type { Span } from "../../lib/anonymise/known-words";
import { seededPicker } from "../../lib/anonymise/name-tagger-augment";
import type { FeatureSource } from "../../lib/anonymise/name-tagger-features";
import {
  type NameTaggerModel,
  namesFromMargins,
  type TaggedName,
  type TaggerReading,
  wordMargins,
} from "../../lib/anonymise/name-tagger-model";
import { labelledExampleOf, type TrainingExample, trainNameTagger } from "../../lib/anonymise/name-tagger-training";

export const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
export const numbers = (text: string) => text.split(",").map(Number);

/** The arguments every cross-validation script reads, with the tagger's own settings as defaults. */
export function foldArguments(settings: { epochs: number; minimumCount: number }, thresholds: string) {
  return {
    folds: Number(argument("--folds", "5")),
    epochs: numbers(argument("--epochs", String(settings.epochs))),
    minimumCounts: numbers(argument("--min-count", String(settings.minimumCount))),
    thresholds: argument("--thresholds", thresholds).split(","),
    listAt: argument("--list", "none"),
    augment: !process.argv.includes("--no-augment"),
  };
}

/** Margins a name needs, "within/atStart" ("-5/20"; a lone number is both). */
export const thresholdsOf = (pair: string) => {
  const [within, atStart = within] = pair.split("/").map(Number);
  return { threshold: within, startThreshold: atStart };
};

/** A model that tags nothing: the rules alone. */
export const OFF: NameTaggerModel = {
  weights: new Map(),
  threshold: Number.POSITIVE_INFINITY,
  startThreshold: Number.POSITIVE_INFINITY,
};

/**
 * The scorer and the anonymiser. Note: the scorer's module reads the labelled sets from the working directory when
 * loaded; loading it from an empty one keeps the held-out half unopened (the passages scored are passed in). Call
 * it after reading the tuning half.
 */
export function loadScorer() {
  process.chdir(tmpdir());
  const score: typeof import("../../lib/anonymise/eval/score") = require("../../lib/anonymise/eval/score");
  const { anonymise }: typeof import("../../lib/anonymise/anonymise") = require("../../lib/anonymise/anonymise");
  return { ...score, anonymise };
}

export const covers = (spans: readonly { start: number; end: number }[], text: string, start: number, end: number) => {
  for (let index = start; index < end; index++) {
    if (/\s/u.test(text[index])) continue;
    if (!spans.some((span) => span.start <= index && index < span.end)) return false;
  }
  return true;
};

type Report = ReturnType<ReturnType<typeof loadScorer>["evaluate"]>;
const KINDS = ["person", "person_not_in_name_lists", "organisation", "place", "authority", "structured"] as const;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function reportLine(name: string, report: Report): string {
  const recalls = KINDS.map((kind) => {
    const score = report.recall[kind];
    return `${kind} ${score ? `${score.redacted}/${score.gold} ${percent(score.recall)}` : "–"}`;
  });
  const precisions = (["person", "organisation", "all"] as const).map((category) => {
    const score = report.precision[category] ?? { correct: 0, redactions: 0, precision: 1 };
    return `${category} ${score.correct}/${score.redactions} ${percent(score.precision)}`;
  });
  return `${name.padEnd(16)}${recalls.join(", ")}; precision ${precisions.join(", ")}`;
}

export function pooledReport(reports: readonly Report[]): Report {
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

/** What scoring the folds through the whole anonymiser needs. */
export interface FoldSetup {
  passages: readonly LabelledPassage[];
  folds: number;
  /** Each fold's model, trained on the other folds with the first epochs and cut-off given. */
  trainFor: (fold: number) => NameTaggerModel;
  thresholds: readonly string[];
  withTagger: <Answer>(model: NameTaggerModel, work: () => Answer) => Answer;
  evaluate: (passages: LabelledPassage[]) => Report;
}

/** Trains a fold's model on the examples of the other folds (passage `index` is in fold `index % folds`). */
export function foldTrainer(examples: readonly TrainingExample[][], folds: number, seed: number) {
  return (fold: number, epochs: number, minimumCount: number) =>
    trainNameTagger(examples.filter((_, index) => index % folds !== fold).flat(), { epochs, minimumCount, seed });
}

const heldIn = (setup: FoldSetup, fold: number) => setup.passages.filter((_, index) => index % setup.folds === fold);

/** Each fold through the whole anonymiser, bare: rules alone, then with the fold's model at the first threshold; then pooled. */
export function fullRun(setup: FoldSetup): void {
  const pooled = { rules: [] as Report[], tagger: [] as Report[] };
  for (let fold = 0; fold < setup.folds; fold++) {
    const model = { ...setup.trainFor(fold), ...thresholdsOf(setup.thresholds[0]) };
    const held = heldIn(setup, fold);
    const rules = setup.withTagger(OFF, () => setup.evaluate(held));
    const tagger = setup.withTagger(model, () => setup.evaluate(held));
    pooled.rules.push(rules);
    pooled.tagger.push(tagger);
    console.log(`\nfold ${fold + 1} (${held.length} passages)`);
    console.log(reportLine("rules alone", rules));
    console.log(reportLine("rules + tagger", tagger));
  }
  console.log(`\npooled over ${setup.folds} folds`);
  console.log(reportLine("rules alone", pooledReport(pooled.rules)));
  console.log(reportLine("rules + tagger", pooledReport(pooled.tagger)));
}

/**
 * Each fold's passages with the tagger's kind renamed by `rename` (capitalised, then in lower case), scored with the
 * rules alone and with the fold's model at each threshold: neither the model nor the pool has seen those names.
 */
export function stressRun(
  setup: FoldSetup,
  stress: {
    category: "person" | "organisation";
    describe: string;
    rename: (passage: LabelledPassage, pick: (list: readonly string[]) => string, lowerCase: boolean) => unknown;
  },
): void {
  for (const lowerCase of [false, true]) {
    const rules = { redacted: 0, gold: 0 };
    const tagged = new Map(setup.thresholds.map((threshold) => [threshold, { redacted: 0, gold: 0 }]));
    for (let fold = 0; fold < setup.folds; fold++) {
      const model = setup.trainFor(fold);
      const pick = seededPicker(fold + 1);
      const stressed = heldIn(setup, fold).flatMap(
        (passage) => (stress.rename(passage, pick, lowerCase) as LabelledPassage | null) ?? [],
      );
      const add = (into: { redacted: number; gold: number }, tagger: NameTaggerModel) => {
        const score = setup.withTagger(tagger, () => setup.evaluate(stressed)).recall[stress.category];
        into.redacted += score?.redacted ?? 0;
        into.gold += score?.gold ?? 0;
      };
      add(rules, OFF);
      for (const [threshold, into] of tagged) add(into, { ...model, ...thresholdsOf(threshold) });
    }
    const recall = ({ redacted, gold }: { redacted: number; gold: number }) =>
      `${redacted}/${gold} ${percent(redacted / gold)}`;
    console.log(
      `stress (${stress.describe}${lowerCase ? ", lower case" : ""}, pooled over folds): ${stress.category} recall, rules alone ${recall(rules)}`,
    );
    for (const [threshold, score] of tagged) console.log(`   rules + tagger at ${threshold}: ${recall(score)}`);
  }
}

interface Tally {
  gold: number;
  byRules: number;
  byTagger: number;
  byBoth: number;
  added: number;
  addedCorrect: number;
  ruleRedactions: number;
  ruleCorrect: number;
}

const emptyTally = (): Tally => ({
  gold: 0,
  byRules: 0,
  byTagger: 0,
  byBoth: 0,
  added: 0,
  addedCorrect: 0,
  ruleRedactions: 0,
  ruleCorrect: 0,
});

export interface SweepSetup {
  passages: readonly LabelledPassage[];
  folds: number;
  epochs: readonly number[];
  minimumCounts: readonly number[];
  thresholds: readonly string[];
  /** A threshold whose added spans are listed, one a line ("+" correct, "-" not). */
  listAt: string;
  category: "person" | "organisation";
  reading: TaggerReading;
  trainFor: (fold: number, epochs: number, minimumCount: number) => NameTaggerModel;
  /** The rules' redactions of every passage, worked out once: the sweep adds the tagger's spans where they found nothing. */
  ruled: readonly (readonly Span[])[];
  learned: (text: string, names: readonly TaggedName[], ruled: readonly Span[]) => Span[];
  locateGold: (passage: LabelledPassage) => { start: number; end: number; category: string }[];
}

/** Fast estimate for the sweep: tagger spans outside the rules' redactions, scored against the gold (any kind for precision). */
function sweep(setup: SweepSetup, epochs: number, minimumCount: number): Map<string, Tally> {
  const { passages, folds, thresholds, category, ruled } = setup;
  const tallies = new Map(thresholds.map((threshold) => [threshold, emptyTally()]));
  for (let fold = 0; fold < folds; fold++) {
    const model = setup.trainFor(fold, epochs, minimumCount);
    passages.forEach((passage, index) => {
      if (index % folds !== fold) return;
      const gold = setup.locateGold(passage);
      const margins = wordMargins(model, passage.text, setup.reading);
      const rules = ruled[index];
      for (const [threshold, tally] of tallies) {
        const { threshold: within, startThreshold } = thresholdsOf(threshold);
        const names = namesFromMargins(margins, within, startThreshold);
        const added = setup.learned(passage.text, names, rules);
        const both = [...rules, ...added];
        for (const occurrence of gold) {
          if (occurrence.category !== category) continue;
          tally.gold++;
          if (covers(rules, passage.text, occurrence.start, occurrence.end)) tally.byRules++;
          if (covers(names, passage.text, occurrence.start, occurrence.end)) tally.byTagger++;
          if (covers(both, passage.text, occurrence.start, occurrence.end)) tally.byBoth++;
        }
        const correct = (span: Span) =>
          gold.some((occurrence) => occurrence.start < span.end && span.start < occurrence.end);
        if (threshold === setup.listAt) {
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

/** Sweeps every epochs, cut-off and threshold given, a line each. */
export function sweepAll(setup: SweepSetup): void {
  console.log(
    `epochs min thresh | ${setup.category} recall: rules / tagger alone / rules+tagger | added (correct) | precision all: rules → with tagger`,
  );
  for (const epochs of setup.epochs) {
    for (const minimumCount of setup.minimumCounts) {
      for (const [threshold, tally] of sweep(setup, epochs, minimumCount)) {
        const recall = (covered: number) => percent(covered / tally.gold);
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
}

/** What cross-validating one tagger needs beyond the tuning half and the scorer. */
export interface TaggerUnderTest {
  name: string;
  settings: { epochs: number; minimumCount: number; seed: number };
  /** The thresholds swept when none are given. */
  thresholds: string;
  copies: (passage: LabelledPassage, index: number, pick: (list: readonly string[]) => string) => LabelledPassage[];
  features: FeatureSource;
  category: "person" | "organisation";
  reading: TaggerReading;
  learned: SweepSetup["learned"];
  withTagger: FoldSetup["withTagger"];
  stress: () => Parameters<typeof stressRun>[1];
}

/** The sweep (unless `--no-sweep`), then `--full` and `--stress` when asked for. */
export function crossValidate(
  passages: readonly LabelledPassage[],
  scorer: ReturnType<typeof loadScorer>,
  tagger: TaggerUnderTest,
): void {
  const { folds, epochs, minimumCounts, thresholds, listAt, augment } = foldArguments(
    tagger.settings,
    tagger.thresholds,
  );
  const examples: TrainingExample[][] = passages.map((passage, index) => {
    const copies = augment ? tagger.copies(passage, index, seededPicker(tagger.settings.seed + index)) : [];
    return [passage, ...copies].map((example) => labelledExampleOf(example, tagger.features));
  });
  const trainFor = foldTrainer(examples, folds, tagger.settings.seed);
  console.log(
    `Cross-validation of the ${tagger.name}: ${passages.length} tuning passages, ${folds} folds by passage (index mod ${folds})`,
  );
  if (!process.argv.includes("--no-sweep")) {
    // The rules' redactions of every passage, once: the sweep adds the tagger's spans where the rules found nothing.
    const ruled = tagger.withTagger(OFF, () =>
      passages.map((passage) => scorer.anonymise(passage.text, { customTerms: passage.customTerms }).redactions),
    );
    const { category, reading, learned } = tagger;
    sweepAll({
      passages,
      folds,
      epochs,
      minimumCounts,
      thresholds,
      listAt,
      category,
      reading,
      trainFor,
      ruled,
      learned,
      locateGold: scorer.locateGold,
    });
  }
  const setup: FoldSetup = {
    passages,
    folds,
    trainFor: (fold) => trainFor(fold, epochs[0], minimumCounts[0]),
    thresholds,
    withTagger: tagger.withTagger,
    evaluate: scorer.evaluate,
  };
  if (process.argv.includes("--full")) fullRun(setup);
  if (process.argv.includes("--stress")) stressRun(setup, tagger.stress());
}
