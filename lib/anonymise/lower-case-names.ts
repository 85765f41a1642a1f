// Names typed in lower case, and initials, found by a cue or by being no English word in a lower-case text.
import { isRarerEnglishWord } from "./english-words";
import { isKnownAcronym } from "./known-acronyms";
import { isEnglishWordForm, isLexiconFirstName, type SpanIndex, wordTags } from "./known-words";
import {
  describedAsPerson,
  introducedAsPerson,
  isPastTenseVerb,
  nextIsPastOrCopula,
  nextWords,
  previousWords,
  verbOpeningClause,
} from "./name-context";
import {
  HONORIFICS,
  initialsCueBefore,
  NAME_FOLLOWERS,
  PERSON_INTRODUCERS,
  PERSON_OBJECT_VERBS,
  PERSONAL_POSSESSIONS,
  SPEECH_VERBS,
  TALK_WORDS,
} from "./name-cues";
import { isGazetteerGivenName, isGazetteerSurname } from "./name-gazetteer";
import { isLexiconFamilyName, isLexiconGivenName } from "./name-lexicon";
import {
  bracketedPersonAfter,
  personAfterAuxiliary,
  personVerbFollows,
  predicateIsPerson,
  roleGivenAfter,
  withMe,
} from "./name-predicates";
import {
  type Chunk,
  FUNCTION_WORD_TAGS,
  hasTag,
  isAnyGivenName,
  isCommonEnglish,
  isDistinctiveName,
  newChunk,
  type TokenFacts,
  type Verdict,
  verdict,
} from "./name-token-facts";
import { JARGON } from "./name-unknown-words";
import {
  CHILD_POSSESSIONS,
  isModal,
  namedAsPeople,
  pluralVerb,
  roleThenSpeech,
  teamAfter,
  workCueBefore,
} from "./name-work-cues";

/** "oluwaseun and priyanka": a lower-case word with no ordinary sense, listed after a lower-case name. */
export function addLowerCaseCoordinates(text: string, facts: TokenFacts[], index: number, chunks: Chunk[]): number {
  const before = facts[index - 2];
  const joiner = facts[index - 1];
  if (
    before &&
    joiner &&
    ["and", "&"].includes(joiner.token.folded) &&
    !before.token.capitalised &&
    isBareLowerCaseName(before) &&
    /^\s+$/u.test(text.slice(before.token.end, joiner.token.start)) &&
    !chunks.some((chunk) => chunk.facts.includes(before))
  ) {
    chunks.splice(chunks.length - 1, 0, {
      ...newChunk([before], true),
      preset: verdict("person", "Name listed alongside a name", 2),
    });
  }
  let cursor = index;
  for (;;) {
    const next = facts[cursor + 1];
    if (!next || next.token.capitalised) return cursor;
    const between = text.slice(facts[cursor].token.end, next.token.start);
    const joined = /^\s*(?:,|&)?\s*$/u.test(between) && /[,&]/u.test(between);
    const andNext = facts[cursor + 2];
    if (joined && isBareLowerCaseName(next) && !verbOpeningClause(facts, cursor + 1)) {
      chunks.push({ ...newChunk([next], true), preset: verdict("person", "Name listed alongside a name", 2) });
      cursor++;
      continue;
    }
    if (
      ["and", "or"].includes(next.token.folded) &&
      /^\s+$/u.test(between) &&
      andNext &&
      !andNext.token.capitalised &&
      isBareLowerCaseName(andNext)
    ) {
      chunks.push({ ...newChunk([andNext], true), preset: verdict("person", "Name listed alongside a name", 2) });
      cursor += 2;
      continue;
    }
    return cursor;
  }
}

function isBareLowerCaseName(fact: TokenFacts): boolean {
  const { token } = fact;
  if (fact.anyGiven && token.base.length >= 2 && !NOT_BEFORE_A_NAME.has(token.folded)) return true;
  return (
    token.base.length >= 3 &&
    !fact.ordinary &&
    !fact.identity &&
    !fact.country &&
    !/\p{N}/u.test(token.base) &&
    !isCommonEnglish(token.folded) &&
    !JARGON.has(token.folded) &&
    !PERSON_INTRODUCERS.has(token.folded)
  );
}

