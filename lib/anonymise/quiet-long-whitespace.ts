/** Runs of whitespace longer than this are quietened in their middle. */
const LONGEST_RUN = 16;
const KEPT_AT_EACH_END = 8;
const LONG_RUN = new RegExp(`\\s{${LONGEST_RUN + 1},}`, "g");
const SENTENCE_END = /[.!?:;]/;

/**
 * The text the detectors read: the same length and offsets as the input, but every whitespace run of
 * more than 16 characters keeps only 8 at each end and has NUL in its middle (ending with the run's sentence stop, if one came before it). Many detectors look back
 * over "[ \t]+" before a word, so a run of n spaces costs them n² steps (20,000 spaces took 8 s, 40,000
 * took 37 s); quietened, each position looks back at most 8. A gap that long is never inside a name, a
 * number or an address, and both of its edges still read as whitespace, so what the detectors find
 * does not change.
 */
export function quietLongWhitespace(text: string): string {
  return text.replace(LONG_RUN, (run: string, offset: number) => {
    // A sentence's end before the gap is repeated just before its far edge, so the word after still opens a sentence.
    const before = text[offset - 1] ?? "";
    const end = SENTENCE_END.test(before) ? before : "\u0000";
    const middle = "\u0000".repeat(run.length - 2 * KEPT_AT_EACH_END - 1) + end;
    return run.slice(0, KEPT_AT_EACH_END) + middle + run.slice(run.length - KEPT_AT_EACH_END);
  });
}
