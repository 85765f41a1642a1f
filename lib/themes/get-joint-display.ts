import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks, type Polarity } from "../../db/schema";
import {
  type Breakdown,
  type Change,
  compareValues,
  type Fit,
  NOT_STATED,
  type SuppressedCell,
  shareOf,
  suppressBreakdown,
  themeMetricFit,
} from "../analysis";
import {
  type AnalysisFrame,
  type CodedUnits,
  loadAnalysisFrame,
  loadAttributeColumn,
  loadCodedUnits,
} from "../analysis-frame/analysis-frame";
import { type BreakdownAttribute, breakdownAttributes } from "../analysis-frame/breakdown-attributes";
import { surveyWaves, type WaveRef } from "../analysis-frame/survey-waves";
import { loadValueOrder } from "../attribute-values/load-value-order";
import { compareInOrder } from "../attribute-values/value-order";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";
import {
  loadMetricFigures,
  type MetricInfo,
  type MetricMovement,
  metricMovement,
} from "../metrics/load-metric-figures";
import { type Comparison, type ComparisonOptions, resolveComparison } from "../waves/comparison";
import { describeFit } from "./describe-fit";
import { loadThemeCodes, type ThemeCode } from "./load-theme-codes";
import { metricHigherIsBetter } from "./metric-direction";
import { type PrevalenceCell, prevalenceCell, prevalenceChange } from "./prevalence-cell";
import { countByWave, type ThemeReachTable, themeReachTable } from "./theme-reach-table";
import { unitCoOccurrenceMatrix } from "./theme-units";

export interface JointDisplayOptions extends ComparisonOptions {
  comparison?: Comparison;
  /** Narrows prevalence to respondents of this region and the metric to its published regional figures. */
  region?: string | null;
  /** The heatmap's attribute key (region, role …); default region. */
  heatmapAttribute?: string | null;
  /** The heatmap's wave label; default the current wave of the comparison. */
  heatmapWave?: string | null;
  /** Whose view: a blind round's coder counts only the codings they may see (lib/coding/coding-scope). */
  viewer?: CodingViewer;
}

export interface JointDisplayRow {
  /** `${codeId}-${metricId}`, unique per row. */
  key: string;
  codeId: number;
  codeName: string;
  depth: number;
  metric: MetricInfo;
  polarity: Polarity;
  rationale: string;
  higherIsBetter: boolean;
  prevalenceFrom: PrevalenceCell | null;
  prevalenceTo: PrevalenceCell | null;
  /** In percentage points, whole points as displayed. */
  prevalenceChange: Change | null;
  /** `null` when the metric is not known for the chosen region. */
  metricMovement: MetricMovement | null;
  fit: Fit;
  fitText: string;
}

export interface HeatmapCell {
  value: string;
  raised: SuppressedCell;
  base: SuppressedCell;
  share: SuppressedCell;
}

export interface Heatmap {
  attribute: BreakdownAttribute | null;
  attributes: BreakdownAttribute[];
  wave: string | null;
  values: string[];
  rows: { codeId: number; name: string; depth: number; cells: HeatmapCell[] }[];
}

export interface CoOccurrenceTable {
  codes: { id: number; name: string }[];
  /** `counts[i][j]`: answers and turns coded with both; the diagonal counts those coded with `codes[i]`. */
  counts: number[][];
}

export interface ThemeMovement {
  codeId: number;
  name: string;
  depth: number;
  from: PrevalenceCell | null;
  to: PrevalenceCell | null;
  change: Change | null;
}

export interface JointDisplay {
  /** Every theme's prevalence in the compared waves (in the chosen region), linked or not. */
  themes: ThemeMovement[];
  comparison: Comparison;
  from: string | null;
  to: string | null;
  waves: string[];
  region: string | null;
  regions: string[];
  threshold: number;
  rows: JointDisplayRow[];
  heatmap: Heatmap;
  coOccurrence: CoOccurrenceTable;
}

