import { anonymise } from "../anonymise";
import { isLexiconFirstName, isLexiconSurname } from "../known-words";
import { isGazetteerGivenName, isGazetteerSurname } from "../name-gazetteer";
import { isLexiconFamilyName, isLexiconGivenName } from "../name-lexicon";
import { foldForMatch, isWordCharacterAt } from "../text-matching";
import type { AnonymiseResult, Flag, RedactionCategory } from "../types";
import type { ExpectedFlag, GoldCategory, LabelledPassage } from "./labelled-passage";
import { tuningSet } from "./labelled-sets";

export const STRUCTURED_CATEGORIES: GoldCategory[] = [
  "email",
  "phone",
  "postcode",
  "nhs_number",
  "ni_number",
  "url",
  "case_number",
  "date",
];

/** `roster` scores roster names when the roster is supplied; the same names also count under `person` without it. */
export type Bucket = GoldCategory | "structured" | "roster" | "person_not_in_name_lists";

export const RECALL_TARGETS: Partial<Record<Bucket, number>> = {
  structured: 1,
  person: 0.95,
  place: 0.95,
  authority: 0.95,
  roster: 1,
};
export const PRECISION_TARGET = 0.85;

/** The targets for the held-out half: automatic redactions only, without the roster. */
export const HELD_OUT_RECALL_TARGETS: Partial<Record<Bucket, number>> = {
  structured: 1,
  person: 0.98,
  place: 0.98,
  authority: 0.98,
  organisation: 0.98,
};
export const HELD_OUT_MINIMUM_PASSAGES = 300;

/**
 * What the held-out half gave when the rules were last changed (2026-12-08, sixth session): a floor so that no later
 * change makes unseen text leak more. The organisation target is not met yet; the eval prints both.
 */
export const HELD_OUT_RECALL_FLOORS: Partial<Record<Bucket, number>> = {
  structured: 1,
  person: 0.982,
  place: 0.984,
  authority: 1,
  organisation: 0.974,
};
/**
 * Precision's floor sits well above the 85% target but below the figure of the last change (96.0%): a leak is
 * the harm and an extra redaction a cost to readability, so a rule that catches more may spend a little
 * precision, and no one is tempted to drop a recall rule because a held-out figure moved by a point.
 */
export const HELD_OUT_PRECISION_FLOOR = 0.95;

export interface RecallScore {
  gold: number;
  /** Fully covered by automatic redactions (any category). */
  redacted: number;
  /** Covered by a redaction of the gold span's own category. */
  redactedAsSameCategory: number;
  /** Not redacted, but a flag touches it (a flag is not a redaction). */
  flagged: number;
  recall: number;
}

export interface PrecisionScore {
  redactions: number;
  /** Redactions that overlap a gold span of the passage. */
  correct: number;
  precision: number;
}

export interface Miss {
  passage: string;
  text: string;
  category: Bucket;
  flagged: boolean;
  redactedAs?: string;
}

export interface FalsePositive {
  passage: string;
  text: string;
  category: RedactionCategory;
  reason: string;
}

export interface EvaluationReport {
  passages: number;
  recall: Partial<Record<Bucket, RecallScore>>;
  precision: Partial<Record<RedactionCategory | "all", PrecisionScore>>;
  expectedFlags: { expected: number; found: number };
  /** Expected quasi-identifier flags by kind. */
  expectedFlagsByKind: Partial<Record<ExpectedFlag["kind"], { expected: number; found: number }>>;
  misses: Miss[];
  falsePositives: FalsePositive[];
}

interface GoldOccurrence {
  start: number;
  end: number;
  text: string;
  category: GoldCategory;
}

/** Every whole-word, case-sensitive occurrence of each gold text; longer gold texts claim their region first. */
export function locateGold(passage: LabelledPassage): GoldOccurrence[] {
  const occurrences: GoldOccurrence[] = [];
  const ordered = [...passage.gold].sort((left, right) => right.text.length - left.text.length);
  for (const span of ordered) {
    let from = 0;
    for (;;) {
      const start = passage.text.indexOf(span.text, from);
      if (start === -1) break;
      const end = start + span.text.length;
      from = start + 1;
      const wholeWord = !isWordCharacterAt(passage.text, start - 1) && !isWordCharacterAt(passage.text, end);
      const claimed = occurrences.some((other) => other.start < end && start < other.end);
      if (wholeWord && !claimed) occurrences.push({ start, end, text: span.text, category: span.category });
    }
  }
  return occurrences.sort((left, right) => left.start - right.start);
}

function isCovered(text: string, start: number, end: number, result: AnonymiseResult, onlyRoster = false): boolean {
  const redactions = onlyRoster
    ? result.redactions.filter((redaction) => redaction.source === "roster")
    : result.redactions;
  for (let index = start; index < end; index++) {
    if (/\s/u.test(text[index])) continue;
    if (!redactions.some((redaction) => redaction.start <= index && index < redaction.end)) return false;
  }
  return true;
}

function emptyRecall(): RecallScore {
  return { gold: 0, redacted: 0, redactedAsSameCategory: 0, flagged: 0, recall: 1 };
}

function isInNameLists(text: string): boolean {
  return text
    .split(/[\s-]+/u)
    .some(
      (word) =>
        isGazetteerGivenName(word) ||
        isGazetteerSurname(word) ||
        isLexiconFirstName(word) ||
        isLexiconSurname(word) ||
        isLexiconGivenName(word) ||
        isLexiconFamilyName(word),
    );
}

function isRosterName(text: string, roster: readonly string[]): boolean {
  const parts = new Set(roster.flatMap((name) => foldForMatch(name).split(/[\s-]+/u)));
  return foldForMatch(text)
    .split(/[\s-]+/u)
    .every((word) => parts.has(word));
}

