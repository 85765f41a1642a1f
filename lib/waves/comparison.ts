import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { metrics, metricValues, projectSettings, respondents, waves } from "../../db/schema";
import { compareValues } from "../analysis";
import { AppError } from "../errors";

/** A wave of the project with how many respondents it has, and whether that is enough to drive a change. */
export interface WaveSummary {
  id: number;
  label: string;
  respondents: number;
  /** At least k respondents (k: the project's suppression threshold); see `isEligible`. */
  eligible: boolean;
}

export type ComparisonSource = "default" | "project" | "view";

/**
 * The two waves every page compares ("2023 → 2025"): the owner's choice, or the default rule; a reader
 * may look at another pair for one view (`?compare=2023..2025`) without changing the project's.
 */
export interface Comparison {
  /** Every wave of the project, in label order, tiny ones included (they are listed, never compared). */
  waves: WaveSummary[];
  baseline: WaveSummary | null;
  current: WaveSummary | null;
  /** "2023 → 2025"; null when fewer than two waves can be compared. */
  label: string | null;
  source: ComparisonSource;
  threshold: number;
  /** The pair the project uses when no other is asked for (what a `view` departs from). */
  projectPair: { baseline: string | null; current: string | null; source: "default" | "project" };
  /** Why a pair asked for (the owner's or a view's) was not used; null when it was. */
  notice: string | null;
}

export const COMPARE_PARAM = "compare";

/** "2023..2025" → its two labels; null for anything else. */
export function parseCompareParam(value: string | null | undefined): { baseline: string; current: string } | null {
  if (!value) return null;
  const match = /^(.{1,32})\.\.(.{1,32})$/.exec(value.trim());
  if (!match || match[1] === match[2]) return null;
  return { baseline: match[1].trim(), current: match[2].trim() };
}

/** The URL value for a pair, the inverse of `parseCompareParam`. */
export function compareParamOf(baseline: string, current: string): string {
  return `${baseline}..${current}`;
}

export function comparisonLabel(baseline: string, current: string): string {
  return `${baseline} → ${current}`;
}

/**
 * The default pair: the two eligible waves with the most respondents (on a tie, the later label), put in
 * label order. With one eligible wave there is a current wave and no baseline; with none, neither.
 */
export function defaultComparisonPair(list: readonly WaveSummary[]): [WaveSummary | null, WaveSummary | null] {
  const ranked = list
    .filter((wave) => wave.eligible)
    .sort((a, b) => b.respondents - a.respondents || compareValues(b.label, a.label));
  if (ranked.length === 0) return [null, null];
  if (ranked.length === 1) return [null, ranked[0]];
  return orderPair(ranked[0], ranked[1]);
}

function orderPair(a: WaveSummary, b: WaveSummary): [WaveSummary, WaveSummary] {
  return compareValues(a.label, b.label) <= 0 ? [a, b] : [b, a];
}

/**
 * The project's waves with their respondents. A wave is eligible with at least `threshold` respondents.
 * Note: a project without any respondent (metrics published by the source only) compares the waves its
 * metrics were published for, since there is no respondent count to go by.
 */
export function listWaveSummaries(db: Db, projectId: number, threshold: number): WaveSummary[] {
  const counts = new Map(
    db
      .select({ waveId: respondents.waveId, count: sql<number>`count(*)` })
      .from(respondents)
      .where(eq(respondents.projectId, projectId))
      .groupBy(respondents.waveId)
      .all()
      .map((row) => [row.waveId, row.count]),
  );
  const published =
    counts.size === 0
      ? new Set(
          db
            .selectDistinct({ waveId: metricValues.waveId })
            .from(metricValues)
            .innerJoin(metrics, eq(metrics.id, metricValues.metricId))
            .where(eq(metrics.projectId, projectId))
            .all()
            .map((row) => row.waveId),
        )
      : null;
  return db
    .select({ id: waves.id, label: waves.label })
    .from(waves)
    .where(eq(waves.projectId, projectId))
    .all()
    .map((wave) => {
      const count = counts.get(wave.id) ?? 0;
      return {
        id: wave.id,
        label: wave.label,
        respondents: count,
        eligible: published ? published.has(wave.id) : count >= threshold,
      };
    })
    .sort((a, b) => compareValues(a.label, b.label));
}

export interface ComparisonOptions {
  /** A reader's pair for this view, as in the URL ("2023..2025"); ignored (with a notice) when unusable. */
  compare?: string | null;
}

