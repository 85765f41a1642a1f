import { compareValues } from "../analysis";
import type { AnalysisFrame } from "./analysis-frame";

export interface WaveRef {
  id: number;
  label: string;
}

/** The waves with at least one respondent who answered a free-text question, in natural label order. */
export function surveyWaves(frame: AnalysisFrame): WaveRef[] {
  return surveyWaveTable(frame).waves;
}

/** Each respondent's position in `surveyWaves(frame)`, or −1 for a wave without free-text answers. */
export function respondentWaveIndex(frame: AnalysisFrame): Int32Array {
  return surveyWaveTable(frame).index;
}

function surveyWaveTable(frame: AnalysisFrame): NonNullable<AnalysisFrame["surveyWaves"]> {
  if (!frame.surveyWaves) {
    const ids = new Set<number>();
    for (let respondent = 0; respondent < frame.respondentIds.length; respondent++) {
      if (frame.respondentAnswered[respondent]) ids.add(frame.respondentWave[respondent]);
    }
    const waves = [...ids]
      .map((id) => ({ id, label: frame.waveLabels.get(id) ?? String(id) }))
      .sort((a, b) => compareValues(a.label, b.label));
    const at = new Map(waves.map((wave, index) => [wave.id, index]));
    // Kept with the frame: respondents and their answers never change.
    frame.surveyWaves = { waves, index: Int32Array.from(frame.respondentWave, (waveId) => at.get(waveId) ?? -1) };
  }
  return frame.surveyWaves;
}
