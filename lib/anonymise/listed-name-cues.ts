// When a listed name that is also an ordinary word ("reading", "slough", "deal") or two bare letters ("th") names the
// authority or town: a preposition of place, a list of places, a council word, talk of authorities, or a repeat.

import { wordTags } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import { isSentenceStart } from "./text-matching";

export interface ListedMatch {
  start: number;
  end: number;
  key: string;
}

/** Words after the name that show its everyday sense: "reading the notes", "stoke it up", "slough off". */
export const ORDINARY_SENSE_FOLLOWERS = new Set(
  "the a an this that these those it them through about my his her their your our over back up out off down away of in to and with on for".split(
    " ",
  ),
);
/** Words that may follow a place as well as an ordinary word ("at havering and then essex", "the court in stoke in may"). */
const PLACE_FOLLOWERS = new Set(["and", "in", "for", "on"]);
const PLACE_PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|from|near|around|outside|to|for|left|joined|leaving|covering|within|across|whole of)\s+$/u;
/** "the la (reading)", "the council (bucks)": the name in brackets after the word for a council. */
const AUTHORITY_WORD_BRACKET = /(?:^|[^\p{L}])(?:la|las|council|authority|borough|county|lea|la['’]s)[ \t]*\([ \t]*$/iu;
const AUTHORITY_WORD =
  /(?:^|[^\p{L}])(?:la|las|la['’]s|council|councils|authority|authorities|borough|boroughs|lea)(?![\p{L}])/iu;
/** Words before the name that read it as a verb, a noun of money or a thing owned: "to stoke", "ten bucks", "my beds". */
const NOT_A_NAME_BEFORE =
  /^(?:to|a|an|no|any|all|both|each|every|such|what|which|enough|few|some|many|more|extra|several|couple|of|my|his|her|their|our|your|its|i|we|they|you|he|she|it|will|would|can|could|should|must|might|did|do|does|not|dont|didnt|cant|wont|just|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|thousand|million|\p{N}+)$/u;
/** Words a repeated name may follow: none (a sentence's start), or a preposition or a joining word ("anyone at slough"). */
const BEFORE_A_REPEAT =
  /^(?:and|or|but|then|than|at|in|from|for|with|by|like|unlike|near|around|via|not|so|left|joined|leaving)$/u;
/** "the stoke lot", "the slough team": after "the", only a word for a group or office makes the name one. */
const GROUP_NOUNS = /^(?:lot|team|teams|crowd|office|offices|one|side|patch|area|way|la|council|cs|managers?|sw|sws)$/u;

export function nextWord(text: string, end: number): string | null {
  return /^[ \t]+([\p{L}']+)/u.exec(text.slice(end, end + 30))?.[1].toLowerCase() ?? null;
}

/** The word before, in the same sentence: null after a sentence's or a clause's break. */
function previousWord(text: string, start: number): string | null {
  const before = /([\p{L}\p{N}'’]+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before ? before[1].toLowerCase() : null;
}

function hasOrdinaryFollower(text: string, end: number, allowed: ReadonlySet<string> = PLACE_FOLLOWERS): boolean {
  const next = nextWord(text, end);
  return next !== null && ORDINARY_SENSE_FOLLOWERS.has(next) && !allowed.has(next);
}

export function looksLikeTheName(text: string, start: number, end: number, kind: "authority" | "place"): boolean {
  if (!/^\p{Lu}/u.test(text[start])) return false;
  if (endsAnotherName(text, start)) return false;
  // Note: "a Reading list": after "a" or "an" it is a kind of thing.
  if (/(?:^|[^\p{L}])an?[ \t]+$/iu.test(text.slice(Math.max(0, start - 4), start))) return false;
  // Note: "Victoria attended the review", not "moved to Victoria": a given name needs a preposition of place.
  if (isLexiconGivenName(text.slice(start, end))) return followsPlacePreposition(text, start, end);
  if (!isSentenceStart(text, start)) return true;
  if (hasOrdinaryFollower(text, end, new Set()) || nextWord(text, end) === "between") return false;
  // Note: "Bath time is chaos", "Battle lines were drawn": at a sentence's start, a noun after a town's name makes a
  // compound ("Slough staff" is the authority's).
  const next = /^[ \t]+(\p{Ll}[\p{L}'’]*)/u.exec(text.slice(end, end + 30))?.[1];
  if (kind === "authority" || !next) return true;
  const tags = wordTags(next);
  return !(tags.has("Noun") && !tags.has("Verb") && !tags.has("Pronoun"));
}

/**
 * "at havering", "from reading", "in stoke in may", "left slough", "the whole of reading": a preposition of place or
 * employment before it.
 */
export function followsPlacePreposition(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (!PLACE_PREPOSITION_BEFORE.test(before) || hasOrdinaryFollower(text, end)) return false;
  // Note: "moved to slough last year", not "wants to stoke fears": after "to", the clause goes no further than the name.
  if (!/(?:^|[^\p{L}])to\s+$/u.test(before)) return true;
  const next = nextWord(text, end);
  return next === null || !/^[ \t]+\p{L}/u.test(text.slice(end, end + 2)) || AFTER_A_DESTINATION.test(next);
}

const AFTER_A_DESTINATION =
  /^(?:in|for|on|and|then|but|so|last|next|after|before|when|where|because|as|with|at|from|since|every|each|or|until|till|now|recently|instead|too|permanently|later|again|today|yesterday)$/u;

/**
 * "the High Street", "Mrs Wells", "4 Mill Street, Maidstone": a capitalised name after a capitalised word, unless a word
 * of grammar opening the sentence ("In Reading", "Honestly Havering"), ends another name.
 */
export function endsAnotherName(text: string, start: number): boolean {
  if (!/^\p{Lu}/u.test(text[start])) return false;
  const before = /(\p{Lu}[\p{L}'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before !== null && (!isSentenceStart(text, start - before[0].length) || !isOpeningWord(before[1]));
}

/** "In Reading", "Honestly Havering", "Then Slough": a word of grammar opening the sentence, not a name or "The". */
function isOpeningWord(word: string): boolean {
  if (/^the$/iu.test(word)) return false;
  const tags = wordTags(word);
  return /ly$/iu.test(word) || ["Preposition", "Conjunction", "Adverb", "Pronoun"].some((tag) => tags.has(tag));
}
const CALLED_A_TOWN_AFTER =
  /^[ \t]*(?:[,(—–-][ \t]*)?(?:the|a)[ \t]+(?:town|village|city|seaside town|market town)(?![\p{L}])/iu;
const CALLED_A_TOWN_BEFORE = /(?:^|[^\p{L}])(?:town|village|city)[ \t]+(?:of|called)[ \t]+$/iu;

/** "march (the town in cambs)", "Deal, a town in Kent", "the village of send": called a town beside it. */
export function isCalledATown(text: string, start: number, end: number): boolean {
  return (
    CALLED_A_TOWN_AFTER.test(text.slice(end, end + 24)) ||
    CALLED_A_TOWN_BEFORE.test(text.slice(Math.max(0, start - 20), start))
  );
}

/** "the la (bucks)": in brackets after the word for a council. */
export function isBracketedAfterCouncil(text: string, start: number): boolean {
  return AUTHORITY_WORD_BRACKET.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * "the stoke lot were good ... then cheshire east", "the best la was bucks": an authority's name that is no verb's
 * "-ing", in a sentence about a council or a comment naming another authority, read as the name unless the words
 * around it give the everyday sense ("to stoke", "ten bucks", "the beds were full").
 */
export function isNamedInTalkOfAuthorities(text: string, start: number, end: number, otherAuthority: boolean): boolean {
  if (/ing$/iu.test(text.slice(start, end)) || hasOrdinaryFollower(text, end)) return false;
  if (!otherAuthority && !AUTHORITY_WORD.test(sentenceAround(text, start, end))) return false;
  const before = previousWord(text, start);
  if (before === null) return true;
  if (before === "the") return GROUP_NOUNS.test(nextWord(text, end) ?? "");
  if (NOT_A_NAME_BEFORE.test(before)) return false;
  // Note: "no beds", "spare beds", "ten bucks": a determiner, a number or an adjective (not "left" or "joined") before it.
  // Note: "hospital beds": a noun before it makes a compound.
  const tags = wordTags(before);
  if (tags.has("Determiner") || tags.has("Value") || (tags.has("Noun") && !tags.has("Verb"))) return false;
  return !tags.has("Adjective") || /(?:ed|^left)$/u.test(before);
}

/**
 * "in hull ... hull gave me", "rather rbwm than slough. no offence to anyone at slough": a name already read as the
 * place elsewhere is the place again at a sentence's start or after a preposition, in no verb's sense.
 */
export function isRepeatOfName(text: string, start: number, end: number): boolean {
  if (hasOrdinaryFollower(text, end)) return false;
  const before = previousWord(text, start);
  return before === null || BEFORE_A_REPEAT.test(before);
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 160);
  const head = text.slice(from, start);
  const open = Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"), head.lastIndexOf("! "), head.lastIndexOf("? "));
  const tail = text.slice(end, end + 160);
  const close = tail.search(/[.!?\n]/u);
  return `${head.slice(open + 1)} ${close < 0 ? tail : tail.slice(0, close)}`;
}

const JOINING =
  /^[ \t]*(?:,[ \t]*)?(?:to|and|or|&|\/|-|–|,|then|than|n|nor|vs\.?|not)(?:[ \t]+(?:then|now|later|also))?[ \t]*$/u;

/** "hook to basingstoke", "from deal and sandwich", "rbwm than slough": joined to a listed name that needs no cue. */
export function isJoinedToListedPlace(
  text: string,
  matches: readonly ListedMatch[],
  index: number,
  needsNoCue: (match: ListedMatch | undefined) => boolean,
): boolean {
  const before = matches[index - 1];
  const after = matches[index + 1];
  const current = matches[index];
  // Note: "to" joins two places only as a journey's ends ("hook to basingstoke", "from X to Y"), not "out of borough to".
  const journeyFrom = (start: number) =>
    /(?:^|[.,;:!?\n][ \t]*|\b(?:from|between)[ \t]+)$/iu.test(text.slice(Math.max(0, start - 12), start));
  const joins = (gap: string, start: number) =>
    JOINING.test(gap) && (!/(?:^|[^\p{L}])to(?![\p{L}])/u.test(gap) || journeyFrom(start));
  if (hasOrdinaryFollower(text, current.end, new Set(["and", "in", "for", "on", "to", "then"]))) return false;
  return (
    (needsNoCue(after) && joins(text.slice(current.end, after.start), current.start)) ||
    (needsNoCue(before) && joins(text.slice(before.end, current.start), before.start))
  );
}
