import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { questions } from "../../db/schema";
import {
  type Breakdown,
  type CodedTurn,
  compareValues,
  focusGroupReach,
  NOT_STATED,
  type Share,
  shareOf,
  suppressBreakdown,
} from "../analysis";
import {
  type AnalysisFrame,
  type FrameTurnRef,
  loadAnalysisFrame,
  loadAttributeColumn,
  loadCodedUnits,
  turnRefsOf,
} from "../analysis-frame/analysis-frame";
import { breakdownAttributes } from "../analysis-frame/breakdown-attributes";
import { respondentWaveIndex, surveyWaves, type WaveRef } from "../analysis-frame/survey-waves";
import { loadValueOrder } from "../attribute-values/load-value-order";
import { compareInOrder } from "../attribute-values/value-order";
import { resolveCodingScope } from "../coding/coding-scope";
import { AppError } from "../errors";
import { loadMetricFigures } from "../metrics/load-metric-figures";
import { listThemeQuotes } from "../quotes/list-theme-quotes";
import { type Comparison, resolveComparison } from "../waves/comparison";
import { loadThemeCodes } from "./load-theme-codes";
import { prevalenceCell, prevalenceChange } from "./prevalence-cell";
import { summariseLinkedMetrics } from "./summarise-linked-metrics";

import {
  DEFAULT_CO_OCCURRENCE_LIMIT,
  type FocusGroupCounts,
  type ThemeBreakdown,
  type ThemeSummary,
  type ThemeSummaryOptions,
} from "./theme-summary-types";
import { answeredByQuestion, coOccurrenceCounts, type ThemeUnits, themeUnits } from "./theme-units";

export * from "./theme-summary-types";

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
  const coded = loadCodedUnits(db, frame, resolveCodingScope(db, projectId, options.viewer ?? null).frame);
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
    linkedMetrics: summariseLinkedMetrics(db, {
      frame,
      figures: loadMetricFigures(db, projectId),
      codeId: code.id,
      waveRefs: waves,
      waveIndex,
      theme,
      prevalence: prevalence.change,
      threshold,
      pair,
    }),
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
