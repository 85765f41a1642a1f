// A name said, then said again with its surname: "Wood, Wood Hunter, she's …", "a Dayo — Dayo Akinwande — at Croydon".
import { isLexiconSurname, isOrdinaryWord, type SpanIndex } from "./known-words";
import { PERSON_INTRODUCERS } from "./name-cues";
import { isLexiconFamilyName, isNameWithOrdinarySense } from "./name-lexicon";
import { COLOUR_SURNAMES, canFillNameSlot } from "./name-slots";
import { FUNCTION_WORD_TAGS, hasTag, joinedBySpace, type TokenFacts } from "./name-token-facts";
import { DEPARTMENTS, GROUP_HEADS } from "./name-word-classes";
import { GENERIC_WORDS } from "./organisation-detection";
import type { Detection } from "./types";

/** A comma or a dash between the word and its repeat ("Black, Black Rowan", "Tunde — Tunde Bakare"). */
const RESTATING = /^[ \t]*(?:,|[—–]|[ \t]-)[ \t]*$/u;

/**
 * A speaker who repeats a word and adds a second to it is giving a person's full name: the repeat with a word after it,
 * in capitals, that could be a surname (no team, place, firm's word or verb form: "Tongues — Tongues Interpreting" is
 * a firm). The tuning half held 19 capitalised repeats like these, 18 of them people. In lower-case typing the second
 * word must be in a name list or no English word.
 */
export function restatedNames(text: string, facts: TokenFacts[], allowed: SpanIndex): Detection[] {
  const found: Detection[] = [];
  for (let index = 0; index + 2 < facts.length; index++) {
    const [said, again, surname] = [facts[index], facts[index + 1], facts[index + 2]];
    if (said.token.base !== again.token.base || said.token.possessive || again.honorific) continue;
    if (!RESTATING.test(text.slice(said.token.end, again.token.start))) continue;
    if (!joinedBySpace(text, again.token.end, surname.token.start)) continue;
    if (!couldBeRestatedName(again) || !couldBeSurname(surname, again.token.capitalised)) continue;
    if (allowed.overlaps(said.token.start, surname.token.baseEnd)) continue;
    if (!hasNameSense(again) && !hasNameSense(surname)) continue;
    const identity = `person:${again.token.folded} ${surname.token.folded}`;
    const reason = "Name said again with a surname after it (“Wood, Wood Hunter, she's …”)";
    found.push(
      { start: said.token.start, end: said.token.baseEnd, category: "person", reason, source: "nlp", identity },
      { start: again.token.start, end: surname.token.baseEnd, category: "person", reason, source: "nlp", identity },
    );
  }
  return found;
}

/**
 * "on Universal, Universal Credit by then": a speaker also restates a term made of ordinary words, so at least one of
 * the two must be a name too ("Wood Hunter", "Black Rowan") or no English word ("Dayo").
 */
function hasNameSense(fact: TokenFacts): boolean {
  const { base } = fact.token;
  if (fact.anyGiven || fact.surname || isLexiconSurname(base) || isLexiconFamilyName(base)) return true;
  return isNameWithOrdinarySense(base) || COLOUR_SURNAMES.has(fact.token.folded) || !isOrdinaryWord(base);
}

/** The repeated word: a street or building word ("Wood", "Hall") may be a name here, since a surname follows it. */
function couldBeRestatedName(fact: TokenFacts): boolean {
  const { folded } = fact.token;
  if (folded.length < 2 || fact.country || hasTag(fact, [...FUNCTION_WORD_TAGS, "Adverb"])) return false;
  return !(PERSON_INTRODUCERS.has(folded) || DEPARTMENTS.has(folded) || GROUP_HEADS.has(folded));
}

function couldBeSurname(fact: TokenFacts, capitalised: boolean): boolean {
  const { token } = fact;
  if (
    token.base.length < 2 ||
    !canFillNameSlot(fact) ||
    GENERIC_WORDS.has(token.folded) ||
    hasTag(fact, ["Gerund", "Adverb", "Plural"])
  )
    return false;
  if (capitalised) return token.capitalised && !token.allCaps;
  if (token.capitalised) return false;
  return (
    fact.anyGiven || fact.surname || isLexiconSurname(token.base) || isLexiconFamilyName(token.base) || !fact.english
  );
}
