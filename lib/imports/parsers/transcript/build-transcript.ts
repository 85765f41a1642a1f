import { ImportError } from "../import-error";
import type { ParsedTranscript, ParsedTurn, TranscriptFormat } from "./parsed-transcript";

/** Assembles the result shared by every format and refuses a transcript without any text. */
export function buildTranscript(
  format: TranscriptFormat,
  turns: ParsedTurn[],
  cueCount: number,
  warnings: string[],
): ParsedTranscript {
  if (turns.length === 0) throw new ImportError("This transcript has no text.");
  const speakers = [...new Set(turns.flatMap((turn) => (turn.speaker === null ? [] : [turn.speaker])))];
  return { format, turns, cueCount, speakers, warnings };
}