/**
 * The programme lead's joint display: one row per theme × linked metric with prevalence in the first and
 * last survey waves, its change, the metric's change and their fit; a heatmap of theme × attribute with
 * suppression; and the co-occurrence matrix of every code.
 */
export function getJointDisplay(db: Db, projectId: number, options: JointDisplayOptions = {}): JointDisplay {
  const comparison = resolveComparison(db, projectId, options);
  const threshold = comparison.threshold;
  const codes = loadThemeCodes(db, projectId);
  const frame = loadAnalysisFrame(db, projectId);
  const coded = loadCodedUnits(db, frame, resolveCodingScope(db, projectId, options.viewer ?? null).frame);
  const table = themeReachTable(frame, coded, codes);
  const waves = surveyWaves(frame);
  // The change shown is between the compared waves (lib/waves), the same on every page.
  const from: WaveRef | null = comparison.baseline && comparison.current ? comparison.baseline : null;
  const to: WaveRef | null = comparison.baseline && comparison.current ? comparison.current : null;
  const attributes = breakdownAttributes(db, projectId);

  const regionAttribute = attributes.find((a) => a.key === "region");
  const regionColumn = regionAttribute ? loadAttributeColumn(db, frame, regionAttribute.attributeId) : null;
  const regions = regionColumn ? [...regionColumn.values].sort(compareValues) : [];
  const region = options.region && regions.includes(options.region) ? options.region : null;
  const regionCode = region && regionColumn ? regionColumn.values.indexOf(region) : -1;
  const keep =
    region && regionColumn ? (respondent: number) => regionColumn.valueAt[respondent] === regionCode : undefined;

  const figures = loadMetricFigures(db, projectId);
  const metricsById = new Map(figures.metrics.map((m) => [m.id, m]));
  const links =
    codes.length === 0
      ? []
      : db
          .select({
            codeId: codeMetricLinks.codeId,
            metricId: codeMetricLinks.metricId,
            polarity: codeMetricLinks.polarity,
            rationale: codeMetricLinks.rationale,
          })
          .from(codeMetricLinks)
          .where(
            inArray(
              codeMetricLinks.codeId,
              codes.map((c) => c.id),
            ),
          )
          .all();
  const linksByCode = new Map<number, typeof links>();
  for (const link of links) linksByCode.set(link.codeId, [...(linksByCode.get(link.codeId) ?? []), link]);

  const rows: JointDisplayRow[] = [];
  const themes: ThemeMovement[] = [];
  for (const code of codes) {
    const counts = countByWave(frame, table.raised.get(code.id)!, keep);
    const cellFor = (wave: WaveRef | null) =>
      wave
        ? prevalenceCell(wave.label, counts.get(wave.id)?.raised ?? 0, counts.get(wave.id)?.base ?? 0, threshold)
        : null;
    const prevalenceFrom = cellFor(from);
    const prevalenceTo = cellFor(to);
    const change = prevalenceFrom && prevalenceTo ? prevalenceChange(prevalenceFrom, prevalenceTo) : null;
    themes.push({
      codeId: code.id,
      name: code.name,
      depth: code.depth,
      from: prevalenceFrom,
      to: prevalenceTo,
      change,
    });
    const codeLinks = linksByCode.get(code.id);
    if (!codeLinks) continue;
    for (const link of [...codeLinks].sort((a, b) =>
      compareValues(metricsById.get(a.metricId)?.key ?? "", metricsById.get(b.metricId)?.key ?? ""),
    )) {
      const metric = metricsById.get(link.metricId);
      if (!metric) continue;
      const movement =
        from && to
          ? metricMovement(figures, metric, from.label, to.label, region ? "region" : "all", region ?? "all")
          : null;
      const metricChange = movement?.change ?? null;
      const higherIsBetter = metricHigherIsBetter(metric.key);
      const fit = themeMetricFit(link.polarity, change?.rounded ?? null, metricChange?.rounded ?? null, {
        higherIsBetter,
      });
      rows.push({
        key: `${code.id}-${metric.id}`,
        codeId: code.id,
        codeName: code.name,
        depth: code.depth,
        metric,
        polarity: link.polarity,
        rationale: link.rationale,
        higherIsBetter,
        prevalenceFrom,
        prevalenceTo,
        prevalenceChange: change,
        metricMovement: movement?.change ? movement : null,
        fit,
        fitText: describeFit(fit, link.polarity, change, metricChange, higherIsBetter),
      });
    }
  }

  return {
    themes,
    comparison,
    from: from?.label ?? null,
    to: to?.label ?? null,
    waves: waves.map((w) => w.label),
    region,
    regions,
    threshold,
    rows,
    heatmap: buildHeatmap(db, frame, codes, table, attributes, waves, options, threshold, comparison.current),
    coOccurrence: buildCoOccurrence(coded, codes),
  };
}

