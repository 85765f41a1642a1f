import { speakerLabel } from "./labelled-text";
import {
  candidateConventions,
  type OffsetConvention,
  offsetMapper,
  STANDARD_CONVENTION,
  scoreConvention,
} from "./offset-convention";
import type { RefiProject, RefiSource } from "./read-qdpx";
import { type RefiTurn, refiTurns } from "./refi-turns";

/** A text source ready to store: its text, turns and selections in UTF-16 offsets of that text. */
export interface PreparedSource {
  source: RefiSource;
  text: string;
  turns: (RefiTurn & { caseGuid: string | null })[];
  selections: { selection: RefiSource["selections"][number]; start: number; end: number }[];
}

/** The reading of selection offsets under which the most selections start and end on word boundaries. */
export function chooseConvention(file: RefiProject): OffsetConvention {
  const candidates = new Map<string, OffsetConvention>([[JSON.stringify(STANDARD_CONVENTION), STANDARD_CONVENTION]]);
  for (const source of file.sources) {
    for (const candidate of candidateConventions(source.text, source.hadBom)) {
      candidates.set(JSON.stringify(candidate), candidate);
    }
  }
  let best = STANDARD_CONVENTION;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates.values()) {
    const score = file.sources.reduce(
      (sum, source) => sum + scoreConvention(source.text, offsetMapper(source.text, candidate), source.selections),
      0,
    );
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

const TURN_SELECTION = /^(turn|answer):\d+$/;

/**
 * A source's text, turns and selections in UTF-16 offsets of the text as it will be stored. A
 * Quoteline export carries each turn as a selection named "turn:N" linked to its speaker's case,
 * with "Speaker: " written before it: the labels come out again, so the text is the original.
 */
export function prepareSource(
  source: RefiSource,
  convention: OffsetConvention,
  fromQuoteline: boolean,
  caseOfSelection: Map<string, string>,
  file: RefiProject,
): { prepared: PreparedSource; selections: PreparedSource["selections"]; turnSelections: number } | null {
  const map = offsetMapper(source.text, convention);
  const mapped = source.selections.map((selection) => ({
    selection,
    start: map(selection.start),
    end: map(selection.end),
  }));
  let text = source.text;
  let remap = (offset: number) => offset;
  let sourceTurns: PreparedSource["turns"] = [];
  let turnSelections = 0;
  if (fromQuoteline) {
    const caseNames = new Map(file.cases.map((entry) => [entry.guid, entry.name]));
    const units = mapped
      .filter(
        ({ selection, start, end }) =>
          TURN_SELECTION.test(selection.name) && selection.codings.length === 0 && start !== null && end !== null,
      )
      .map(({ selection, start, end }) => {
        const caseGuid = caseOfSelection.get(selection.guid) ?? null;
        const isTurn = selection.name.startsWith("turn:");
        return {
          start: start!,
          end: end!,
          caseGuid,
          speaker: isTurn && caseGuid ? (caseNames.get(caseGuid) ?? null) : null,
        };
      })
      .sort((a, b) => a.start - b.start);
    turnSelections = units.length;
    const removals: { at: number; length: number }[] = [];
    for (const unit of units) {
      if (!unit.speaker) continue;
      const label = speakerLabel(unit.speaker);
      if (text.slice(unit.start - label.length, unit.start) === label)
        removals.push({ at: unit.start - label.length, length: label.length });
    }
    if (removals.length > 0) {
      const parts: string[] = [];
      let from = 0;
      for (const removal of removals) {
        parts.push(text.slice(from, removal.at));
        from = removal.at + removal.length;
      }
      parts.push(text.slice(from));
      text = parts.join("");
      const removedBefore: number[] = [];
      let removed = 0;
      for (const removal of removals) {
        removedBefore.push(removed);
        removed += removal.length;
      }
      remap = (offset) => {
        // The last removal starting before the offset; an offset inside a label falls to its start.
        let low = 0;
        let high = removals.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (removals[middle].at < offset) low = middle + 1;
          else high = middle;
        }
        if (low === 0) return offset;
        const removal = removals[low - 1];
        if (offset < removal.at + removal.length) return removal.at - removedBefore[low - 1];
        return offset - removedBefore[low - 1] - removal.length;
      };
    }
    sourceTurns = units.map((unit) => ({
      startOffset: remap(unit.start),
      endOffset: remap(unit.end),
      speaker: unit.speaker,
      caseGuid: unit.caseGuid,
    }));
  }
  if (sourceTurns.length === 0) sourceTurns = refiTurns(text).map((turn) => ({ ...turn, caseGuid: null }));
  const selections: PreparedSource["selections"] = [];
  for (const { selection, start, end } of mapped) {
    if (fromQuoteline && TURN_SELECTION.test(selection.name) && selection.codings.length === 0) continue;
    if (start === null || end === null) continue;
    const from = remap(start);
    const to = remap(end);
    if (from >= to || to > text.length || !text.slice(from, to).trim()) continue;
    selections.push({ selection, start: from, end: to });
  }
  if (sourceTurns.length === 0) {
    if (!text.trim()) return null;
    sourceTurns = [{ startOffset: 0, endOffset: text.length, speaker: null, caseGuid: null }];
  }
  const lastEnd = Math.max(...selections.map((entry) => entry.end), 0);
  const last = sourceTurns[sourceTurns.length - 1];
  if (lastEnd > last.endOffset) last.endOffset = lastEnd;
  return { prepared: { source, text, turns: sourceTurns, selections }, selections, turnSelections };
}
