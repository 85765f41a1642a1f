import type { ParsedTurn } from "./parsed-transcript";

/** Unattributed captions are split into turns at pauses longer than this… */
export const UNATTRIBUTED_PAUSE_MS = 2000;
/** …and after a sentence once a turn is this long, so a caption-only file does not become one turn per meeting. */
export const UNATTRIBUTED_TURN_CHARS = 1000;
const SENTENCE_END = /[.?!…]["”’)]?$/u;

/**
 * Merges consecutive cues of one speaker into one turn (texts joined by a space, start of the first
 * cue, end of the last). Consecutive unattributed cues merge too, but a new turn starts after a
 * pause longer than `UNATTRIBUTED_PAUSE_MS`, or at the end of a sentence once the turn holds
 * `UNATTRIBUTED_TURN_CHARS` characters.
 */
export function mergeConsecutiveCues(cues: ParsedTurn[]): ParsedTurn[] {
  const turns: ParsedTurn[] = [];
  for (const cue of cues) {
    const previous = turns.at(-1);
    if (previous && previous.speaker === cue.speaker && !endsUnattributedTurn(previous, cue)) {
      previous.text = `${previous.text} ${cue.text}`;
      previous.endMs = cue.endMs;
    } else {
      turns.push({ ...cue });
    }
  }
  return turns;
}

function endsUnattributedTurn(previous: ParsedTurn, next: ParsedTurn): boolean {
  if (next.speaker !== null) return false;
  if (previous.text.length >= UNATTRIBUTED_TURN_CHARS && SENTENCE_END.test(previous.text)) return true;
  if (previous.endMs === null || next.startMs === null) return false;
  return next.startMs - previous.endMs > UNATTRIBUTED_PAUSE_MS;
}
