import type { Change, ConfidenceInterval, Fit, Polarity, SuppressedBreakdown, SuppressedCell } from "../analysis";
import type { BreakdownAttribute } from "../analysis-frame/breakdown-attributes";
import type { CodingViewer } from "../coding/coding-scope";
import type { MetricInfo, MetricMovement } from "../metrics/load-metric-figures";
import type { ThemeQuote } from "../quotes/list-theme-quotes";
import type { Comparison, ComparisonOptions } from "../waves/comparison";
import type { ThemeCode } from "./load-theme-codes";
import type { PrevalenceCell } from "./prevalence-cell";

export const DEFAULT_CO_OCCURRENCE_LIMIT = 8;

export interface ThemeSummaryOptions extends ComparisonOptions {
  comparison?: Comparison;
  /** Shortlisted quotes too: pass `roleAllows(role, "read_text")`; a viewer sees approved quotes only. */
  includeUnapprovedQuotes: boolean;
  coOccurrenceLimit?: number;
  /** Whose view: a blind round's coder counts only the codings they may see (lib/coding/coding-scope). */
  viewer?: CodingViewer;
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
