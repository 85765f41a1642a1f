import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks, questions } from "../../db/schema";
import {
  type Breakdown,
  type Change,
  type CodedTurn,
  type ConfidenceInterval,
  compareMeans,
  compareValues,
  type Fit,
  focusGroupReach,
  meanWithCi,
  NOT_STATED,
  type Polarity,
  type Share,
  type SuppressedBreakdown,
  type SuppressedCell,
  shareOf,
  suppressBreakdown,
  suppressCount,
  themeMetricFit,
} from "../analysis";
import {
  type AnalysisFrame,
  type AttributeColumn,
  type FrameTurnRef,
  loadAnalysisFrame,
  loadAttributeColumn,
  loadCodedUnits,
  loadLikertColumn,
  turnRefsOf,
} from "../analysis-frame/analysis-frame";
import { type BreakdownAttribute, breakdownAttributes } from "../analysis-frame/breakdown-attributes";
import { respondentWaveIndex, surveyWaves, type WaveRef } from "../analysis-frame/survey-waves";
import { loadValueOrder } from "../attribute-values/load-value-order";
import { compareInOrder } from "../attribute-values/value-order";
import { AppError } from "../errors";
import {
  loadMetricFigures,
  type MetricFigures,
  type MetricInfo,
  type MetricMovement,
  metricMovement,
} from "../metrics/load-metric-figures";
import { listThemeQuotes, type ThemeQuote } from "../quotes/list-theme-quotes";
import { type Comparison, type ComparisonOptions, resolveComparison } from "../waves/comparison";
import { describeFit } from "./describe-fit";
import { loadThemeCodes, type ThemeCode } from "./load-theme-codes";
import { metricHigherIsBetter } from "./metric-direction";
import { type PrevalenceCell, prevalenceCell, prevalenceChange } from "./prevalence-cell";
import { answeredByQuestion, coOccurrenceCounts, type ThemeUnits, themeUnits } from "./theme-units";

export const DEFAULT_CO_OCCURRENCE_LIMIT = 8;

export interface ThemeSummaryOptions extends ComparisonOptions {
  comparison?: Comparison;
  /** Shortlisted quotes too: pass `roleAllows(role, "read_text")`; a viewer sees approved quotes only. */
  includeUnapprovedQuotes: boolean;
  coOccurrenceLimit?: number;
}

export interface QuestionPrevalenceRow {
  questionId: number;
  question: string;
  /** One per wave of `ThemeSummary.waves`; a question not asked in a wave has a base of 0. */
  cells: PrevalenceCell[];
}

export interface FocusGroupCounts {
  wave: string | null;
  groups: number;
  turns: number;
  groupBase: number;
  turnBase: number;
}

export interface ThemeBreakdown {
  attribute: BreakdownAttribute;
  /** One suppressed breakdown per wave, all with the same rows in the same order. */
  byWave: { wave: string; breakdown: SuppressedBreakdown }[];
}

export interface MeanDisplay {
  /** Hidden under the suppression threshold. */
  n: SuppressedCell;
  mean: number | null;
  ci: ConfidenceInterval | null;
}

export interface MeanComparisonRow {
  wave: string;
  item: string;
  raised: MeanDisplay;
  notRaised: MeanDisplay;
  /** Raised minus not raised, with Welch's 95% interval; null when either group is hidden or too small. */
  difference: number | null;
  differenceCi: ConfidenceInterval | null;
}

export interface ComputedMean {
  wave: string;
  n: SuppressedCell;
  mean: number | null;
}

export interface MetricSegmentRow {
  /** "all" for everyone, otherwise the region. */
  segment: string;
  /** Published levels per wave (null where the source has none). */
  levels: (number | null)[];
  movement: MetricMovement | null;
  /** Means of the imported Likert answers per wave, where the metric has a Likert item. */
  computed: ComputedMean[] | null;
}

