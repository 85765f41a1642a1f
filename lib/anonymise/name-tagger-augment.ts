// Copies of labelled passages with every person renamed: the tagger trains on names it could not learn by heart, and
// cross-validation scores it on them.

import englishWords from "./data/english-words.json";
import lexicon from "./data/name-lexicon.json";
import type { LabelledPassage } from "./eval/labelled-passage";
import { HONORIFICS } from "./name-cues";
import { escapeRegExp } from "./text-matching";

/**
 * Words to rename people with, so a name is known by its context rather than its lists: names with an
 * ordinary English sense ("hope", "storm", "brooks") from the name lexicon and plain English words from
 * the word list ("abbey", "bramble"); the even (A) or odd (B) positions of each.
 */
export function ordinaryWordNames(half: "A" | "B"): string[] {
  const inHalf = (word: string, index: number) => index % 2 === (half === "A" ? 0 : 1) && /^[a-z]{3,}$/u.test(word);
  return [...lexicon.ordinaryWords.split(" ").filter(inHalf), ...englishWords.words.split(" ").filter(inHalf)];
}

/** A small deterministic generator (linear congruential), so the same seed renames the same way. */
export function seededPicker(seed: number): (list: readonly string[]) => string {
  let state = seed % 2147483648;
  return (list) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return list[Math.floor((state / 2147483648) * list.length)];
  };
}

export interface RenameOptions {
  /** Type the new names in lower case. */
  lowerCaseNames?: boolean;
  /** Type the whole passage in lower case too, as some survey comments are. */
  lowerCaseText?: boolean;
}

/**
 * The passage with each word of each person's name (titles and initials kept) swapped for a name from
 * `pool`, everywhere it occurs (in the gold too); null when it names nobody.
 */
export function renamePeople(
  passage: Pick<LabelledPassage, "id" | "text" | "gold">,
  pool: readonly string[],
  pick: (list: readonly string[]) => string,
  options: RenameOptions = {},
): LabelledPassage | null {
  const people = passage.gold.filter((gold) => gold.category === "person");
  const swaps = new Map<string, string>();
  for (const person of people) {
    for (const word of person.text.split(/\s+/u)) {
      const bare = word.replace(/['’]s$/u, "");
      const renamable =
        /^\p{L}[\p{L}'’-]+$/u.test(bare) && !/^\p{Lu}{2,}$/u.test(bare) && !HONORIFICS.has(bare.toLowerCase());
      if (!renamable || swaps.has(bare)) continue;
      const name = pick(pool).toLowerCase();
      swaps.set(bare, options.lowerCaseNames ? name : name[0].toUpperCase() + name.slice(1));
    }
  }
  return renameWords(passage, swaps, options);
}

/** The passage with each word of `swaps` replaced by its new word, everywhere it occurs (in the gold too); null when there is none. */
export function renameWords(
  passage: Pick<LabelledPassage, "id" | "text" | "gold">,
  swaps: ReadonlyMap<string, string>,
  options: Pick<RenameOptions, "lowerCaseText"> = {},
): LabelledPassage | null {
  if (swaps.size === 0) return null;
  const rename = (text: string) => {
    let renamed = text;
    for (const [from, to] of swaps) {
      renamed = renamed.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(from)}(?![\\p{L}])`, "gu"), to);
    }
    return options.lowerCaseText ? renamed.toLowerCase() : renamed;
  };
  return {
    id: passage.id,
    text: rename(passage.text),
    gold: passage.gold.map((gold) => ({ ...gold, text: rename(gold.text) })),
  };
}

const LEXICON_NAMES = [...lexicon.given.split(" "), ...lexicon.surnames.split(" ")].filter(
  (name, index) => index % 7 === 0 && name.length >= 3 && !lexicon.ordinaryWords.includes(name),
);

/**
 * Two renamed copies of a passage for training: its people given ordinary-word names (pool B, capitalised),
 * then names of many origins or ordinary words typed in lower case, every other passage wholly in lower case.
 */
export function trainingCopies(
  passage: LabelledPassage,
  index: number,
  pick: (list: readonly string[]) => string,
): LabelledPassage[] {
  const ordinary = ordinaryWordNames("B");
  const lowerPool = index % 3 === 0 ? ordinary : LEXICON_NAMES;
  return [
    renamePeople(passage, ordinary, pick),
    renamePeople(passage, lowerPool, pick, { lowerCaseNames: true, lowerCaseText: index % 2 === 0 }),
  ].filter((copy): copy is LabelledPassage => copy !== null);
}
