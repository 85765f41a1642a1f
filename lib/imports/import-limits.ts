/** The longest survey answer an import accepts, in UTF-16 code units (the survey parsers enforce it). */
export const MAX_ANSWER_LENGTH = 20_000;

/** The longest transcript turn an import accepts, in UTF-16 code units. */
export const MAX_TURN_LENGTH = 50_000;

const count = (n: number) => n.toLocaleString("en-GB");

/** Why a turn is refused, and how to split it. */
export function turnTooLongMessage(turnNumber: number, speaker: string | null, length: number): string {
  const who = speaker ? ` (${speaker})` : "";
  return `Turn ${count(turnNumber)}${who} is ${count(length)} characters long; a turn may hold at most ${count(MAX_TURN_LENGTH)}. Split it into shorter turns (start a new paragraph with the speaker's name, or a new cue in a .vtt/.srt) and import the file again.`;
}

/** Why an answer is refused, and how to split it. */
export function answerTooLongMessage(rowNumber: number, question: string, length: number): string {
  return `Row ${count(rowNumber)} answers "${question}" with ${count(length)} characters; an answer may hold at most ${count(MAX_ANSWER_LENGTH)}. Shorten that cell or split it across rows of its own and import the file again.`;
}
