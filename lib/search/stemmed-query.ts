import type { Db } from "../../db/client";
import { indexedWords } from "../../db/search-queries";
import { stemEnglish } from "./english-stemmer";
import { analyse, type FtsTerm, positiveTerms, render, type SearchExpression } from "./fts-query";
import { foldWord, tokenizeText } from "./locate-terms";

type Term = Extract<SearchExpression, { kind: "term" }>;

/** Indexed words looked at per searched word; word forms kept per searched word. */
const SCAN_LIMIT = 5_000;
const MAX_FORMS = 40;

export interface StemmedQuery {
  /** FTS5 MATCH expression: each plain word widened to the indexed words sharing its stem. */
  match: string;
  /** Words and phrases to highlight, word forms included (NOT-ed terms left out). */
  terms: string[];
  /** The same, saying which are prefixes, for locating hits when coding them all. */
  located: FtsTerm[];
}

/** A plain word (not quoted, not a prefix, one word of letters a–z once folded) is matched by its word forms. */
function stemmable(term: Term): string | null {
  if (term.quoted || term.prefix) return null;
  const tokens = tokenizeText(term.text);
  if (tokens.length !== 1) return null;
  const folded = foldWord(tokens[0].folded);
  return /^[a-z]{3,}$/.test(folded) ? folded : null;
}

function nextPrefix(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

/**
 * The indexed words with the same stem as `word` (the word itself first): "caseload" gives
 * caseload, caseloads, caseloading. Words sharing a stem share its opening letters (Porter2 only
 * changes endings), so a short range of the index's vocabulary is read and stemmed.
 */
export function wordForms(db: Db, word: string): string[] {
  const stem = stemEnglish(word);
  const prefix = stem.slice(0, Math.max(3, stem.length - 2));
  const forms = indexedWords(db, prefix, nextPrefix(prefix), SCAN_LIMIT)
    .filter((candidate) => candidate !== word && stemEnglish(candidate) === stem)
    .sort((a, b) => a.length - b.length || a.localeCompare(b))
    .slice(0, MAX_FORMS - 1);
  return [word, ...forms];
}

/**
 * Parses a search as parseFtsQuery does, then widens each plain word to its word forms in the
 * index (British English stemming). A word or phrase in quote marks, or a prefix (work*), is
 * matched as typed: `"caseload"` finds caseload only.
 * @throws AppError "invalid_input" as parseFtsQuery does.
 */
export function parseStemmedQuery(db: Db, input: string): StemmedQuery {
  const expression = analyse(input);
  const formsByWord = new Map<string, string[]>();
  const formsOf = (term: Term): string[] | undefined => {
    const word = stemmable(term);
    if (word === null) return undefined;
    let forms = formsByWord.get(word);
    if (!forms) {
      forms = wordForms(db, word);
      formsByWord.set(word, forms);
    }
    return forms;
  };
  const located: FtsTerm[] = [];
  for (const term of positiveTerms(expression)) {
    const words = formsOf(term)?.map((text) => ({ text, prefix: false })) ?? [{ text: term.text, prefix: term.prefix }];
    for (const word of words) {
      if (!located.some((t) => t.text === word.text && t.prefix === word.prefix)) located.push(word);
    }
  }
  return {
    match: render(expression, formsOf),
    terms: [...new Set(located.map((term) => term.text))],
    located,
  };
}
