import type { Db } from "../../db/client";
import type { Polarity } from "../../db/schema";
import { roundHalfAwayFromZero } from "../analysis/change";
import { getThemeSummary, type ThemeSummary } from "../themes/get-theme-summary";
import type { Comparison } from "../waves/comparison";

export interface ReportMetricRow {
  /** "All" or a region ("London"). */
  group: string;
  /** One per wave of the metric, formatted; null where the source has none. */
  values: (string | null)[];
  /** The change between the compared waves (the difference of the levels, else the published change). */
  change: string | null;
}

export interface ReportMetric {
  key: string;
  label: string;
  kind: "mean_score" | "percentage";
  polarity: Polarity;
  waves: string[];
  rows: ReportMetricRow[];
}

export interface ThemeSection {
  summary: string;
  metrics: ReportMetric[];
}

/**
 * A theme's summary line and linked-metrics table, from the same figures as its theme summary page
 * (lib/themes), so the report and the page never disagree. Only counts and metric levels are read.
 */
export function themeSection(db: Db, projectId: number, codeId: number, comparison?: Comparison): ThemeSection {
  const summary = getThemeSummary(db, projectId, codeId, {
    includeUnapprovedQuotes: false,
    coOccurrenceLimit: 0,
    comparison,
  });
  return { summary: summaryLine(summary), metrics: summary.linkedMetrics.map(reportMetric) };
}

/** E.g. "Survey — 2023: 12% of respondents (45 of 380); 2025: 15% (60 of 400); change 2023 → 2025 +3 points. Focus groups — raised in 3 of 6 groups (12 turns)." */
export function summaryLine(summary: Pick<ThemeSummary, "prevalence" | "focusGroups">): string {
  const parts: string[] = [];
  const waves = summary.prevalence.byWave
    .filter((cell) => cell.base.value !== 0)
    .map((cell) =>
      cell.suppressed
        ? `${cell.wave}: ${cell.raised.display} of ${cell.base.display} respondents`
        : `${cell.wave}: ${cell.shareDisplay} of respondents (${cell.raised.display} of ${cell.base.display})`,
    );
  if (waves.length > 0) {
    const change = summary.prevalence.change;
    const changeText =
      change && summary.prevalence.from && summary.prevalence.to
        ? `; change ${summary.prevalence.from} → ${summary.prevalence.to} ${change.display} points`
        : "";
    parts.push(`Survey — ${waves.join("; ")}${changeText}.`);
  }
  const groups = summary.focusGroups.total;
  if (groups.groupBase > 0) {
    parts.push(
      `Focus groups — raised in ${groups.groups} of ${groups.groupBase} ${groups.groupBase === 1 ? "group" : "groups"} (${groups.turns} ${groups.turns === 1 ? "turn" : "turns"}).`,
    );
  }
  return parts.length ? parts.join(" ") : "Not yet coded in any answer or turn.";
}

function reportMetric(linked: ThemeSummary["linkedMetrics"][number]): ReportMetric {
  const kind = linked.metric.kind;
  const format = (value: number) =>
    kind === "percentage" ? `${roundHalfAwayFromZero(value, 0)}%` : roundHalfAwayFromZero(value, 2).toFixed(2);
  return {
    key: linked.metric.key,
    label: linked.metric.label,
    kind,
    polarity: linked.polarity,
    waves: linked.metricWaves,
    rows: linked.segments
      // A region with neither a level nor a change says nothing in a printed table.
      .filter(
        (segment) =>
          segment.segment === "all" || segment.levels.some((level) => level !== null) || segment.movement?.change,
      )
      .map((segment) => {
        const change = segment.movement?.change?.display ?? null;
        return {
          group: segment.segment === "all" ? "All" : segment.segment,
          values: segment.levels.map((level) => (level === null ? null : format(level))),
          change: change === null ? null : kind === "percentage" ? `${change} pts` : change,
        };
      }),
  };
}
