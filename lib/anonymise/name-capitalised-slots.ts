// Capitalised ordinary words that no other reading placed, read by the same person's slots as bare lower-case words:
// "Judge Rusty", "the guardian, Church, was", "asked for Hall", "Bird at first, then …", "Hope from the centre knows".
import { isEverydayWord, isLexiconSurname } from "./known-words";
import { DETERMINERS, NEVER_BARE_NAMES } from "./name-bare-word-classes";
import { cueAfter, cueBefore, endsPhrase } from "./name-bare-words";
import { nextWords, previousWords, withoutFillers } from "./name-context";
import { HONORIFICS, PERSON_INTRODUCERS, PLACE_NOUNS_AFTER, PLACE_TYPES_STRONG, PLACE_TYPES_WEAK } from "./name-cues";
import { isLexiconFamilyName } from "./name-lexicon";
import { FUNCTION_WORD_TAGS, hasTag, type TokenFacts } from "./name-token-facts";
import { DEPARTMENTS, GROUP_HEADS, LANGUAGE_USE_AFTER, NOT_PLACES } from "./name-word-classes";

/** One to three capitalised words that could each stand as a name: no function word, place word, team or role. */
function couldBeCapitalisedName(fact: TokenFacts): boolean {
  const { token } = fact;
  if (!token.capitalised || token.allCaps || token.base.length < 3 || fact.identity || fact.country) return false;
  if (fact.lexiconPlace || hasTag(fact, [...FUNCTION_WORD_TAGS, "Adverb", "Gerund", "Date"])) return false;
  const { folded } = token;
  if (PLACE_TYPES_STRONG.has(folded) || PLACE_TYPES_WEAK.has(folded) || GROUP_HEADS.has(folded)) return false;
  if (DEPARTMENTS.has(folded) || NOT_PLACES.has(folded) || NEVER_BARE_NAMES.has(folded)) return false;
  if ((PERSON_INTRODUCERS.has(folded) || HONORIFICS.has(folded)) && !fact.given) return false;
  return !(isEverydayWord(token.base) && !fact.anyGiven);
}

function isNamed(fact: TokenFacts): boolean {
  return fact.anyGiven || fact.surname || isLexiconFamilyName(fact.token.base) || isLexiconSurname(fact.token.base);
}

/**
 * A run of capitalised words left unread, in a person's place: after a title, a role, a verb or preposition that
 * takes a person, and ending its phrase; or before what only a person does or has ("…, who", "… said", "…'s mum").
 * A run opening a sentence needs the cue after it.
 */
export function capitalisedRunInPersonSlot(text: string, facts: TokenFacts[]): string | null {
  if (facts.length === 0 || facts.length > 3 || !facts.every(couldBeCapitalisedName)) return null;
  const first = facts[0];
  const last = facts[facts.length - 1];
  const prior = withoutFillers(previousWords(text, first.token.start, 6));
  const previous = prior[prior.length - 1];
  if (previous !== undefined && DETERMINERS.has(previous)) return null;
  if (previous === "(" && LANGUAGE_USE_AFTER.has(prior[prior.length - 2] ?? "")) return null;
  const after = withoutFillers(nextWords(text, last.token.end, 8));
  const next = after[0] ?? "";
  if (PLACE_NOUNS_AFTER.has(next) || GROUP_HEADS.has(next) || PLACE_TYPES_WEAK.has(next)) return null;
  const named = facts.some(isNamed);
  const afterCue = cueAfter(text, last, after, named);
  const opening = first.token.sentenceInitial;
  const plainOpening = opening && !hasTag(first, ["Adjective", "Verb", "Preposition", "Conjunction"]);
  if (afterCue === "strong" && (!opening || (plainOpening && (named || /^[,—–(]$/u.test(next)))))
    return "Capitalised word before what only a person does or has (“…, who”, “… said”)";
  if (opening) return null;
  const numbered = /\d/u.test(text.slice(Math.max(0, first.token.start - 12), first.token.start));
  const before = cueBefore(prior, numbered);
  const closed = afterCue !== null || endsPhrase(after, true);
  if (["title", "apposition", "role", "object", "preposition"].includes(before) && closed) {
    return "Capitalised word in a person's place after a role, a title or a verb that takes a person";
  }
  if (named && before === "clause" && afterCue === "subject") {
    return "Capitalised given name or surname as the subject of a verb";
  }
  return null;
}