/**
 * A comment typed in lower case ("i think…", no capital after a full stop): names are in lower case too,
 * so a word no list knows is taken for one.
 */
export function isLowerCaseTyped(text: string, facts: TokenFacts[]): boolean {
  const starts = facts.filter((fact) => fact.token.sentenceInitial);
  const lowerStarts = starts.filter((fact) => !fact.token.capitalised).length;
  const lowerI = facts.some((fact) => fact.token.text === "i");
  return lowerI || (starts.length > 0 && lowerStarts / starts.length >= 0.8) || !/\p{Lu}/u.test(text);
}

/** Words of a phrasal verb, never a name before "as" ("wanted him back as her worker"). */
const PARTICLES = new Set("back on in up out off over away down again around along home there here".split(" "));

const LOWER_HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "mx"]);

/** Titles that stand only before a name, whatever the name means ("mr house", "ms bliss"); "dr" may be a doctor. */
const PLAIN_TITLES = new Set(["mr", "mrs", "ms", "miss", "mx"]);

/** What "ms" stands before when it is Microsoft. */
const MICROSOFT_PRODUCTS = new Set("teams team forms word excel outlook office onenote sharepoint planner".split(" "));

/** "the IRO mr house", "ms bliss in business support": any word but a function word or a verb after mr, mrs, ms. */
function afterPlainTitle(text: string, facts: TokenFacts[], index: number): boolean {
  const fact = facts[index];
  const previous = facts[index - 1];
  if (!previous || !PLAIN_TITLES.has(previous.token.folded)) return false;
  if (!/^[ \t]+$/u.test(text.slice(previous.token.end, fact.token.start))) return false;
  if (previous.token.folded === "ms" && MICROSOFT_PRODUCTS.has(fact.token.folded)) return false;
  return !hasTag(fact, [...FUNCTION_WORD_TAGS, "Adverb"]);
}

const NOT_BEFORE_A_NAME = new Set(
  "the a an this that these those my your his her our their its some any no every i you we they he she it very so too mine yours hers ours theirs".split(
    " ",
  ),
);

/**
 * Lower-case names that a cue shows ("ask mrs kowalczyk", "i asked summer to cover", "my colleague hope said",
 * "rose said"). A given name with an ordinary sense needs a following word that a name takes and the word does not.
 */
