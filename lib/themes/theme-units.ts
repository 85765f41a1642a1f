import { type AnalysisFrame, type CodedUnits, derivedFromCodings } from "../analysis-frame/analysis-frame";

/**
 * Where one theme (a code and its sub-codes) was applied: flags per unit and per respondent. These are
 * the sets `themeReach` and `themePrevalence` in lib/analysis count, kept as typed arrays so a summary
 * over tens of thousands of answers stays within a request's budget (theme-units.test.ts checks both agree).
 */
export interface ThemeUnits {
  /** 1 for each answer or turn coded with the theme. */
  units: Uint8Array;
  /** 1 for each respondent with at least one answer coded with the theme. */
  raised: Uint8Array;
  /** Question id → 1 for each respondent whose answer to that question is coded with the theme. */
  raisedByQuestion: Map<number, Uint8Array>;
}

export function themeUnits(frame: AnalysisFrame, coded: CodedUnits, themeCodeIds: readonly number[]): ThemeUnits {
  const inTheme = new Uint8Array(coded.codeIds.length);
  for (const codeId of themeCodeIds) {
    const index = coded.codeIndex.get(codeId);
    if (index !== undefined) inTheme[index] = 1;
  }
  const units = new Uint8Array(frame.unitCount);
  const raised = new Uint8Array(frame.respondentIds.length);
  const raisedByQuestion = new Map<number, Uint8Array>();
  for (let unit = 0; unit < frame.unitCount; unit++) {
    let hit = false;
    for (let k = coded.offsets[unit]; k < coded.offsets[unit + 1]; k++) {
      if (inTheme[coded.codes[k]]) {
        hit = true;
        break;
      }
    }
    if (!hit) continue;
    units[unit] = 1;
    const respondent = frame.unitRespondent[unit];
    if (respondent < 0) continue;
    raised[respondent] = 1;
    const questionId = frame.documents.get(frame.unitDocument[unit])?.questionId;
    if (questionId === null || questionId === undefined) continue;
    let flags = raisedByQuestion.get(questionId);
    if (!flags) {
      flags = new Uint8Array(frame.respondentIds.length);
      raisedByQuestion.set(questionId, flags);
    }
    flags[respondent] = 1;
  }
  return { units, raised, raisedByQuestion };
}

/** Question id → 1 for each respondent who answered it: the per-question prevalence base (kept with the frame). */
export function answeredByQuestion(frame: AnalysisFrame): Map<number, Uint8Array> {
  if (frame.answeredByQuestion) return frame.answeredByQuestion;
  const result = new Map<number, Uint8Array>();
  for (let unit = 0; unit < frame.unitCount; unit++) {
    const respondent = frame.unitRespondent[unit];
    if (frame.unitIsTurn[unit] || respondent < 0) continue;
    const questionId = frame.documents.get(frame.unitDocument[unit])?.questionId;
    if (questionId === null || questionId === undefined) continue;
    let flags = result.get(questionId);
    if (!flags) {
      flags = new Uint8Array(frame.respondentIds.length);
      result.set(questionId, flags);
    }
    flags[respondent] = 1;
  }
  frame.answeredByQuestion = result;
  return result;
}

/**
 * How many units each code shares with the theme: codes applied in the same answer or turn as the theme,
 * counted once per unit (the theme's pairs of `coOccurrences` in lib/analysis). The theme's own codes are left out.
 */
export function coOccurrenceCounts(
  coded: CodedUnits,
  units: Uint8Array,
  themeCodeIds: readonly number[],
): Map<number, number> {
  const own = new Set(themeCodeIds);
  const counts = new Int32Array(coded.codeIds.length);
  for (let unit = 0; unit < units.length; unit++) {
    if (!units[unit]) continue;
    for (let k = coded.offsets[unit]; k < coded.offsets[unit + 1]; k++) counts[coded.codes[k]]++;
  }
  const result = new Map<number, number>();
  coded.codeIds.forEach((codeId, index) => {
    if (counts[index] > 0 && !own.has(codeId)) result.set(codeId, counts[index]);
  });
  return result;
}

/**
 * The symmetric matrix of units coded with both codes, in the given order, with each code's units on the
 * diagonal: `coOccurrenceMatrix` of lib/analysis over compressed rows.
 */
export function unitCoOccurrenceMatrix(coded: CodedUnits, codeIds: readonly number[]): number[][] {
  return derivedFromCodings(coded, `co-occurrence|${codeIds.join(",")}`, () =>
    computeCoOccurrenceMatrix(coded, codeIds),
  );
}

function computeCoOccurrenceMatrix(coded: CodedUnits, codeIds: readonly number[]): number[][] {
  const position = new Int32Array(coded.codeIds.length).fill(-1);
  codeIds.forEach((codeId, index) => {
    const codeIndex = coded.codeIndex.get(codeId);
    if (codeIndex !== undefined) position[codeIndex] = index;
  });
  const size = codeIds.length;
  const flat = new Int32Array(size * size);
  const present = new Int32Array(Math.max(1, coded.codeIds.length));
  const { offsets, codes } = coded;
  for (let unit = 0; unit + 1 < offsets.length; unit++) {
    const start = offsets[unit];
    const end = offsets[unit + 1];
    // Most units carry one code: only its diagonal cell moves.
    if (end - start === 1) {
      const at = position[codes[start]];
      if (at >= 0) flat[at * size + at]++;
      continue;
    }
    let count = 0;
    for (let k = start; k < end; k++) {
      const at = position[codes[k]];
      if (at >= 0) present[count++] = at;
    }
    for (let i = 0; i < count; i++) {
      const row = present[i] * size;
      for (let j = 0; j < count; j++) flat[row + present[j]]++;
    }
  }
  return codeIds.map((_, i) => Array.from(flat.subarray(i * size, (i + 1) * size)));
}