/** The one function every page showing change asks which waves to compare. */
export function getComparison(db: Db, projectId: number, options: ComparisonOptions = {}): Comparison {
  const settings = db
    .select({
      threshold: projectSettings.suppressionThreshold,
      baselineWaveId: projectSettings.baselineWaveId,
      currentWaveId: projectSettings.currentWaveId,
    })
    .from(projectSettings)
    .where(eq(projectSettings.projectId, projectId))
    .get();
  const threshold = settings?.threshold ?? 10;
  const list = listWaveSummaries(db, projectId, threshold);
  return chooseComparison(list, threshold, {
    baselineWaveId: settings?.baselineWaveId ?? null,
    currentWaveId: settings?.currentWaveId ?? null,
    compare: options.compare ?? null,
  });
}

/** The rule of `getComparison` on data already read (pure, for tests and callers holding the waves). */
export function chooseComparison(
  list: WaveSummary[],
  threshold: number,
  asked: { baselineWaveId: number | null; currentWaveId: number | null; compare: string | null },
): Comparison {
  const notices: string[] = [];
  let project: [WaveSummary | null, WaveSummary | null] = defaultComparisonPair(list);
  let projectSource: "default" | "project" = "default";
  if (asked.baselineWaveId !== null && asked.currentWaveId !== null) {
    const baseline = list.find((wave) => wave.id === asked.baselineWaveId);
    const current = list.find((wave) => wave.id === asked.currentWaveId);
    const unusable = [baseline, current].find((wave) => wave && !wave.eligible);
    if (baseline && current && baseline.id !== current.id && !unusable) {
      project = orderPair(baseline, current);
      projectSource = "project";
    } else if (unusable) {
      notices.push(
        `The project's chosen wave ${unusable.label} has fewer than ${threshold} respondents, so the default pair is shown.`,
      );
    }
  }
  let pair = project;
  let source: ComparisonSource = projectSource;
  const wanted = parseCompareParam(asked.compare);
  if (asked.compare && !wanted) notices.push(`“${asked.compare}” is not a pair of waves such as 2023..2025.`);
  if (wanted) {
    const baseline = list.find((wave) => wave.label === wanted.baseline);
    const current = list.find((wave) => wave.label === wanted.current);
    const missing = [
      [wanted.baseline, baseline],
      [wanted.current, current],
    ].find(([, wave]) => !wave)?.[0] as string | undefined;
    const small = [baseline, current].find((wave) => wave && !wave.eligible);
    if (missing !== undefined) notices.push(`There is no wave ${missing}; the project's pair is shown.`);
    else if (small)
      notices.push(
        `Wave ${small.label} has ${small.respondents} respondents, fewer than ${threshold}: it cannot drive a change, so the project's pair is shown.`,
      );
    else if (baseline && current) {
      pair = orderPair(baseline, current);
      source = pair[0]?.id === project[0]?.id && pair[1]?.id === project[1]?.id ? projectSource : "view";
    }
  }
  const [baseline, current] = pair;
  return {
    waves: list,
    baseline,
    current,
    label: baseline && current ? comparisonLabel(baseline.label, current.label) : null,
    source,
    threshold,
    projectPair: { baseline: project[0]?.label ?? null, current: project[1]?.label ?? null, source: projectSource },
    notice: notices.length ? notices.join(" ") : null,
  };
}

/** The waves a page was asked to compare, or the project's (a caller that already has them passes them on). */
export function resolveComparison(
  db: Db,
  projectId: number,
  options: { comparison?: Comparison; compare?: string | null },
): Comparison {
  return options.comparison ?? getComparison(db, projectId, { compare: options.compare ?? null });
}

/** Refuses a pair the owner may not choose: unknown, the same wave twice, or a wave below k respondents. */
export function assertComparablePair(
  list: readonly WaveSummary[],
  baselineWaveId: number,
  currentWaveId: number,
  threshold: number,
): void {
  const baseline = list.find((wave) => wave.id === baselineWaveId);
  const current = list.find((wave) => wave.id === currentWaveId);
  if (!baseline || !current) throw new AppError("invalid_input", "Choose two waves of this project.");
  if (baseline.id === current.id) throw new AppError("invalid_input", "Choose two different waves.");
  for (const wave of [baseline, current]) {
    if (!wave.eligible)
      throw new AppError(
        "invalid_input",
        `Wave ${wave.label} has ${wave.respondents} respondents, fewer than ${threshold}: it cannot be compared.`,
      );
  }
}
