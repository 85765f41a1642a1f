// Copies of labelled passages with every organisation renamed: the organisation tagger trains on trading names it could
// not learn by heart ("Bramble Staffing", "Quorvex Care", "tidewell"), and cross-validation scores it on them.

import nlp from "compromise";
import englishWords from "./data/english-words.json";
import lexicon from "./data/name-lexicon.json";
import type { LabelledPassage } from "./eval/labelled-passage";
import { renameWords } from "./name-tagger-augment";
import { GENERIC_WORDS } from "./organisation-detection";
import { isOrganisationWord } from "./organisation-tagger-features";

const SYLLABLES =
  "bra quor ven tal mer lin dor sko pel van tri cas wen ost fen hal rix ber nov zan lum kes tor ash".split(" ");

let everydayNouns: string[] | null = null;

/** Everyday nouns and adjectives of compromise's lexicon ("harbour", "bright"), as trading names are often made of. */
function lexiconNouns(): string[] {
  if (everydayNouns) return everydayNouns;
  const words = (nlp.model() as { one?: { lexicon?: Record<string, string | string[]> } }).one?.lexicon ?? {};
  everydayNouns = Object.entries(words)
    .filter(
      ([word, tags]) => /^[a-z]{4,9}$/u.test(word) && /^(?:Singular|Adjective|Uncountable)$/u.test([tags].flat()[0]),
    )
    .map(([word]) => word);
  return everydayNouns;
}

/**
 * Words to rename organisations with: everyday nouns and adjectives, the word list's plainer words, names with an
 * ordinary sense, and invented words; the even (A) or odd (B) positions of them all, so no word is in both halves.
 */
export function tradingNameWords(half: "A" | "B"): string[] {
  const cached = pools.get(half);
  if (cached) return cached;
  const usable = (word: string) => /^[a-z]{4,10}$/u.test(word) && !VERB_LIKE.test(word);
  const invented = SYLLABLES.flatMap((first) => SYLLABLES.map((second) => `${first}${second}`));
  const every = new Set([
    ...lexiconNouns(),
    ...englishWords.words.split(" "),
    ...lexicon.ordinaryWords.split(" "),
    ...lexicon.surnames.split(" ").filter((_, index) => index % 9 === 0),
    ...invented,
  ]);
  const pool = [...every].filter(usable).filter((_, index) => index % 2 === (half === "A" ? 0 : 1));
  pools.set(half, pool);
  return pool;
}

/** Verb and adverb forms, which seldom name a firm. */
const VERB_LIKE = /(?:ed|ing|ly|ate|ise|ize|est|ier)$/u;

const pools = new Map<"A" | "B", string[]>();

export interface OrganisationRenameOptions {
  /** Type the new names in lower case. */
  lowerCaseNames?: boolean;
  /** Type the whole passage in lower case too. */
  lowerCaseText?: boolean;
}

/** Writes `word` in the case of `like`: "harbour" as "Harbour", "HARBOUR" or "harbour"; joins two words in camel case. */
function inCaseOf(like: string, word: string, second: string | null, lowerCase: boolean): string {
  if (lowerCase || like === like.toLowerCase()) return second ? word + second : word;
  const capital = (text: string) => text[0].toUpperCase() + text.slice(1);
  if (/^\p{Lu}{2,}$/u.test(like)) return (second ? word + second : word).toUpperCase();
  return second ? capital(word) + (/\p{Lu}/u.test(like.slice(1)) ? capital(second) : second) : capital(word);
}

/**
 * The passage with each naming word of each organisation (not its endings, "Care", "Recruitment", nor words such as
 * "Family" or "of") swapped for a word from `pool`, now and then two joined ("Brightpath"), everywhere it occurs;
 * an acronym becomes other capitals. Null when it names no organisation.
 */
export function renameOrganisations(
  passage: Pick<LabelledPassage, "id" | "text" | "gold">,
  pool: readonly string[],
  pick: (list: readonly string[]) => string,
  options: OrganisationRenameOptions = {},
): LabelledPassage | null {
  const swaps = new Map<string, string>();
  for (const organisation of passage.gold.filter((gold) => gold.category === "organisation")) {
    for (const word of organisation.text.split(/\s+/u)) {
      const bare = word.replace(/['’]s?$/u, "");
      const folded = bare.toLowerCase();
      if (!/^\p{L}[\p{L}\p{N}'’-]+$/u.test(bare) || swaps.has(bare)) continue;
      if (isOrganisationWord(folded) || GENERIC_WORDS.has(folded)) continue;
      if (/^\p{Lu}{2,}$/u.test(bare)) {
        swaps.set(bare, acronymLike(bare, pick));
        continue;
      }
      const first = pick(pool);
      const second = first.length <= 6 && first.length % 3 === 0 ? pick(pool) : null;
      const joined = second !== null && second.length <= 6 ? second : null;
      swaps.set(bare, inCaseOf(bare, first, joined, options.lowerCaseNames ?? false));
    }
  }
  return renameWords(passage, swaps, options);
}

const LETTERS = "ABCDEFGHJKLMNPRSTVWY".split("");

function acronymLike(acronym: string, pick: (list: readonly string[]) => string): string {
  return Array.from(acronym, () => pick(LETTERS)).join("");
}

/**
 * Two renamed copies of a passage for training: its organisations given everyday or invented trading names (pool B)
 * in the passage's case, then in lower case, every other passage wholly in lower case.
 */
export function organisationTrainingCopies(
  passage: LabelledPassage,
  index: number,
  pick: (list: readonly string[]) => string,
): LabelledPassage[] {
  const pool = tradingNameWords("B");
  return [
    renameOrganisations(passage, pool, pick),
    renameOrganisations(passage, pool, pick, { lowerCaseNames: true, lowerCaseText: index % 2 === 0 }),
  ].filter((copy): copy is LabelledPassage => copy !== null);
}