export interface EvaluateOptions {
  /** Give every passage its roster in the main run too (figures "with roster"); the default is bare. */
  withRoster?: boolean;
}

/**
 * Runs the labelled set through `anonymise` without a roster (person, place, authority, structured
 * and precision figures), then again with each passage's roster (roster figures). With `withRoster`
 * the main run gets the roster as well, so every figure is "with roster".
 */
export function evaluate(
  passages: readonly LabelledPassage[] = tuningSet,
  options: EvaluateOptions = {},
): EvaluationReport {
  const recall: Partial<Record<Bucket, RecallScore>> = {};
  const precision: Partial<Record<RedactionCategory | "all", PrecisionScore>> = {};
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  const expectedFlags = { expected: 0, found: 0 };
  const expectedFlagsByKind: EvaluationReport["expectedFlagsByKind"] = {};

  const count = (bucket: Bucket, covered: boolean, sameCategory: boolean, flagged: boolean) => {
    const score = recall[bucket] ?? emptyRecall();
    score.gold++;
    if (covered) score.redacted++;
    if (covered && sameCategory) score.redactedAsSameCategory++;
    if (!covered && flagged) score.flagged++;
    score.recall = score.redacted / score.gold;
    recall[bucket] = score;
  };

  for (const passage of passages) {
    const gold = locateGold(passage);
    const result = anonymise(passage.text, {
      customTerms: passage.customTerms,
      roster: options.withRoster ? passage.roster : undefined,
    });

    for (const occurrence of gold) {
      const covered = isCovered(passage.text, occurrence.start, occurrence.end, result);
      const overlapping = result.redactions.filter(
        (redaction) => redaction.start < occurrence.end && occurrence.start < redaction.end,
      );
      const sameCategory = overlapping.some((redaction) => redaction.category === occurrence.category);
      const flagged = result.flags.some((flag) => flag.start < occurrence.end && occurrence.start < flag.end);
      const buckets: Bucket[] = [occurrence.category];
      if (STRUCTURED_CATEGORIES.includes(occurrence.category)) buckets.push("structured");
      if (occurrence.category === "person" && !isInNameLists(occurrence.text)) buckets.push("person_not_in_name_lists");
      for (const bucket of buckets) count(bucket, covered, sameCategory, flagged);
      if (!covered) {
        misses.push({
          passage: passage.id,
          text: occurrence.text,
          category: occurrence.category,
          flagged,
          redactedAs:
            overlapping.map((redaction) => `${redaction.category} “${redaction.text}”`).join(", ") || undefined,
        });
      }
    }

    for (const redaction of result.redactions) {
      const correct = gold.some((occurrence) => occurrence.start < redaction.end && redaction.start < occurrence.end);
      for (const key of [redaction.category, "all"] as const) {
        const score = precision[key] ?? { redactions: 0, correct: 0, precision: 1 };
        score.redactions++;
        if (correct) score.correct++;
        score.precision = score.correct / score.redactions;
        precision[key] = score;
      }
      if (!correct) {
        falsePositives.push({
          passage: passage.id,
          text: redaction.text,
          category: redaction.category,
          reason: redaction.reason,
        });
      }
    }

    for (const expected of passage.expectedFlags ?? []) {
      const byKind = expectedFlagsByKind[expected.kind] ?? { expected: 0, found: 0 };
      expectedFlagsByKind[expected.kind] = byKind;
      expectedFlags.expected++;
      byKind.expected++;
      const start = passage.text.indexOf(expected.text);
      const end = start + expected.text.length;
      if (
        start >= 0 &&
        result.flags.some((flag) => flagMatches(flag, expected) && flag.start < end && start < flag.end)
      ) {
        expectedFlags.found++;
        byKind.found++;
      }
    }

    if (passage.roster) {
      const withRoster = anonymise(passage.text, { roster: passage.roster, customTerms: passage.customTerms });
      for (const occurrence of gold) {
        if (occurrence.category !== "person" || !isRosterName(occurrence.text, passage.roster)) continue;
        const covered = isCovered(passage.text, occurrence.start, occurrence.end, withRoster, true);
        const flagged = withRoster.flags.some((flag) => flag.start < occurrence.end && occurrence.start < flag.end);
        count("roster", covered, covered, flagged);
        if (!covered) misses.push({ passage: passage.id, text: occurrence.text, category: "roster", flagged });
      }
    }
  }

  return { passages: passages.length, recall, precision, expectedFlags, expectedFlagsByKind, misses, falsePositives };
}

function flagMatches(flag: Flag, expected: ExpectedFlag): boolean {
  return expected.kind === "quasi_identifier" ? flag.kind !== "name_like" : flag.kind === expected.kind;
}

/** Human-readable list of every target the report falls short of; empty when all are met. */
export function failingTargets(
  report: EvaluationReport,
  targets: Partial<Record<Bucket, number>> = RECALL_TARGETS,
  options: { requireEveryBucket?: boolean } = {},
): string[] {
  const failures: string[] = [];
  for (const [bucket, target] of Object.entries(targets) as [Bucket, number][]) {
    const score = report.recall[bucket];
    if (!score) {
      if (options.requireEveryBucket !== false) failures.push(`${bucket}: no gold spans`);
      continue;
    }
    if (score.recall < target) failures.push(`${bucket} recall ${percent(score.recall)} < ${percent(target)}`);
  }
  const overall = report.precision.all;
  if (overall && overall.precision < PRECISION_TARGET) {
    failures.push(`precision ${percent(overall.precision)} < ${percent(PRECISION_TARGET)}`);
  }
  return failures;
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
