// Names listed alongside a person's name ("Petra, then ugo, then a locum", "Wise, Fern and Jazz").
import { isRarerEnglishWord } from "./english-words";
import { isKnownAcronym } from "./known-acronyms";
import { isEverydayWord, isLexiconSurname, type SpanIndex } from "./known-words";
import { nextWords } from "./name-context";
import { PERSON_INTRODUCERS, PERSON_OBJECT_VERBS, PLACE_NOUNS_AFTER } from "./name-cues";
import { isLexiconFamilyName } from "./name-lexicon";
import { COLOUR_SURNAMES, canFillNameSlot } from "./name-slots";
import { hasTag, joinedBySpace, type TokenFacts } from "./name-token-facts";
import { isFieldJargon } from "./name-unknown-words";
import { pluralVerb, teamAfter } from "./name-work-cues";
import { firstStartingAt, type WordToken } from "./text-matching";
import type { Detection } from "./types";

const JOINING_WORDS = new Set(["and", "or", "then"]);

/** Words that may stand between a joiner and the next name: "me, patience and sometimes godwin". */
const LIST_ADVERBS = new Set(["sometimes", "also", "occasionally", "usually", "often", "maybe", "even", "now"]);

/** What joins two names in a list: a comma, "and", "&", "or", "then", a slash, maybe with an adverb after it. */
const JOINER =
  /^(?:[ \t]*,[ \t]*(?:(?:and|or|then|&)[ \t]+)?|[ \t]+(?:and|or|&|then)[ \t]+|[ \t]*\/[ \t]*)(?:(?:sometimes|also|occasionally|usually|often|maybe|even|now)[ \t]+)?$/iu;

/** A joiner of words, not a comma: "benedikta and sunday" joins a day-name person, "Okafor, Monday" does not. */
const WORD_JOINER = /^[ \t]+(?:and|or|&)[ \t]+$/iu;

/**
 * A word joined to a person's name in a list is another person when it could be a name: a given name or surname in
 * any list (even one with an ordinary sense, "Wise"), or a word no English list knows ("ugo"). Spreads along the list.
 */
export function coordinatedNames(
  text: string,
  facts: TokenFacts[],
  found: Detection[],
  allowed: SpanIndex,
): Detection[] {
  const personAt = new Set<number>();
  const indexByStart = new Map(facts.map((fact, index) => [fact.token.start, index]));
  for (const detection of found) {
    if (detection.category !== "person" || !detection.identity) continue;
    for (let index = indexByStart.get(detection.start) ?? facts.length; index < facts.length; index++) {
      if (facts[index].token.baseEnd > detection.end) break;
      personAt.add(index);
    }
  }
  for (const [index, fact] of facts.entries()) {
    if (
      fact.token.folded === "me" &&
      /^[ \t]*,[ \t]*$/u.test(text.slice(fact.token.end, facts[index + 1]?.token.start))
    )
      personAt.add(index);
  }
  const added: Detection[] = [];
  const queue = [...personAt.keys()];
  while (queue.length > 0) {
    const index = queue.pop() as number;
    for (const step of [-1, 1]) {
      let neighbour = index + step;
      for (let skipped = 0; skipped < 2; skipped++) {
        const folded = facts[neighbour]?.token.folded ?? "";
        if (JOINING_WORDS.has(folded) || LIST_ADVERBS.has(folded)) neighbour += step;
      }
      if (personAt.has(neighbour)) continue;
      const fact = facts[neighbour];
      if (!fact) continue;
      const [left, right] = neighbour < index ? [fact, facts[index]] : [facts[index], fact];
      const joiner = text.slice(left.token.end, right.token.start);
      if (!JOINER.test(joiner)) continue;
      const listed =
        !allowed.overlaps(fact.token.start, fact.token.baseEnd) &&
        (couldBeListedName(fact) ||
          (!/then/iu.test(joiner) && couldBeListedWith(text, facts, neighbour, facts[index])) ||
          (WORD_JOINER.test(joiner) && pairedWithPersonBeforeCue(text, fact, right.token)));
      if (!listed && !dayNamedPerson(fact, facts[index], joiner)) continue;
      personAt.add(neighbour);
      queue.push(neighbour);
      added.push({
        start: fact.token.start,
        end: fact.token.baseEnd,
        category: "person",
        reason: PAIRED_REASON,
        source: "nlp",
        identity: `person:${fact.token.folded}`,
      });
    }
  }
  return added;
}