export interface LinkedMetricSummary {
  metric: MetricInfo;
  polarity: Polarity;
  rationale: string;
  higherIsBetter: boolean;
  /** The columns of `MetricSegmentRow.levels`: the survey waves and any wave the metric was published for. */
  metricWaves: string[];
  /** The overall row first, then one per region where anything is known. */
  segments: MetricSegmentRow[];
  fit: Fit;
  fitText: string;
  /** Mean score of respondents who raised the theme against those who did not, per wave. */
  meanComparisons: MeanComparisonRow[];
}

export interface ThemeSummary {
  code: ThemeCode;
  parent: { id: number; name: string } | null;
  /** Codes below this one, in tree order, with depth relative to it (1 for direct sub-codes). */
  subcodes: (ThemeCode & { relativeDepth: number })[];
  threshold: number;
  waves: string[];
  /** The waves every change here is between (lib/waves). */
  comparison: Comparison;
  prevalence: {
    byWave: PrevalenceCell[];
    byQuestion: QuestionPrevalenceRow[];
    change: Change | null;
    from: string | null;
    to: string | null;
  };
  focusGroups: { total: FocusGroupCounts; byWave: FocusGroupCounts[] };
  breakdowns: ThemeBreakdown[];
  linkedMetrics: LinkedMetricSummary[];
  coOccurring: { codeId: number; name: string; count: number }[];
  quotes: ThemeQuote[];
}

/**
 * Everything the theme summary page shows for one code (and its sub-codes): prevalence, focus groups,
 * breakdowns with suppression, linked metrics with fit and means, co-occurring codes and quotes.
 * Only counts, means and quote wordings leave this function: never answer or turn text.
 */
export function getThemeSummary(db: Db, projectId: number, codeId: number, options: ThemeSummaryOptions): ThemeSummary {
  const codes = loadThemeCodes(db, projectId);
  const code = codes.find((c) => c.id === codeId);
  if (!code) throw new AppError("not_found", "Theme not found.");
  const comparison = resolveComparison(db, projectId, options);
  const threshold = comparison.threshold;
  const frame = loadAnalysisFrame(db, projectId);
  const coded = loadCodedUnits(db, frame);
  const theme = themeUnits(frame, coded, code.themeCodeIds);
  const waves = surveyWaves(frame);
  const waveIndex = respondentWaveIndex(frame);
  const pair = comparedPair(comparison);
  const prevalence = summarisePrevalence(db, projectId, frame, theme, waves, waveIndex, threshold, pair);
  const themeIds = new Set(code.themeCodeIds);
  const order = new Map(codes.map((c, index) => [c.id, index]));
  const limit = options.coOccurrenceLimit ?? DEFAULT_CO_OCCURRENCE_LIMIT;

  return {
    code,
    parent: code.parentId === null ? null : (codes.find((c) => c.id === code.parentId) ?? null),
    subcodes: codes
      .filter((c) => c.id !== code.id && themeIds.has(c.id))
      .map((c) => ({ ...c, relativeDepth: c.depth - code.depth })),
    threshold,
    waves: waves.map((wave) => wave.label),
    comparison,
    prevalence,
    focusGroups: summariseFocusGroups(frame, theme, code.id),
    breakdowns: summariseBreakdowns(db, projectId, frame, theme, waves, waveIndex, threshold),
    linkedMetrics: summariseLinkedMetrics(
      db,
      frame,
      loadMetricFigures(db, projectId),
      code.id,
      waves,
      waveIndex,
      theme,
      prevalence.change,
      threshold,
      pair,
    ),
    // Most frequent first, ties in codebook order.
    coOccurring: [...coOccurrenceCounts(coded, theme.units, code.themeCodeIds)]
      .filter(([id]) => order.has(id))
      .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
      .slice(0, limit)
      .map(([id, count]) => ({ codeId: id, name: codes[order.get(id)!].name, count })),
    quotes: listThemeQuotes(db, projectId, code.id, { includeUnapproved: options.includeUnapprovedQuotes }),
  };
}

/** The compared labels when there are two, else none: a change needs both. */
function comparedPair(comparison: Comparison): { from: string; to: string } | null {
  return comparison.baseline && comparison.current
    ? { from: comparison.baseline.label, to: comparison.current.label }
    : null;
}

