/** Runs of whitespace longer than this are quietened in their middle (and runs of letters longer than any word, below). */
const LONGEST_RUN = 16;
const KEPT_AT_EACH_END = 8;
const LONG_RUN = new RegExp(`\\s{${LONGEST_RUN + 1},}`, "g");
const SENTENCE_END = /[.!?:;]/;

/**
 * The text the detectors read: the same length and offsets as the input, but every whitespace run of more than 16
 * characters keeps only 8 at each end and has NUL in its middle, ending with the run's sentence stop or line break if
 * it had one. Many detectors look back over "[ \t]+" before a word, so a run of n spaces costs them n² steps (20,000
 * spaces took 8 s, 40,000 took 37 s); quietened, each position looks back at most 8. A gap that long is never inside a
 * name, a number or an address, and both of its edges still read as whitespace and keep the sentence or line the word
 * after it opens; only a rule reading across the gap itself ("at" + 20 spaces + a name) finds less.
 */
export function quietLongWhitespace(text: string): string {
  return quietLongWords(quietWhitespace(text));
}

/** Letters, apostrophes and hyphens in one run longer than any word ("Ab’Ab’Ab’…"): no name, place or number is. */
const LONGEST_WORD = 48;
const LONG_WORD = new RegExp(`[\\p{L}\\p{M}'’-]{${LONGEST_WORD + 1},}`, "gu");

/**
 * Many detectors read on from a capital over "[\p{L}'’-]+", so a "word" of n letters joined by apostrophes costs them n²
 * steps (a 5,000-character quote of "Ab’" took 1.9 s). Every 48th character of such a run is NUL instead, so each
 * reads on at most 48; a run that long is no word of any language, and the offsets stay the same.
 */
function quietLongWords(text: string): string {
  return text.replace(LONG_WORD, (run: string) =>
    [...run]
      .map((character, index) => ((index + 1) % LONGEST_WORD === 0 ? "\u0000".repeat(character.length) : character))
      .join(""),
  );
}

function quietWhitespace(text: string): string {
  return text.replace(LONG_RUN, (run: string, offset: number) => {
    // A sentence's end before the gap is repeated just before its far edge, so the word after still opens a sentence.
    const before = text[offset - 1] ?? "";
    // Note: a line break in the gap is kept there too, so the word after still opens its line.
    const end = SENTENCE_END.test(before) ? before : run.includes("\n") ? "\n" : "\u0000";
    const middle = "\u0000".repeat(run.length - 2 * KEPT_AT_EACH_END - 1) + end;
    return run.slice(0, KEPT_AT_EACH_END) + middle + run.slice(run.length - KEPT_AT_EACH_END);
  });
}