/**
 * Words joined by "and" to a name another finder read (the learned tagger's "miller" in "miller and reign in business
 * support"), by the same test as a list's pair, where nothing else has claimed them.
 */
export function partnersJoinedByAnd(
  text: string,
  tokens: readonly WordToken[],
  factAt: (index: number) => TokenFacts,
  anchors: readonly Detection[],
  taken: SpanIndex,
): Detection[] {
  const added: Detection[] = [];
  for (const anchor of anchors) {
    const first = firstStartingAt(tokens, anchor.start);
    if (tokens[first]?.start !== anchor.start) continue;
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < anchor.end) last++;
    for (const at of [first - 2, last + 2]) {
      const token = tokens[at];
      if (!token || taken.overlaps(token.start, token.baseEnd)) continue;
      const [left, right] = at < first ? [token, tokens[first]] : [tokens[last], token];
      if (!WORD_JOINER.test(text.slice(left.end, right.start))) continue;
      if (!pairedWithPersonBeforeCue(text, factAt(at), at < first ? tokens[last] : token)) continue;
      added.push({
        start: token.start,
        end: token.baseEnd,
        category: "person",
        reason: PAIRED_REASON,
        source: "nlp",
        identity: `person:${token.folded}`,
      });
    }
  }
  return added;
}

const PAIRED_REASON =
  "Word joined by “and” to a person's name, then a team or a plural verb (“… and … in business support”)";

function pairedWithPersonBeforeCue(text: string, fact: TokenFacts, right: WordToken): boolean {
  const { token } = fact;
  if (token.base.length < 3 || token.allCaps || token.possessive || !canFillNameSlot(fact)) return false;
  if (fact.lexiconPlace || fact.identity || hasTag(fact, ["Adverb", "Gerund", "Comparable", "Superlative"]))
    return false;
  const listedSurname = fact.anyGiven || isLexiconSurname(token.base) || isLexiconFamilyName(token.base);
  if ((hasTag(fact, ["Plural", "Uncountable"]) || isEverydayWord(token.base)) && !listedSurname) return false;
  const after = nextWords(text, right.end, 6);
  return teamAfter(after) || ["are", "were", "both", "run", "keep", "have"].includes(after[0] ?? "");
}

/**
 * "Rain and Hall from business support keep this place running", "Star and Cherry are in the same school": two
 * capitalised words joined by "and", one of them a possible name, before a verb in the plural or a team.
 */
export function pairedNames(text: string, facts: TokenFacts[], allowed: SpanIndex): Detection[] {
  const found: Detection[] = [];
  for (let index = 0; index + 2 < facts.length; index++) {
    const [left, joiner, right] = [facts[index], facts[index + 1], facts[index + 2]];
    if (!["and", "&"].includes(joiner.token.folded)) continue;
    const lowerPair = !left.token.capitalised && !right.token.capitalised;
    if (
      !(left.token.capitalised && right.token.capitalised) &&
      !(lowerPair && [left, right].every(isLowerListedName) && !(left.ordinary && right.ordinary))
    )
      continue;
    if (!/^[ \t]+$/u.test(text.slice(left.token.end, joiner.token.start))) continue;
    if (!/^[ \t]+$/u.test(text.slice(joiner.token.end, right.token.start))) continue;
    if (facts[index - 1]?.token.capitalised && !left.token.sentenceInitial) continue;
    if (
      facts[index + 3]?.token.capitalised &&
      /^[ \t]+$/u.test(text.slice(right.token.end, facts[index + 3].token.start))
    )
      continue;
    const pair = [left, right];
    if (!pair.every(couldBePairedName) || pair.some((fact) => allowed.overlaps(fact.token.start, fact.token.baseEnd)))
      continue;
    const after = nextWords(text, right.token.baseEnd, 6);
    if (!(pluralVerb(after[0] ?? "") || teamAfter(after))) continue;
    for (const fact of pair) {
      found.push({
        start: fact.token.start,
        end: fact.token.baseEnd,
        category: "person",
        reason: "Two names joined by “and” before a verb of people (“… and … run the front door”)",
        source: "nlp",
        identity: `person:${fact.token.folded}`,
      });
    }
  }
  return found;
}