/** Raised and base respondents per wave, where `base` flags who may count and `raised` who did. */
function countPerWave(
  waveIndex: Int32Array,
  waves: WaveRef[],
  base: Uint8Array,
  raised: Uint8Array | undefined,
): { raised: number; base: number }[] {
  const counts = waves.map(() => ({ raised: 0, base: 0 }));
  for (let respondent = 0; respondent < base.length; respondent++) {
    if (!base[respondent]) continue;
    const index = waveIndex[respondent];
    if (index < 0) continue;
    counts[index].base++;
    if (raised?.[respondent]) counts[index].raised++;
  }
  return counts;
}

function summarisePrevalence(
  db: Db,
  projectId: number,
  frame: AnalysisFrame,
  theme: ThemeUnits,
  waves: WaveRef[],
  waveIndex: Int32Array,
  threshold: number,
  pair: { from: string; to: string } | null,
): ThemeSummary["prevalence"] {
  const waveCells = countPerWave(waveIndex, waves, frame.respondentAnswered, theme.raised).map((count, index) =>
    prevalenceCell(waves[index].label, count.raised, count.base, threshold),
  );
  const questionText = new Map(
    db
      .select({ id: questions.id, text: questions.text })
      .from(questions)
      .where(eq(questions.projectId, projectId))
      .all()
      .map((q) => [q.id, q.text]),
  );
  const answered = answeredByQuestion(frame);
  return {
    byWave: waveCells,
    byQuestion: [...answered.keys()]
      .sort((a, b) => a - b)
      .map((questionId) => ({
        questionId,
        question: questionText.get(questionId) ?? `Question ${questionId}`,
        cells: countPerWave(waveIndex, waves, answered.get(questionId)!, theme.raisedByQuestion.get(questionId)).map(
          (count, index) => prevalenceCell(waves[index].label, count.raised, count.base, threshold),
        ),
      })),
    change: pair
      ? prevalenceChange(
          waveCells.find((cell) => cell.wave === pair.from),
          waveCells.find((cell) => cell.wave === pair.to),
        )
      : null,
    from: pair?.from ?? null,
    to: pair?.to ?? null,
  };
}

function summariseFocusGroups(frame: AnalysisFrame, theme: ThemeUnits, codeId: number): ThemeSummary["focusGroups"] {
  const allTurns = turnRefsOf(frame);
  const byWave = new Map<string | null, { turns: FrameTurnRef[]; coded: CodedTurn[] }>();
  for (const turn of allTurns) {
    let group = byWave.get(turn.waveLabel);
    if (!group) {
      group = { turns: [], coded: [] };
      byWave.set(turn.waveLabel, group);
    }
    group.turns.push(turn);
    if (theme.units[turn.unit]) group.coded.push({ documentId: turn.documentId, turnId: turn.turnId, codeId });
  }
  const counts = (wave: string | null, turns: FrameTurnRef[], coded: CodedTurn[]): FocusGroupCounts => {
    const reach = focusGroupReach(coded, [codeId], turns);
    return {
      wave,
      groups: reach.groups,
      turns: reach.turns,
      groupBase: reach.groupBase ?? 0,
      turnBase: reach.turnBase ?? 0,
    };
  };
  const waves = [...byWave.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareValues(a, b)));
  const perWave = waves.map((wave) => counts(wave, byWave.get(wave)!.turns, byWave.get(wave)!.coded));
  // The waves' groups and turns add up: a transcript belongs to one wave.
  const sum = (key: "groups" | "turns" | "groupBase" | "turnBase") =>
    perWave.reduce((total, row) => total + row[key], 0);
  return {
    total: {
      wave: null,
      groups: sum("groups"),
      turns: sum("turns"),
      groupBase: sum("groupBase"),
      turnBase: sum("turnBase"),
    },
    byWave: perWave,
  };
}

