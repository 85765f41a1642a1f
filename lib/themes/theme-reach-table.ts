import { type AnalysisFrame, type CodedUnits, derivedFromCodings } from "../analysis-frame/analysis-frame";
import type { ThemeCode } from "./load-theme-codes";

/**
 * Who raised each theme, for every theme at once (the overview and the themes index need them all).
 * The same sets as `themeReach` / `focusGroupReach` in lib/analysis, computed in one pass over the
 * coded units instead of one pass per theme.
 */
export interface ThemeReachTable {
  /** Per theme: 1 at a respondent's index when one of their answers is coded with the theme or a sub-code. */
  raised: Map<number, Uint8Array>;
  /** Per theme: turns coded with the theme or a sub-code. */
  turns: Map<number, number>;
  /** Per theme: transcripts (focus groups) with such a turn. */
  groups: Map<number, number>;
}

export function themeReachTable(
  frame: AnalysisFrame,
  coded: CodedUnits,
  themes: readonly ThemeCode[],
): ThemeReachTable {
  // Kept while the codings are: the overview and the themes index ask for it on every visit.
  const key = `reach|${frame.fingerprint}|${themes.map((theme) => `${theme.id}:${theme.themeCodeIds.join(",")}`).join(";")}`;
  return derivedFromCodings(coded, key, () => computeThemeReachTable(frame, coded, themes));
}

function computeThemeReachTable(
  frame: AnalysisFrame,
  coded: CodedUnits,
  themes: readonly ThemeCode[],
): ThemeReachTable {
  // Themes by position; each code index lists the positions of the themes it counts for.
  const positionsOfCode = new Map<number, number[]>();
  themes.forEach((theme, position) => {
    for (const codeId of theme.themeCodeIds) {
      const list = positionsOfCode.get(codeId);
      if (list) list.push(position);
      else positionsOfCode.set(codeId, [position]);
    }
  });
  const owners = coded.codeIds.map((codeId) => positionsOfCode.get(codeId) ?? []);
  const raisedFlags = themes.map(() => new Uint8Array(frame.respondentIds.length));
  // Turns are numbered after every answer: flags over that range only, not every unit.
  const firstTurn = firstTurnUnit(frame);
  const turnFlags = themes.map(() => new Uint8Array(frame.unitCount - firstTurn));
  const turnCounts = new Int32Array(themes.length);
  for (let unit = 0; unit < frame.unitCount; unit++) {
    const start = coded.offsets[unit];
    const end = coded.offsets[unit + 1];
    if (start === end) continue;
    const isTurn = frame.unitIsTurn[unit] === 1;
    const respondent = frame.unitRespondent[unit];
    for (let k = start; k < end; k++) {
      for (const position of owners[coded.codes[k]]) {
        if (!isTurn) {
          if (respondent >= 0) raisedFlags[position][respondent] = 1;
        } else if (!turnFlags[position][unit - firstTurn]) {
          turnFlags[position][unit - firstTurn] = 1;
          turnCounts[position]++;
        }
      }
    }
  }
  const raised = new Map<number, Uint8Array>();
  const turns = new Map<number, number>();
  const groups = new Map<number, number>();
  themes.forEach((theme, position) => {
    raised.set(theme.id, raisedFlags[position]);
    turns.set(theme.id, turnCounts[position]);
    const documents = new Set<number>();
    if (turnCounts[position] > 0) {
      const flags = turnFlags[position];
      for (let at = 0; at < flags.length; at++) if (flags[at]) documents.add(frame.unitDocument[firstTurn + at]);
    }
    groups.set(theme.id, documents.size);
  });
  return { raised, turns, groups };
}

/** The first turn's unit number (units are every answer, then every turn); `unitCount` when there are none. */
function firstTurnUnit(frame: AnalysisFrame): number {
  let unit = 0;
  while (unit < frame.unitCount && !frame.unitIsTurn[unit]) unit++;
  return unit;
}

export interface WaveCount {
  waveId: number;
  raised: number;
  base: number;
}

/**
 * Raised and base respondents per wave for one theme's `raised` flags; `keep` narrows both to some
 * respondents (e.g. one region). The base is every respondent with at least one free-text answer.
 */
export function countByWave(
  frame: AnalysisFrame,
  raised: Uint8Array,
  keep?: (respondent: number) => boolean,
): Map<number, WaveCount> {
  const counts = new Map<number, WaveCount>();
  for (let respondent = 0; respondent < frame.respondentIds.length; respondent++) {
    if (!frame.respondentAnswered[respondent]) continue;
    if (keep && !keep(respondent)) continue;
    const waveId = frame.respondentWave[respondent];
    let count = counts.get(waveId);
    if (!count) {
      count = { waveId, raised: 0, base: 0 };
      counts.set(waveId, count);
    }
    count.base++;
    if (raised[respondent]) count.raised++;
  }
  return counts;
}
