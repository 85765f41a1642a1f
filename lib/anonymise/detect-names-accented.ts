import { ACCENTED_LETTER, isCountryOrRegion, isIdentityWord, type SpanIndex } from "./known-words";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/**
 * English spells almost nothing with accents, so a word that has them is a name (Sơn, Lê, Ayşe, Dũng) unless it is one
 * of the few loanwords below, a people or a country. The tuning half had 243 such words inside a gold span and 4 outside.
 */
export function detectAccentedNames(tokens: readonly WordToken[], covered: SpanIndex, allowed: SpanIndex): Detection[] {
  const found: Detection[] = [];
  for (const token of tokens) {
    // Note: a PDF's ligatures ("ﬁrst", "ﬁne") are plain letters once normalised, not accents.
    if (!ACCENTED_LETTER.test(token.base) || !ACCENTED_LETTER.test(token.base.normalize("NFKC"))) continue;
    if (covered.overlaps(token.start, token.baseEnd)) continue;
    if (allowed.overlaps(token.start, token.baseEnd) || isForeignWord(token)) continue;
    found.push({
      start: token.start,
      end: token.baseEnd,
      category: "person",
      reason: "Word spelt with accents English does not use (most likely a name)",
      source: "nlp",
      identity: `person:${token.folded}`,
    });
  }
  return found;
}

function isForeignWord(token: WordToken): boolean {
  const lower = token.base.normalize("NFKC").toLowerCase();
  return (
    LOANWORDS.has(lower) ||
    lower.split(/[-‐]/u).every((part) => LOANWORDS.has(part) || !ACCENTED_LETTER.test(part)) ||
    isIdentityWord(token.base) ||
    isCountryOrRegion(token.base)
  );
}

/** Loanwords English keeps its accents on, as written in UK text (and "née", which introduces a name but is none). */
const LOANWORDS = new Set(
  `café cafés crèche crèches naïve naïvely naïvety naïveté fiancé fiancée fiancés résumé résumés cliché clichés clichéd
  déjà façade façades rôle rôles élite élites entrée protégé protégée protégés décor soirée exposé über señor señora
  piñata jalapeño jalapeños doppelgänger müesli blasé passé touché soupçon à vis-à-vis tête-à-tête pâté purée sautéed
  flambé crème brûlée attaché communiqué consommé détente éclair éclairs émigré émigrés fête fêtes habitué mêlée née
  négligé outré papier-mâché risqué séance smörgåsbord coöperate coördinate naïf noël über-cool déclassé débâcle
  débâcles début débuts débutante cortège ménage mêlées pièce première premières regime régime soufflé sauté
  appliqué appliqués ingénue ingénues rosé rosés frappé frappés pokémon soirées exposés protégées fiancées sautés
  purées crêpe crêpes glacé glacés écru laissez-faire fräulein angst zeitgeist kindergarten māori pākehā te reo
  whānau hāngi`.split(/\s+/u),
);
