import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks } from "../../db/schema";
import { type Change, compareMeans, compareValues, meanWithCi, suppressCount, themeMetricFit } from "../analysis";
import {
  type AnalysisFrame,
  type AttributeColumn,
  loadAttributeColumn,
  loadLikertColumn,
} from "../analysis-frame/analysis-frame";
import { breakdownAttributes } from "../analysis-frame/breakdown-attributes";
import type { WaveRef } from "../analysis-frame/survey-waves";
import { type MetricFigures, metricMovement } from "../metrics/load-metric-figures";
import { describeFit } from "./describe-fit";
import { metricHigherIsBetter } from "./metric-direction";
import type { LinkedMetricSummary, MeanComparisonRow, MeanDisplay, MetricSegmentRow } from "./theme-summary-types";
import type { ThemeUnits } from "./theme-units";

export interface LinkedMetricsInput {
  frame: AnalysisFrame;
  figures: MetricFigures;
  codeId: number;
  waveRefs: WaveRef[];
  waveIndex: Int32Array;
  theme: ThemeUnits;
  /** The theme's own change in prevalence between the compared waves. */
  prevalence: Change | null;
  threshold: number;
  pair: { from: string; to: string } | null;
}

/** Each metric the theme is linked to: its movement between the compared waves and how the theme fits it. */
export function summariseLinkedMetrics(db: Db, input: LinkedMetricsInput): LinkedMetricSummary[] {
  const { frame, figures, codeId, waveRefs, waveIndex, theme, prevalence, threshold, pair } = input;
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