export function lowerCaseNameCue(
  text: string,
  facts: TokenFacts[],
  index: number,
  lowerCaseTyped: boolean,
): string | null {
  const fact = facts[index];
  const { token } = fact;
  if (token.capitalised || /\p{N}/u.test(token.base) || fact.identity || fact.country) return null;
  if (token.base.length === 2) return shortNameCue(text, fact, lowerCaseTyped);
  if (token.base.length < 3) return null;
  if (PERSON_INTRODUCERS.has(token.folded) || NOT_BEFORE_A_NAME.has(token.folded) || JARGON.has(token.folded))
    return null;
  if (afterPlainTitle(text, facts, index)) return "Name after a title (mr, mrs, dr …)";
  const particle = PARTICLES.has(token.folded) || hasTag(fact, [...FUNCTION_WORD_TAGS, "Adverb", "Adjective", "Verb"]);
  if (!particle && roleGivenAfter(nextWords(text, token.end, 4)))
    return "Word given a person's role after it (“… as our senior”)";
  if (fact.ordinary && !fact.anyGiven && !fact.surname) return null;
  if (fact.ordinary && hasTag(fact, ["PastTense", "Copula", "Auxiliary"])) return null;
  const previous = facts[index - 1];
  const joined = previous && /^[ \t]+$/u.test(text.slice(previous.token.end, token.start));
  const distinctive =
    !fact.ordinary &&
    !isCommonEnglish(token.folded) &&
    !/['’]/u.test(token.base) &&
    !hasTag(fact, ["Verb", "Adverb", "Adjective", "Negative", "Modal", "Preposition", "Conjunction", "Determiner"]);
  const irishShape = /^[od]['’]\p{Ll}{3,}(?:-\p{Ll}{2,})?$/u.test(token.base);
  if (
    joined &&
    LOWER_HONORIFICS.has(previous.token.folded) &&
    (distinctive || irishShape || fact.surname || fact.anyGiven)
  ) {
    return "Name after a title (mr, mrs, dr …)";
  }
  const next = facts[index + 1];
  const after = nextWords(text, token.end, 1)[0];
  const followedLikeAName = after === undefined || NAME_FOLLOWERS.has(after);
  const prior = previousWords(text, token.start, 4);
  if (!fact.anyGiven && !distinctive) {
    const introducedSurname = fact.surname && followedLikeAName && introducedAsPerson(prior);
    return introducedSurname ? "Surname introduced by a role or relation (“my ATM gill”)" : null;
  }
  const bracketed = prior[prior.length - 1] === "(" && after === ")";
  if (bracketed && distinctive && lowerCaseTyped && !isRarerEnglishWord(token.folded) && !JARGON.has(token.folded)) {
    return "Unknown word alone in brackets in a lower-case comment (“the last one was ok (…)”)";
  }
  if (!lowerCaseTyped && distinctive && workCueBefore(prior)) {
    return "Name after thanks or a verb of working with someone (“thanks to …”)";
  }
  const last = prior[prior.length - 1];
  const objectOfVerb =
    last !== undefined &&
    (PERSON_OBJECT_VERBS.has(last) ||
      ((last === "to" || last === "with") && TALK_WORDS.has(prior[prior.length - 2] ?? "")));
  const possession =
    after !== undefined &&
    (PERSONAL_POSSESSIONS.has(after) || (lowerCaseTyped && fact.anyGiven && CHILD_POSSESSIONS.has(after)));
  if (token.possessive && possession) {
    return "Possessive followed by a personal noun (“kasia's mum”)";
  }
  if (objectOfVerb && (followedLikeAName || distinctive)) return "Name after a verb that takes a person (ask, tell …)";
  const verbNext = personVerbFollows(nextWords(text, token.end, 2));
  if (introducedAsPerson(prior) && (followedLikeAName || distinctive || nextIsPastOrCopula(next) || verbNext)) {
    return "Name introduced by a role or relation (“my colleague …”)";
  }
  if (lowerCaseTyped && (fact.anyGiven || distinctive)) {
    const cue = workingLifeCue(text, prior, token.end, token.possessive) ?? namedAsPeople(text, prior, token.start);
    if (cue) return cue;
  }
  const appositive = fact.anyGiven && !isModal(token.folded) && roleThenSpeech(nextWords(text, token.end, 5));
  const verbAfter = personVerbFollows(nextWords(text, token.end, 2)) || appositive;
  if (
    (fact.anyGiven || (distinctive && lowerCaseTyped)) &&
    (!fact.ordinary || lowerCaseTyped || appositive) &&
    verbAfter &&
    (last === undefined || !NOT_BEFORE_A_NAME.has(last)) &&
    !(joined && hasTag(previous, ["Adjective", "Determiner", "Preposition", "Pronoun"]))
  ) {
    return "Given name followed by a verb of speech (“rose said”)";
  }
  return null;
}

/**
 * "jo is off sick", "ask kb about it", "jd in the mash …": a two-letter given name or initials (no vowel, no
 * acronym of the field) in a lower-case comment, only with a cue.
 */
function shortNameCue(text: string, fact: TokenFacts, lowerCaseTyped: boolean): string | null {
  const { token } = fact;
  if (NOT_BEFORE_A_NAME.has(token.folded) || JARGON.has(token.folded)) return null;
  if (
    hasTag(fact, ["Pronoun", "Determiner", "Preposition", "Conjunction", "Adverb", "Verb", "Adjective", "Expression"])
  )
    return null;
  const initials = !/[aeiouy]/u.test(token.folded) && !isKnownAcronym(token.base);
  const prior = previousWords(text, token.start, 4);
  const last = prior[prior.length - 1] ?? "";
  const introduced = introducedAsPerson(prior) && !fact.english && !isKnownAcronym(token.base);
  if (!fact.anyGiven && !initials && !introduced) return null;
  const cued = PERSON_OBJECT_VERBS.has(last) || introduced || introducedAsPerson(prior) || workCueBefore(prior);
  if (cued || (initials && (initialsCueBefore(prior) || last === "with"))) {
    return "Short name or initials after a cue (“ask kb”, “my manager jo”)";
  }
  const after = nextWords(text, token.end, 6);
  if (initials && roleGivenAfter(after)) return "Initials given a person's role after them (“… as my pe”)";
  if (!lowerCaseTyped) return null;
  if (
    personAfterAuxiliary(text, token.end) ||
    teamAfter(after) ||
    personVerbFollows(after) ||
    describedAsPerson(after)
  ) {
    return "Short name or initials before a cue (“jo is off sick”, “jd in the mash”)";
  }
  return null;
}

/** A given name, or a word of three letters or more that no word list knows ("kaz", "marites"). */
function isNameLike(folded: string): boolean {
  if (isAnyGivenName(folded)) return true;
  return (
    /^\p{Ll}{3,}(?:-\p{Ll}+)?$/u.test(folded) &&
    !isEnglishWordForm(folded) &&
    !isRarerEnglishWord(folded) &&
    !JARGON.has(folded) &&
    !isKnownAcronym(folded)
  );
}

/** A colleague's name in a comment typed in lower case: thanked, worked with, in a team, described, bracketed. */
function workingLifeCue(text: string, prior: string[], end: number, possessive: boolean): string | null {
  const last = prior[prior.length - 1] ?? "";
  if (NOT_BEFORE_A_NAME.has(last) && last !== "so") return null;
  const after = nextWords(text, end, 6);
  // Note: "goes to me or grant until she's back", not "me or grant funding": a noun after it makes it a modifier.
  const nounAfter = wordTags(after[0] ?? "").has("Noun") && !wordTags(after[0] ?? "").has("Verb");
  const withSpeaker =
    ["and", "or"].includes(prior[prior.length - 1] ?? "") &&
    ["me", "i"].includes(prior[prior.length - 2] ?? "") &&
    !nounAfter;
  if (withMe(after) || withSpeaker) return "Name coordinated with the speaker (“… and i”, “me and …”)";
  if (possessive && predicateIsPerson(["is", ...after])) return "Name described as a person (“…'s the only manager”)";
  if (describedAsPerson(after)) return "Name described after a comma (“…, my senior,”)";
  if (personAfterAuxiliary(text, end)) return "Name before a state only a person is in (“… is off sick”)";
  if (bracketedPersonAfter(text, end)) return "Name before a role in brackets (“… (student)”)";
  if (workCueBefore(prior)) return "Name after thanks or a verb of working with someone (“thanks to …”)";
  if (teamAfter(after)) return "Name followed by a team (“… from legal”)";
  if (predicateIsPerson(after)) return "Name described as a person (“… is the best senior”)";
  if (prior[prior.length - 1] === "(" && after[0] === ")" && prior.some((word) => PERSON_INTRODUCERS.has(word))) {
    return "Name in brackets after a role (“the IRO (…)”)";
  }
  const pairedAfter = (after[0] === "and" || after[0] === "&") && isNameLike(after[1] ?? "");
  const pairedBefore =
    ["and", "&"].includes(prior[prior.length - 1] ?? "") && isNameLike(prior[prior.length - 2] ?? "");
  const rest = pairedAfter ? after.slice(2) : after;
  if (
    (pairedAfter || pairedBefore) &&
    (pluralVerb(rest[0] ?? "") || teamAfter(rest) || predicateIsPerson(rest) || rest[0] === "to")
  ) {
    return "Two names before a verb of people (“… and … run the front door”)";
  }
  return null;
}

/** "JD said", "ask KO about it", "my manager AB": two or three capitals that are no known acronym, with a cue. */
export function initialsByCue(text: string, facts: TokenFacts[], index: number, allowed: SpanIndex): Verdict | null {
  const { token } = facts[index];
  if (
    !/^\p{Lu}{2,3}$/u.test(token.base) ||
    isKnownAcronym(token.base) ||
    HONORIFICS.has(token.folded) ||
    allowed.contains(token.start, token.baseEnd)
  )
    return null;
  const prior = previousWords(text, token.start, 4);
  const last = prior[prior.length - 1];
  const after = nextWords(text, token.end, 1)[0];
  if (
    last !== undefined &&
    (PERSON_OBJECT_VERBS.has(last) ||
      HONORIFICS.has(last) ||
      last === "with" ||
      initialsCueBefore(prior) ||
      (last === "to" && TALK_WORDS.has(prior[prior.length - 2] ?? "")))
  ) {
    return verdict("person", "Initials after a verb that takes a person", 2);
  }
  // Note: "our PE, TS, was great", "TM (KB)": initials set beside a role name the person in it.
  if ((last === "," || last === "(") && PERSON_INTRODUCERS.has(prior[prior.length - 2] ?? "")) {
    return verdict("person", "Initials beside a role", 2);
  }
  if (last === "and" && ["me", "i"].includes(prior[prior.length - 2] ?? "")) {
    return verdict("person", "Initials in “me and …”", 2);
  }
  const following = nextWords(text, token.end, 6);
  if (predicateIsPerson(following) || personAfterAuxiliary(text, token.end) || describedAsPerson(following)) {
    return verdict("person", "Initials described as a person (“KS is the best manager”)", 2);
  }
  const teamFollows =
    teamAfter(following) || (["is", "was"].includes(following[0] ?? "") && teamAfter(following.slice(1)));
  if (withMe(following) || teamFollows || workCueBefore(prior)) {
    return verdict("person", "Initials with a colleague's cue (“JD and I”, “JD from legal”)", 2);
  }
  if (after === "who" || roleGivenAfter(following)) return verdict("person", "Initials before 'who' or a role", 2);
  if (after !== undefined && (isPastTenseVerb(after) || personVerbFollows(following)))
    return verdict("person", "Initials followed by a verb of a person", 2);
  if (introducedAsPerson(prior)) return verdict("person", "Initials introduced by a role or relation", 2);
  if (token.possessive && after !== undefined && PERSONAL_POSSESSIONS.has(after)) {
    return verdict("person", "Initials followed by a personal noun", 2);
  }
  if (
    after !== undefined &&
    SPEECH_VERBS.has(after) &&
    !["was", "is", "has", "had", "does", "did", "would", "will"].includes(after)
  ) {
    return verdict("person", "Initials followed by a verb of speech", 2);
  }
  return null;
}

export function isLowerCaseGivenName(fact: TokenFacts): boolean {
  const { token } = fact;
  if (JARGON.has(token.folded)) return false;
  const parts = token.base.split(/[-‐]/u);
  if (parts.length === 2 && !token.capitalised && parts.every((part) => part.length >= 2)) {
    const given = parts.filter((part) => isAnyGivenName(part));
    const unknown = parts.filter((part) => !isEnglishWordForm(part) && !isRarerEnglishWord(part));
    return given.some((part) => isDistinctiveName(part)) && given.length + unknown.length >= 2 && unknown.length > 0;
  }
  return (
    !token.capitalised &&
    token.base.length >= 4 &&
    (isGazetteerGivenName(token.base) ||
      ((isLexiconGivenName(token.base) || isLexiconFirstName(token.base)) && isDistinctiveName(token.base)) ||
      (token.base.length >= 5 &&
        (isGazetteerSurname(token.base) || isLexiconFamilyName(token.base)) &&
        isDistinctiveName(token.base))) &&
    !fact.ordinary &&
    !isEnglishWordForm(token.folded) &&
    !/\p{Lu}/u.test(token.base)
  );
}