function summariseBreakdowns(
  db: Db,
  projectId: number,
  frame: AnalysisFrame,
  theme: ThemeUnits,
  waves: WaveRef[],
  waveIndex: Int32Array,
  threshold: number,
): ThemeBreakdown[] {
  const result: ThemeBreakdown[] = [];
  for (const attribute of breakdownAttributes(db, projectId)) {
    const column = loadAttributeColumn(db, frame, attribute.attributeId);
    if (column.values.length === 0) continue;
    const notStated = column.values.length;
    const raised = waves.map(() => new Array<number>(notStated + 1).fill(0));
    const base = waves.map(() => new Array<number>(notStated + 1).fill(0));
    for (let respondent = 0; respondent < frame.respondentIds.length; respondent++) {
      if (!frame.respondentAnswered[respondent]) continue;
      const index = waveIndex[respondent];
      if (index < 0) continue;
      const value = column.valueAt[respondent] < 0 ? notStated : column.valueAt[respondent];
      base[index][value]++;
      if (theme.raised[respondent]) raised[index][value]++;
    }
    // The same rows in every wave, so the waves line up: values in the researcher's order (then natural
    // order), "Not stated" last if any.
    const order = compareInOrder(loadValueOrder(db, attribute.attributeId));
    const rows = column.values.map((value, index) => ({ value, index })).sort((a, b) => order(a.value, b.value));
    if (base.some((counts) => counts[notStated] > 0)) rows.push({ value: NOT_STATED, index: notStated });
    result.push({
      attribute,
      byWave: waves.map((wave, w) => {
        const breakdown: Breakdown = {
          attribute: attribute.key,
          rows: rows.map(({ value, index }) => ({
            value,
            raised: raised[w][index],
            base: base[w][index],
            share: shareOf(raised[w][index], base[w][index]),
          })),
          total: total(raised[w], base[w]),
        };
        return { wave: wave.label, breakdown: suppressBreakdown(breakdown, { threshold }) };
      }),
    });
  }
  return result;
}

function total(raised: number[], base: number[]): Share {
  const r = raised.reduce((sum, n) => sum + n, 0);
  const b = base.reduce((sum, n) => sum + n, 0);
  return { raised: r, base: b, share: shareOf(r, b) };
}

