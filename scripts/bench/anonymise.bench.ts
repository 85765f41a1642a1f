import { anonymise } from "../../lib/anonymise/anonymise";
import { MAX_QUOTE_LENGTH } from "../../lib/quotes/propose-quote";
import { type Figure, type Measurement, percentile, timeIt } from "./harness";

const RUNS = 5;
const TARGET_MS = 2_000;

/** Quotes a member could send at the longest the app accepts, each cut to MAX_QUOTE_LENGTH. */
function longestQuote(unit: string, tail = ""): string {
  return (unit.repeat(Math.ceil(MAX_QUOTE_LENGTH / unit.length)).slice(0, MAX_QUOTE_LENGTH - tail.length) + tail).slice(
    0,
    MAX_QUOTE_LENGTH,
  );
}

const PROSE = longestQuote(
  "Speaker 2: Priya Shah from Hays rang me about the post in Croydon, and I told her my caseload was 24. ",
);
const ADVERSARIAL: [string, string][] = [
  ["one run of spaces", longestQuote(" ", "Sarah Jones said no.")],
  ["one run of newlines", longestQuote("\n", "Sarah Jones said no.")],
  ["one word repeated", longestQuote("Precious, ")],
  ["one name repeated", longestQuote("Michelle Wood MW ")],
  ["one capitalised word repeated", longestQuote("Then Kit ")],
  // One "word" of capitals joined by apostrophes or hyphens: many patterns read on from each capital to its end.
  ["capitals joined by apostrophes", longestQuote("Ab’")],
  ["capitals joined by hyphens", longestQuote("A-")],
];

/**
 * What a report author waits for when a quote is proposed: the anonymiser on a quote of the longest
 * length the app accepts, written to be slow (one whitespace run, one word or name over and over),
 * beside the same length of ordinary speech with names in it.
 */
export const anonymiseMeasurement: Measurement = {
  name: "anonymise",
  async run({ log }): Promise<Figure[]> {
    const median = (text: string) =>
      percentile(
        Array.from({ length: RUNS }, () => timeIt(() => anonymise(text)).ms),
        50,
      );
    median(PROSE);
    const baseline = median(PROSE);
    log(`ordinary speech, ${PROSE.length} characters: ${baseline.toFixed(0)} ms`);
    return ADVERSARIAL.map(([name, text]) => {
      const value = median(text);
      log(`${name}: ${value.toFixed(0)} ms`);
      return {
        name: `anonymise a ${text.length.toLocaleString("en-GB")}-character quote: ${name} (median of ${RUNS})`,
        corpus: "written to be slow",
        value,
        unit: "ms",
        baselineName: "ordinary speech of the same length",
        baseline,
        target: `< ${TARGET_MS / 1000} s`,
        met: value < TARGET_MS,
      };
    });
  },
};
