import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks } from "../../db/schema";
import type { Change } from "../analysis";
import { loadAnalysisFrame, loadCodedUnits } from "../analysis-frame/analysis-frame";
import { surveyWaves } from "../analysis-frame/survey-waves";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";
import { type Comparison, type ComparisonOptions, resolveComparison } from "../waves/comparison";
import { loadThemeCodes, type ThemeCode } from "./load-theme-codes";
import { type PrevalenceCell, prevalenceCell, prevalenceChange } from "./prevalence-cell";
import { countByWave, themeReachTable } from "./theme-reach-table";

export interface ThemeListRow {
  code: ThemeCode;
  /** One per wave of `ThemeList.waves`. */
  prevalence: PrevalenceCell[];
  change: Change | null;
  turns: number;
  groups: number;
  linkedMetrics: number;
}

export interface ThemeList {
  waves: string[];
  threshold: number;
  /** The waves `change` is between (lib/waves): "2023 → 2025". */
  comparison: Comparison;
  rows: ThemeListRow[];
}

/**
 * Every code of the project in tree order, with prevalence per wave (the code and its sub-codes) and its
 * change between the compared waves.
 */
export function listThemes(
  db: Db,
  projectId: number,
  options: ComparisonOptions & { comparison?: Comparison; viewer?: CodingViewer } = {},
): ThemeList {
  const comparison = resolveComparison(db, projectId, options);
  const threshold = comparison.threshold;
  const codes = loadThemeCodes(db, projectId);
  const frame = loadAnalysisFrame(db, projectId);
  const scope = resolveCodingScope(db, projectId, options.viewer ?? null).frame;
  const table = themeReachTable(frame, loadCodedUnits(db, frame, scope), codes);
  const waves = surveyWaves(frame);
  const links = new Map(
    codes.length === 0
      ? []
      : db
          .select({ codeId: codeMetricLinks.codeId, count: sql<number>`count(*)` })
          .from(codeMetricLinks)
          .where(
            inArray(
              codeMetricLinks.codeId,
              codes.map((c) => c.id),
            ),
          )
          .groupBy(codeMetricLinks.codeId)
          .all()
          .map((row) => [row.codeId, row.count]),
  );
  return {
    waves: waves.map((wave) => wave.label),
    threshold,
    comparison,
    rows: codes.map((code) => {
      const counts = countByWave(frame, table.raised.get(code.id)!);
      const prevalence = waves.map((wave) =>
        prevalenceCell(wave.label, counts.get(wave.id)?.raised ?? 0, counts.get(wave.id)?.base ?? 0, threshold),
      );
      const cellOf = (wave: { id: number } | null) =>
        wave ? prevalence[waves.findIndex((each) => each.id === wave.id)] : undefined;
      return {
        code,
        prevalence,
        change: prevalenceChange(cellOf(comparison.baseline), cellOf(comparison.current)),
        turns: table.turns.get(code.id) ?? 0,
        groups: table.groups.get(code.id) ?? 0,
        linkedMetrics: links.get(code.id) ?? 0,
      };
    }),
  };
}