function summariseLinkedMetrics(
  db: Db,
  frame: AnalysisFrame,
  figures: MetricFigures,
  codeId: number,
  waveRefs: WaveRef[],
  waveIndex: Int32Array,
  theme: ThemeUnits,
  prevalence: Change | null,
  threshold: number,
  pair: { from: string; to: string } | null,
): LinkedMetricSummary[] {
  const links = db
    .select({
      metricId: codeMetricLinks.metricId,
      polarity: codeMetricLinks.polarity,
      rationale: codeMetricLinks.rationale,
    })
    .from(codeMetricLinks)
    .where(eq(codeMetricLinks.codeId, codeId))
    .all();
  const metricsById = new Map(figures.metrics.map((m) => [m.id, m]));
  const regionAttribute = breakdownAttributes(db, frame.projectId).find((a) => a.key === "region");
  const regionColumn = regionAttribute ? loadAttributeColumn(db, frame, regionAttribute.attributeId) : null;
  const waves = waveRefs.map((wave) => wave.label);
  const from = pair?.from ?? null;
  const to = pair?.to ?? null;

  return links
    .flatMap((link) => {
      const metric = metricsById.get(link.metricId);
      return metric ? [{ link, metric }] : [];
    })
    .sort((a, b) => compareValues(a.metric.key, b.metric.key))
    .map(({ link, metric }) => {
      const higherIsBetter = metricHigherIsBetter(metric.key);
      const metricWaves = [...new Set([...waves, ...(figures.levels.get(metric.id) ?? []).map((l) => l.wave)])].sort(
        compareValues,
      );
      const item = figures.likertItems.get(metric.key)?.[0] ?? null;
      const scores = item ? loadLikertColumn(db, frame, item.id) : null;

      const regions = new Set<string>();
      for (const level of figures.levels.get(metric.id) ?? [])
        if (level.segmentDimension === "region") regions.add(level.segmentValue);
      for (const change of figures.changes.get(metric.id) ?? [])
        if (change.segmentDimension === "region") regions.add(change.segmentValue);
      if (scores && regionColumn) for (const value of regionColumn.values) regions.add(value);
      const regionList = [...regions].sort(compareValues);
      const scored = scores
        ? scoreBuckets(frame, scores, waveIndex, waveRefs.length, theme, regionColumn, regionList)
        : null;

      const segmentRow = (segment: string, bucket: number): MetricSegmentRow => {
        const dimension = segment === "all" ? "all" : "region";
        return {
          segment,
          levels: metricWaves.map(
            (wave) =>
              (figures.levels.get(metric.id) ?? []).find(
                (l) => l.wave === wave && l.segmentDimension === dimension && l.segmentValue === segment,
              )?.value ?? null,
          ),
          movement: from && to ? metricMovement(figures, metric, from, to, dimension, segment) : null,
          computed: scored
            ? waves.map((wave, w) => {
                const values = scored.segments[bucket][w];
                const n = suppressCount(values.length, { threshold });
                return { wave, n, mean: n.suppressed ? null : meanWithCi(values).mean };
              })
            : null,
        };
      };
      const overall = segmentRow("all", 0);
      const regionRows = regionList.map((region, index) => segmentRow(region, index + 1));
      const metricChange = overall.movement?.change ?? null;
      const fit = themeMetricFit(link.polarity, prevalence?.rounded ?? null, metricChange?.rounded ?? null, {
        higherIsBetter,
      });

      const meanComparisons: MeanComparisonRow[] = [];
      if (scored && item) {
        waveRefs.forEach((wave, w) => {
          const comparison = compareMeans(scored.raised[w], scored.notRaised[w]);
          const hide = comparison.raised.n < threshold || comparison.notRaised.n < threshold;
          const display = (summary: typeof comparison.raised): MeanDisplay => {
            const n = suppressCount(summary.n, { threshold });
            return n.suppressed || hide ? { n, mean: null, ci: null } : { n, mean: summary.mean, ci: summary.ci };
          };
          meanComparisons.push({
            wave: wave.label,
            item: item.label,
            raised: display(comparison.raised),
            notRaised: display(comparison.notRaised),
            difference: hide ? null : comparison.difference,
            differenceCi: hide ? null : comparison.ci,
          });
        });
      }
      return {
        metric,
        polarity: link.polarity,
        rationale: link.rationale,
        higherIsBetter,
        segments: [overall, ...regionRows],
        fit,
        fitText: describeFit(fit, link.polarity, prevalence, metricChange, higherIsBetter),
        meanComparisons,
        metricWaves,
      };
    });
}

/**
 * One pass over a Likert item's scores, sorted into the groups the page shows: per segment (everyone, then
 * each region) and wave, every score; per wave, the prevalence base split by whether they raised the theme.
 */
function scoreBuckets(
  frame: AnalysisFrame,
  scores: Uint8Array,
  waveIndex: Int32Array,
  waveCount: number,
  theme: ThemeUnits,
  regionColumn: AttributeColumn | null,
  regions: string[],
): { segments: number[][][]; raised: number[][]; notRaised: number[][] } {
  const perWave = () => Array.from({ length: waveCount }, () => [] as number[]);
  const segments = [perWave(), ...regions.map(perWave)];
  const raised = perWave();
  const notRaised = perWave();
  const bucketOfValue = regionColumn ? regionColumn.values.map((value) => regions.indexOf(value) + 1) : [];
  for (let respondent = 0; respondent < scores.length; respondent++) {
    const score = scores[respondent];
    const w = waveIndex[respondent];
    if (!score || w < 0) continue;
    segments[0][w].push(score);
    const value = regionColumn ? regionColumn.valueAt[respondent] : -1;
    if (value >= 0 && bucketOfValue[value] > 0) segments[bucketOfValue[value]][w].push(score);
    // Only the prevalence base: respondents who answered a free-text question that wave.
    if (frame.respondentAnswered[respondent]) (theme.raised[respondent] ? raised : notRaised)[w].push(score);
  }
  return { segments, raised, notRaised };
}