function buildHeatmap(
  db: Db,
  frame: AnalysisFrame,
  codes: ThemeCode[],
  table: ThemeReachTable,
  attributes: BreakdownAttribute[],
  waves: WaveRef[],
  options: JointDisplayOptions,
  threshold: number,
  current: WaveRef | null,
): Heatmap {
  const attribute = attributes.find((a) => a.key === (options.heatmapAttribute ?? "region")) ?? attributes[0] ?? null;
  const wave =
    waves.find((w) => w.label === options.heatmapWave) ??
    waves.find((w) => w.id === current?.id) ??
    waves[waves.length - 1] ??
    null;
  if (!attribute || !wave) return { attribute, attributes, wave: wave?.label ?? null, values: [], rows: [] };
  const column = loadAttributeColumn(db, frame, attribute.attributeId);
  const notStated = column.values.length;
  const valueIndexOf = (respondent: number) =>
    column.valueAt[respondent] < 0 ? notStated : column.valueAt[respondent];

  const base = new Array<number>(column.values.length + 1).fill(0);
  const baseRespondents: number[] = [];
  for (let respondent = 0; respondent < frame.respondentIds.length; respondent++) {
    if (!frame.respondentAnswered[respondent] || frame.respondentWave[respondent] !== wave.id) continue;
    baseRespondents.push(respondent);
    base[valueIndexOf(respondent)]++;
  }
  const labels = [...column.values, NOT_STATED];
  const inOrder = compareInOrder(loadValueOrder(db, attribute.attributeId));
  const order = labels
    .map((label, index) => ({ label, index }))
    .filter(({ index }) => index < notStated || base[notStated] > 0)
    .sort((a, b) => (a.index === notStated ? 1 : b.index === notStated ? -1 : inOrder(a.label, b.label)));

  return {
    attribute,
    attributes,
    wave: wave.label,
    values: order.map((o) => o.label),
    rows: codes.map((code) => {
      const raisedFlags = table.raised.get(code.id)!;
      const raised = new Array<number>(labels.length).fill(0);
      for (const respondent of baseRespondents) if (raisedFlags[respondent]) raised[valueIndexOf(respondent)]++;
      const breakdown: Breakdown = {
        attribute: attribute.key,
        rows: order.map(({ label, index }) => ({
          value: label,
          raised: raised[index],
          base: base[index],
          share: shareOf(raised[index], base[index]),
        })),
        total: {
          raised: raised.reduce((sum, n) => sum + n, 0),
          base: baseRespondents.length,
          share: shareOf(
            raised.reduce((sum, n) => sum + n, 0),
            baseRespondents.length,
          ),
        },
      };
      const suppressed = suppressBreakdown(breakdown, { threshold });
      return {
        codeId: code.id,
        name: code.name,
        depth: code.depth,
        cells: suppressed.rows.map((row) => ({
          value: row.value,
          raised: row.raised,
          base: row.base,
          share: row.share,
        })),
      };
    }),
  };
}

function buildCoOccurrence(coded: CodedUnits, codes: ThemeCode[]): CoOccurrenceTable {
  const shown = codes.filter((code) => !code.archived);
  return {
    codes: shown.map((code) => ({ id: code.id, name: code.name })),
    counts: unitCoOccurrenceMatrix(
      coded,
      shown.map((code) => code.id),
    ),
  };
}
