import { ImportError } from "../import-error";
import { buildTranscript } from "./build-transcript";
import { mergeConsecutiveCues } from "./merge-consecutive-cues";
import { normaliseWhitespace } from "./normalise-whitespace";
import { parseClockTime } from "./parse-clock-time";
import type { ParsedTranscript, ParsedTurn } from "./parsed-transcript";
import { readTranscriptText } from "./read-transcript-text";
import { splitCueSpeakers } from "./split-cue-speakers";
import { stripSubtitleMarkup } from "./strip-subtitle-markup";

const TIME = String.raw`\d{1,3}:\d{1,2}:\d{1,2}(?:[,.]\d{1,3})?`;
const TIMING = new RegExp(String.raw`^\s*(${TIME})\s*-->\s*(${TIME})`);
const CUE_NUMBER = /^\s*\d+\s*$/;

interface Cue {
  startMs: number | null;
  endMs: number | null;
  text: string;
}

/**
 * Reads a SubRip file: optional cue numbers, `00:00:01,000 --> 00:00:02,000` timings, text up to the
 * next blank line (or the next cue when a blank line is missing). Speakers come from consistent
 * "Name: " prefixes, as in Zoom VTT; consecutive cues of one speaker become one turn.
 */
export function parseSrt(bytes: Uint8Array): ParsedTranscript {
  const lines = readTranscriptText(bytes).split(/\r\n|\r|\n/);
  const timingLines = lines.flatMap((line, index) => (TIMING.test(line) ? [index] : []));
  if (timingLines.length === 0) {
    throw new ImportError(
      'This is not an SRT file: no cue timings such as "00:00:01,000 --> 00:00:02,000" were found.',
    );
  }
  const warnings: string[] = [];
  const cues: Cue[] = timingLines.map((timingLine, position) => {
    const [, start, end] = TIMING.exec(lines[timingLine])!;
    const next = timingLines[position + 1] ?? lines.length;
    const textLines: string[] = [];
    for (let index = timingLine + 1; index < next; index++) {
      const line = lines[index];
      if (line.trim().length === 0) break;
      if (index === next - 1 && next < lines.length && CUE_NUMBER.test(line)) break;
      textLines.push(line);
    }
    return {
      startMs: parseClockTime(start),
      endMs: parseClockTime(end),
      text: normaliseWhitespace(stripSubtitleMarkup(textLines.join("\n"))),
    };
  });
  const unreadable = cues.filter((cue) => cue.startMs === null || cue.endMs === null).length;
  if (unreadable > 0) warnings.push(`${unreadable} cue times could not be read; those cues have no time.`);

  const spoken = cues.filter((cue) => cue.text.length > 0);
  const speakers = splitCueSpeakers(spoken.map((cue) => cue.text));
  const turns: ParsedTurn[] = spoken.map((cue, index) => ({
    speaker: speakers[index].speaker,
    startMs: cue.startMs,
    endMs: cue.endMs,
    text: speakers[index].text,
  }));
  return buildTranscript("srt", mergeConsecutiveCues(turns), cues.length, warnings);
}
