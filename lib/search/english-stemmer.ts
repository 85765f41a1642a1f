/*
 * The Porter2 ("Snowball English") stemmer, with British -ise spellings given the rules of -ize:
 * -ise, -ised, -ising, -iser, -isation stem together as -ize … do (organise, organisation → organ).
 * No stemming library is installed, and SQLite's built-in porter tokenizer would need a new FTS
 * table (a migration), so search expands a word to the indexed words sharing its stem instead.
 * Takes a folded word (lower case, no accents) and returns its stem.
 */

const VOWELS = "aeiouy";
const isVowel = (character: string | undefined): boolean => character !== undefined && VOWELS.includes(character);
const DOUBLES = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
const LI_ENDINGS = "cdeghkmnrt";

const EXCEPTIONS: Record<string, string> = {
  skis: "ski",
  skies: "sky",
  dying: "die",
  lying: "lie",
  tying: "tie",
  idly: "idl",
  gently: "gentl",
  ugly: "ugli",
  early: "earli",
  only: "onli",
  singly: "singl",
  sky: "sky",
  news: "news",
  howe: "howe",
  atlas: "atlas",
  cosmos: "cosmos",
  bias: "bias",
  andes: "andes",
};
const AFTER_STEP_1A = new Set(["inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed"]);
const R1_PREFIXES = ["gener", "commun", "arsen"];

/** Vowels here include y, but not the consonant Y marked at the start. */
function regionAfter(word: string, from: number): number {
  for (let index = from + 1; index < word.length; index++) {
    if (!isVowel(word[index]) && isVowel(word[index - 1])) return index + 1;
  }
  return word.length;
}

function endsWithShortSyllable(word: string): boolean {
  const n = word.length;
  if (n === 2) return isVowel(word[0]) && !isVowel(word[1]);
  if (n < 3) return false;
  const [before, vowel, after] = [word[n - 3], word[n - 2], word[n - 1]];
  return !isVowel(before) && isVowel(vowel) && !isVowel(after) && !"wxY".includes(after);
}

interface Word {
  text: string;
  r1: number;
  r2: number;
}

const inR1 = (word: Word, suffix: string) => word.text.length - suffix.length >= word.r1;
const inR2 = (word: Word, suffix: string) => word.text.length - suffix.length >= word.r2;
const cut = (word: Word, suffix: string, replacement = "") => {
  word.text = word.text.slice(0, word.text.length - suffix.length) + replacement;
};
const longest = (text: string, suffixes: readonly string[]): string | undefined =>
  suffixes.filter((suffix) => text.endsWith(suffix)).sort((a, b) => b.length - a.length)[0];

function step0(word: Word): void {
  const suffix = longest(word.text, ["'s'", "'s", "'"]);
  if (suffix) cut(word, suffix);
}

function step1a(word: Word): void {
  const suffix = longest(word.text, ["sses", "ied", "ies", "us", "ss", "s"]);
  if (suffix === "sses") cut(word, suffix, "ss");
  else if (suffix === "ied" || suffix === "ies") cut(word, suffix, word.text.length > 4 ? "i" : "ie");
  else if (suffix === "s" && /[aeiouy]/.test(word.text.slice(0, -2))) cut(word, suffix);
}

function step1b(word: Word): void {
  const suffix = longest(word.text, ["eed", "eedly", "ed", "edly", "ing", "ingly"]);
  if (!suffix) return;
  if (suffix === "eed" || suffix === "eedly") {
    if (inR1(word, suffix)) cut(word, suffix, "ee");
    return;
  }
  if (!/[aeiouy]/.test(word.text.slice(0, -suffix.length))) return;
  cut(word, suffix);
  const text = word.text;
  if (text.endsWith("at") || text.endsWith("bl") || text.endsWith("iz") || text.endsWith("is")) word.text += "e";
  else if (DOUBLES.some((double) => text.endsWith(double))) word.text = text.slice(0, -1);
  else if (word.r1 >= text.length && endsWithShortSyllable(text)) word.text += "e";
}

function step1c(word: Word): void {
  const text = word.text;
  if (text.length > 2 && /[yY]$/.test(text) && !isVowel(text[text.length - 2])) word.text = `${text.slice(0, -1)}i`;
}

const STEP2: Record<string, string> = {
  tional: "tion",
  enci: "ence",
  anci: "ance",
  abli: "able",
  entli: "ent",
  izer: "ize",
  ization: "ize",
  iser: "ise",
  isation: "ise",
  ational: "ate",
  ation: "ate",
  ator: "ate",
  alism: "al",
  aliti: "al",
  alli: "al",
  fulness: "ful",
  ousli: "ous",
  ousness: "ous",
  iveness: "ive",
  iviti: "ive",
  biliti: "ble",
  bli: "ble",
  ogi: "og",
  fulli: "ful",
  lessli: "less",
  li: "",
};

function step2(word: Word): void {
  const suffix = longest(word.text, Object.keys(STEP2));
  if (!suffix || !inR1(word, suffix)) return;
  const before = word.text[word.text.length - suffix.length - 1];
  if (suffix === "ogi" && before !== "l") return;
  if (suffix === "li" && !LI_ENDINGS.includes(before ?? "")) return;
  cut(word, suffix, STEP2[suffix]);
}

const STEP3: Record<string, string> = {
  tional: "tion",
  ational: "ate",
  alize: "al",
  alise: "al",
  icate: "ic",
  iciti: "ic",
  ical: "ic",
  ful: "",
  ness: "",
  ative: "",
};

function step3(word: Word): void {
  const suffix = longest(word.text, Object.keys(STEP3));
  if (!suffix || !inR1(word, suffix)) return;
  if (suffix === "ative" && !inR2(word, suffix)) return;
  cut(word, suffix, STEP3[suffix]);
}

const STEP4 = [
  "al",
  "ance",
  "ence",
  "er",
  "ic",
  "able",
  "ible",
  "ant",
  "ement",
  "ment",
  "ent",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
  "ise",
  "ion",
];

function step4(word: Word): void {
  const suffix = longest(word.text, STEP4);
  if (!suffix || !inR2(word, suffix)) return;
  if (suffix === "ion" && !"st".includes(word.text[word.text.length - 4] ?? "-")) return;
  cut(word, suffix);
}

function step5(word: Word): void {
  const text = word.text;
  if (text.endsWith("e")) {
    const stem = text.slice(0, -1);
    if (inR2(word, "e") || (inR1(word, "e") && !endsWithShortSyllable(stem))) word.text = stem;
  } else if (text.endsWith("ll") && inR2(word, "l")) {
    word.text = text.slice(0, -1);
  }
}

/** The Porter2 stem of one lower-case word; words of one or two letters, and numbers, come back unchanged. */
export function stemEnglish(input: string): string {
  if (input.length <= 2 || !/^[a-z']+$/.test(input)) return input;
  const exception = EXCEPTIONS[input];
  if (exception) return exception;
  let text = input.replace(/^'/, "");
  text = text.replace(/^y/, "Y").replace(/([aeiouy])y/g, "$1Y");
  const prefix = R1_PREFIXES.find((candidate) => text.startsWith(candidate));
  const r1 = prefix ? prefix.length : regionAfter(text, 0);
  const word: Word = { text, r1, r2: regionAfter(text, r1) };
  step0(word);
  step1a(word);
  if (AFTER_STEP_1A.has(word.text)) return word.text;
  step1b(word);
  step1c(word);
  step2(word);
  step3(word);
  step4(word);
  step5(word);
  return word.text.replaceAll("Y", "y");
}