/**
 * "brook and parker left": in lower case, both words must be in a name list and no verb or modifier, and one of them
 * no ordinary word ("grace and patience go a long way" is no pair of people).
 */
function isLowerListedName(fact: TokenFacts): boolean {
  const { token } = fact;
  if (!/^\p{Ll}{3,}$/u.test(token.base) || hasTag(fact, ["Verb", "Adverb", "Adjective", "Plural"])) return false;
  return fact.anyGiven || isLexiconSurname(token.base) || isLexiconFamilyName(token.base);
}

/** A capitalised word that could name a person: no place, people's word, plural, contraction or acronym. */
function couldBePairedName(fact: TokenFacts): boolean {
  const { token } = fact;
  const colour = COLOUR_SURNAMES.has(token.folded);
  if (
    !canFillNameSlot(fact) ||
    (fact.identity && !colour) ||
    fact.lexiconPlace ||
    token.allCaps ||
    /['’]/u.test(token.base)
  )
    return false;
  return token.base.length >= 3 && !hasTag(fact, ["Plural", "Adverb"]) && !PERSON_INTRODUCERS.has(token.folded);
}

/** In lower-case typing, a day's name joined by "and"/"or" to a person is one too: "benedikta and sunday". */
function dayNamedPerson(fact: TokenFacts, person: TokenFacts, joiner: string): boolean {
  if (fact.token.capitalised || /\p{Lu}/u.test(person.token.base)) return false;
  return hasTag(fact, ["WeekDay"]) && WORD_JOINER.test(joiner);
}

/**
 * Beside a name, a list also holds initials ("Me, AJ, Kowalczyk"), a capitalised word mid-sentence ("Ask Temperance or
 * Nwosu"), and in lower-case typing a given name with an ordinary sense ("me, patience and godwin").
 */
function couldBeListedWith(text: string, facts: TokenFacts[], at: number, person: TokenFacts): boolean {
  const fact = facts[at];
  const { token } = fact;
  if (PERSON_INTRODUCERS.has(token.folded) || fact.lexiconPlace || fact.country || fact.identity) return false;
  if (token.allCaps) return /^\p{Lu}{2,3}$/u.test(token.base) && !isKnownAcronym(token.base);
  if (hasTag(fact, ["Verb", "Adverb", "Adjective", "Plural"]) || !/^\p{L}{3,}$/u.test(token.base)) return false;
  if (token.capitalised) {
    const before = facts[at - 1];
    const after = facts[at + 1];
    const runBefore =
      before?.token.capitalised &&
      !before.token.sentenceInitial &&
      joinedBySpace(text, before.token.end, token.start) &&
      !hasTag(before, ["Verb"]) &&
      !PERSON_OBJECT_VERBS.has(before.token.folded);
    const alone = !runBefore && !(after?.token.capitalised && joinedBySpace(text, token.end, after.token.start));
    return (
      alone &&
      !token.sentenceInitial &&
      canFillNameSlot(fact) &&
      !PLACE_NOUNS_AFTER.has(token.folded) &&
      !hasTag(fact, ["Date"])
    );
  }
  if (/\p{Lu}/u.test(person.token.base)) return false;
  return fact.anyGiven && canFillNameSlot(fact);
}

function couldBeListedName(fact: TokenFacts): boolean {
  const { token } = fact;
  if (token.base.length < 3 || /\p{N}/u.test(token.base) || !canFillNameSlot(fact)) return false;
  if (fact.lexiconPlace || fact.identity || PERSON_INTRODUCERS.has(token.folded) || isKnownAcronym(token.base))
    return false;
  if (!fact.english && !isRarerEnglishWord(token.folded) && !isFieldJargon(token.folded)) return true;
  const listedName = fact.anyGiven || isLexiconSurname(token.base) || isLexiconFamilyName(token.base);
  return listedName && token.capitalised && !token.sentenceInitial && !hasTag(fact, ["Verb", "Adverb"]);
}
