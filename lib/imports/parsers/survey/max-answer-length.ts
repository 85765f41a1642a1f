/**
 * The longest survey answer an import accepts, in UTF-16 code units. (lib/imports is gaining a
 * shared limits module; this constant moves there once it lands.)
 */
export const MAX_ANSWER_LENGTH = 20_000;

export function answerTooLongMessage(rowNumber: number, question: string, length: number): string {
  const count = (n: number) => n.toLocaleString("en-GB");
  return `Row ${count(rowNumber)} answers "${question}" with ${count(length)} characters; an answer may hold at most ${count(MAX_ANSWER_LENGTH)}. Shorten that cell or split it across rows of its own and import the file again.`;
}
