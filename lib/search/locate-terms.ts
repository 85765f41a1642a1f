/*
 * Finds search terms in a text the way the FTS5 index reads it (tokenize='unicode61
 * remove_diacritics 2'): words are runs of letters, numbers and private-use characters, compared
 * without case or accents. Offsets are UTF-16 code units into the text, end exclusive.
 */

export interface TextToken {
  /** Folded form: lower case, accents removed. */
  folded: string;
  start: number;
  end: number;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Combining marks continue a word (a decomposed "ó"); unicode61 drops them when folding. */
const TOKEN = /[\p{L}\p{N}\p{Co}][\p{L}\p{N}\p{Co}\p{M}]*/gu;

/** Lower case without diacritics, as unicode61 with remove_diacritics 2 compares words. */
export function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().normalize("NFC");
}

export function tokenizeText(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    tokens.push({ folded: foldWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

export interface LocatableTerm {
  /** A word or a phrase, as parseFtsQuery returns it in `terms`. */
  text: string;
  /** The last word matches as a prefix (work* finds workload). */
  prefix?: boolean;
}

/**
 * Every place in `text` where one of the terms occurs (a phrase as consecutive words), sorted,
 * with overlapping places merged. A term without letters or digits matches nothing.
 */
export function locateTerms(text: string, terms: readonly (LocatableTerm | string)[]): TextRange[] {
  const tokens = tokenizeText(text);
  const found: TextRange[] = [];
  for (const term of terms) {
    const { text: termText, prefix = false } = typeof term === "string" ? { text: term } : term;
    const words = tokenizeText(termText).map((token) => token.folded);
    if (words.length === 0) continue;
    const last = words.length - 1;
    for (let index = 0; index + last < tokens.length; index++) {
      let matches = true;
      for (let offset = 0; offset <= last && matches; offset++) {
        const word = tokens[index + offset].folded;
        matches = offset === last && prefix ? word.startsWith(words[offset]) : word === words[offset];
      }
      if (matches) found.push({ start: tokens[index].start, end: tokens[index + last].end });
    }
  }
  return mergeRanges(found);
}

/** Sorts ranges and merges the ones that overlap (touching ranges stay apart). */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && range.start < previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
