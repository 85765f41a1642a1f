import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks } from "../../db/schema";
import type { Change } from "../analysis";
import { loadAnalysisFrame, loadCodedUnits } from "../analysis-frame/analysis-frame";
import { surveyWaves } from "../analysis-frame/survey-waves";
import { getProjectSettings } from "../projects/settings";
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
  rows: ThemeListRow[];
}

/** Every code of the project in tree order, with prevalence per wave (the code and its sub-codes). */
export function listThemes(db: Db, projectId: number): ThemeList {
  const { suppressionThreshold: threshold } = getProjectSettings(db, projectId);
  const codes = loadThemeCodes(db, projectId);
  const frame = loadAnalysisFrame(db, projectId);
  const table = themeReachTable(frame, loadCodedUnits(db, frame), codes);
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
    rows: codes.map((code) => {
      const counts = countByWave(frame, table.raised.get(code.id)!);
      const prevalence = waves.map((wave) =>
        prevalenceCell(wave.label, counts.get(wave.id)?.raised ?? 0, counts.get(wave.id)?.base ?? 0, threshold),
      );
      return {
        code,
        prevalence,
        change: prevalence.length > 1 ? prevalenceChange(prevalence[0], prevalence[prevalence.length - 1]) : null,
        turns: table.turns.get(code.id) ?? 0,
        groups: table.groups.get(code.id) ?? 0,
        linkedMetrics: links.get(code.id) ?? 0,
      };
    }),
  };
}
