import words from "./data/english-words.json";

const WORDS = new Set(words.words.split(" "));
const RARER_WORDS = new Set(words.rarerWords.split(" "));
const PROPER_NOUNS = new Set(words.properNouns.split(" "));

/** In the generated list of English words (lower case, folded); see scripts/anonymise/build-name-lexicon.ts. */
export function isListedEnglishWord(folded: string): boolean {
  return WORDS.has(folded);
}

/** A rarer English word ("cohort", "legit"), directly or by its base form: enough to doubt a lower-case name. */
export function isRarerEnglishWord(folded: string): boolean {
  return RARER_WORDS.has(folded) || wordStems(folded).some((stem) => RARER_WORDS.has(stem));
}

/** A capitalised word of the larger list that is no name ("Amharic", "Christmas"), typed in lower case. */
export function isListedProperNoun(folded: string): boolean {
  return PROPER_NOUNS.has(folded) || PROPER_NOUNS.has(folded.replace(/s$/u, ""));
}

/** Base forms a plural or inflected word may come from: "islands" → "island", "covered" → "cover", "cover". */
export function wordStems(folded: string): string[] {
  const stems = [
    folded.replace(/ies$/u, "y"),
    folded.replace(/ied$/u, "y"),
    folded.replace(/es$/u, ""),
    folded.replace(/s$/u, ""),
    folded.replace(/ed$/u, ""),
    folded.replace(/ed$/u, "e"),
    folded.replace(/d$/u, ""),
    folded.replace(/ing$/u, ""),
    folded.replace(/ing$/u, "e"),
    folded.replace(/(\p{L})\1(?:ed|ing)$/u, "$1"),
    folded.replace(/['’]s$/u, ""),
    folded.replace(/(?:ly|er|est)$/u, ""),
  ];
  const dropsFinalE = (stem: string) =>
    /[^aeiou]e$/u.test(stem) && /(?:ed|ing)$/u.test(folded) && !/e(?:d|ing)$/u.test(stem);
  return [...new Set(stems)].filter(
    (stem) =>
      stem !== folded &&
      stem.length >= 3 &&
      !(dropsFinalE(stem) && folded === `${stem}${folded.endsWith("ed") ? "ed" : "ing"}`),
  );
}
