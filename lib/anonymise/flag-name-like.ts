import { findAllowedSpans, isCountryOrRegion, isIdentityWord, isOrdinaryWord, SpanIndex } from "./known-words";
import { HONORIFICS } from "./name-cues";
import { foldForMatch, tokeniseWords } from "./text-matching";
import type { Flag, Redaction } from "./types";

/**
 * The recall net after redaction: capitalised words left in the text that are not ordinary words,
 * allow-listed terms, nationalities or countries. They are flagged for the author to judge, not redacted.
 */
export function flagNameLike(text: string, redactions: readonly Pick<Redaction, "start" | "end">[]): Flag[] {
  const folded = foldForMatch(text);
  const allowed = findAllowedSpans(text, folded);
  const redacted = new SpanIndex(redactions);
  const allowedIndex = new SpanIndex(allowed);
  const covered = (start: number, end: number) => redacted.overlaps(start, end) || allowedIndex.overlaps(start, end);
  const flags: Flag[] = [];
  for (const token of tokeniseWords(text)) {
    if (!token.capitalised || token.allCaps || /\p{N}/u.test(token.base)) continue;
    if (covered(token.start, token.baseEnd)) continue;
    if (isOrdinaryWord(token.base) || isIdentityWord(token.base) || isCountryOrRegion(token.base)) continue;
    if (HONORIFICS.has(token.folded)) continue;
    if (token.sentenceInitial && /(?:ing|ed|ly)$/u.test(token.folded)) continue;
    const previous = flags[flags.length - 1];
    if (previous && /^[ \t]+$/u.test(text.slice(previous.end, token.start))) {
      previous.end = token.baseEnd;
      previous.text = text.slice(previous.start, previous.end);
      continue;
    }
    flags.push({
      start: token.start,
      end: token.baseEnd,
      text: token.base,
      kind: "name_like",
      reason: token.sentenceInitial
        ? "Unrecognised capitalised word at the start of a sentence: check it is not a name"
        : "Capitalised word not recognised as an ordinary word: check it is not a name or place",
    });
  }
  return flags;
}
