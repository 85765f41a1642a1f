import ngrams from "./data/name-ngrams.json";
import { foldForMatch } from "./text-matching";

const WEIGHTS: Record<string, number> = ngrams.weights;

/** "^^ka", "^ka", "kas", …, "ia$": the letter trigrams of a word with its two ends marked. */
export function letterTrigrams(folded: string): string[] {
  const padded = `^^${folded}$`;
  const trigrams: string[] = [];
  for (let index = 0; index + 3 <= padded.length; index++) trigrams.push(padded.slice(index, index + 3));
  return trigrams;
}

/** The mean log-odds of a word's letter trigrams under the given weights (tenths), in natural-log units. */
export function nameLikenessFrom(weights: Record<string, number>, word: string): number {
  const trigrams = letterTrigrams(foldForMatch(word).replace(/[^a-z]/gu, ""));
  if (trigrams.length === 0) return 0;
  let sum = 0;
  for (const trigram of trigrams) sum += weights[trigram] ?? 0;
  return sum / 10 / trigrams.length;
}

/**
 * How much more a word's spelling looks like a person's name than an English word ("kyeremeh" about 2,
 * "paperwork" below 0), learnt from letter trigrams of the name lexicon against Debian's word list.
 */
export function nameLikeness(word: string): number {
  return nameLikenessFrom(WEIGHTS, word);
}
