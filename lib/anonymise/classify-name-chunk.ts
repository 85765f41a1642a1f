// Decides whether a run of candidate words is a person, a place or neither, from its words and their context.

import { classifyPlainWords, describedAtSentenceStart } from "./classify-plain-word";
import { isCountryOrRegion, isEnglishWordForm, wordTags } from "./known-words";
import {
  describedAsPerson,
  introducedAsPerson,
  isPastTenseVerb,
  locativeBefore,
  motionTo,
  nextWords,
  previousWords,
} from "./name-context";
import {
  HONORIFICS,
  PERSON_INTRODUCERS,
  PERSON_OBJECT_VERBS,
  PERSON_VERBS,
  PERSONAL_POSSESSIONS,
  PLACE_NOUNS_AFTER,
  PLACE_TYPES_STRONG,
  PLACE_TYPES_WEAK,
  TALK_WORDS,
} from "./name-cues";
import { nameLikeness } from "./name-likeness";
import {
  isDescribedAfterCommaAtStart,
  isLoneCapitalisedWord,
  isRunBeforePersonVerb,
  isRunDescribedAsPerson,
  isTwoWordName,
} from "./name-ordinary-words";
import {
  adjectiveSaidToBePerson,
  bracketedPersonAfter,
  FREQUENCY_ADVERBS,
  personAfterAuxiliary,
  personVerbFollows,
  predicateIsPerson,
  pronounFollows,
  withMe,
} from "./name-predicates";
import { COLOUR_SURNAMES, dropWordsBeforeTitle, isSurnameOfTitle, nameInSlot } from "./name-slots";
import {
  type Chunk,
  CONNECTORS,
  type CompromiseReading,
  hasTag,
  isOpener,
  isPlainWord,
  NON_NOUN_TAGS,
  PLACE_SHAPE,
  setKind,
  spanText,
  type TokenFacts,
  type Verdict,
  verdict,
} from "./name-token-facts";
import { isFieldJargon } from "./name-unknown-words";
import {
  FAMILY_NOUNS,
  GROUP_NOUNS,
  LANGUAGE_USE_AFTER,
  LANGUAGE_USE_BEFORE,
  PLACE_PREFIXES,
} from "./name-word-classes";
import { foldForMatch } from "./text-matching";

export function classify(text: string, chunk: Chunk, compromise: CompromiseReading): void {
  const found = chunk.preset ?? classifyChunk(text, chunk, compromise);
  if (!found) return;
  if (found.kind === "person" && !found.wholeRun) trimLeadingPlainWords(chunk);
  if (
    found.kind === "person" &&
    chunk.facts.length === 1 &&
    isNeverAloneAName(text, chunk.facts[0]) &&
    !isSurnameOfTitle(text, chunk)
  )
    return;
  setKind(chunk, found.kind, found.reason, found.strength);
}

/** "Great Missenden" keeps its first word as a place; in front of a person's name an ordinary word is not the name. */
function trimLeadingPlainWords(chunk: Chunk): void {
  while (
    chunk.facts.length > 1 &&
    isPlainWord(chunk.facts[0]) &&
    !isGivenNameNoun(chunk.facts[0]) &&
    !isLowerCaseParticle(chunk.facts[0])
  )
    chunk.facts.shift();
}

/** "Chase the school", "Drew up the plan", "Mark it as closed": a verb opening a sentence, then its object. */
function isImperativeAtSentenceStart(text: string, chunk: Chunk): boolean {
  if (chunk.facts.length !== 1 || !chunk.facts[0].token.sentenceInitial) return false;
  const fact = chunk.facts[0];
  if (fact.token.possessive || (!hasTag(fact, ["Verb"]) && !fact.english)) return false;
  return OBJECT_OPENERS.has(nextWords(text, fact.token.end, 1)[0] ?? "");
}

const OBJECT_OPENERS = new Set(
  "the a an up out down off this that these those them it me him us all your my our their his".split(" "),
);

/** "Duke — sorry, that's what everyone calls him", "Brook — that's the young person's chosen name". */
const NAMED_AFTER_DASH =
  /^\s*[—–-]\s*(?:sorry,?\s*)?that['’]s\s+(?:what\s+[\p{L}\s]{1,20}?\s+call(?:s|ed)?\s+(?:him|her|them)|(?:the|his|her|their)\b[^.!?]{0,40}?\b(?:name|nickname))/iu;

/** A lone letter ("Child Z", but "let's call her T"), a relation ("Nan", "Grandad") or a title ("Sir") is no name on its own. */
function isNeverAloneAName(text: string, fact: TokenFacts): boolean {
  const { folded } = fact.token;
  if (folded.length === 1) return !previousWords(text, fact.token.start, 3).some((word) => /^call(?:ed)?$/u.test(word));
  if (folded === "eve") return FESTIVAL_BEFORE.test(text.slice(Math.max(0, fact.token.start - 16), fact.token.start));
  return (PERSON_INTRODUCERS.has(folded) || HONORIFICS.has(folded)) && !fact.given;
}

/** "Christmas Eve", "New Year's Eve", "Hallows' Eve": the day before a festival, no person. */
const FESTIVAL_BEFORE = /(?:christmas|xmas|year['’]?s?|hallows['’]?|midsummer)[ \t]+$/iu;

/** "de la Cruz-Ferreira", "van der Berg": a lower-case particle at the front of a surname is part of it. */
function isLowerCaseParticle(fact: TokenFacts): boolean {
  return !fact.token.capitalised && CONNECTORS.has(fact.token.folded);
}

/** "Will Turner", "Frank Owusu": a given name whose ordinary sense is a noun, verb or adjective stays in front of a name. */
function isGivenNameNoun(fact: TokenFacts): boolean {
  return fact.anyGiven && !hasTag(fact, ["Adverb", "Determiner", "Preposition", "Pronoun", "Conjunction", "Date"]);
}

function classifyChunk(text: string, chunk: Chunk, compromise: CompromiseReading): Verdict | null {
  if (chunk.lowerCase) {
    return verdict("person", "Lower-case given name from the name gazetteer", 2);
  }
  dropWordsBeforeTitle(chunk);
  let titled = false;
  while (chunk.facts.length > 0 && chunk.facts[0].honorific && !isSurnameOfTitle(text, chunk)) {
    chunk.facts.shift();
    titled = true;
  }
  if (chunk.facts.length > 0 && !titled && isCountryOrRegion(spanText(text, chunk.facts))) return null;
  const slot = titled ? null : nameInSlot(text, chunk);
  if (slot) return slot;
  if (isImperativeAtSentenceStart(text, chunk)) return null;
  if (describedAtSentenceStart(text, chunk)) {
    return verdict("person", "Word described as a person (“… and I did the visit”, “… was the eldest”)", 2);
  }
  const lastEnd = chunk.facts[chunk.facts.length - 1]?.token.end ?? 0;
  if (!titled && isDescribedAfterCommaAtStart(chunk, nextWords(text, lastEnd, 9))) {
    return verdict("person", "Word opening a sentence, then described as a person (“…, he's fifteen”)", 2);
  }
  if (!titled && isRunBeforePersonVerb(text, chunk, nextWords(text, lastEnd, 9))) {
    return {
      ...verdict("person", "Capitalised words before a verb only people do (“… chaired the meeting”)", 1),
      wholeRun: true,
    };
  }
  if (!titled && isRunDescribedAsPerson(text, chunk, nextWords(text, lastEnd, 9))) {
    return {
      ...verdict("person", "Capitalised words then described as a person (“…, the interpreter,”, “… in HR told”)", 1),
      wholeRun: true,
    };
  }
  if (!titled && isTwoWordName(chunk, nextWords(text, lastEnd, 2))) {
    return {
      ...verdict("person", "Two capitalised words, one a given name or surname, naming no place or team", 1),
      wholeRun: true,
    };
  }
  let roleIntroduced = false;
  while (chunk.facts.length > 1 && PERSON_INTRODUCERS.has(chunk.facts[0].token.folded) && !chunk.facts[0].given) {
    chunk.facts.shift();
    roleIntroduced = true;
  }
  if (!titled && chunk.facts.length === 1 && adjectiveSaidToBePerson(text, chunk.facts[0]))
    return verdict("person", "Word opening a sentence, said to be a person (“… was the interpreter”)", 2);
  const before = chunk.facts[0] ? previousWords(text, chunk.facts[0].token.start, 4) : [];
  if (!titled && before.length > 0 && HONORIFICS.has(before[before.length - 1].replace(/\.$/u, ""))) titled = true;
  while (
    !titled &&
    chunk.facts.length > 0 &&
    isOpener(chunk.facts[0]) &&
    !isLowerCaseParticle(chunk.facts[0]) &&
    !(chunk.facts.length > 1 && PLACE_PREFIXES.has(chunk.facts[0].token.folded)) &&
    !(chunk.facts.length === 1 && (!chunk.facts[0].token.sentenceInitial || chunk.facts[0].token.possessive))
  )
    chunk.facts.shift();
  if (chunk.facts.length > 0 && !titled && isCountryOrRegion(spanText(text, chunk.facts))) return null;

  const strongPlaceIndex = chunk.facts.findIndex(
    (fact, index) => index > 0 && PLACE_TYPES_STRONG.has(fact.token.folded) && !fact.token.possessive,
  );
  if (strongPlaceIndex > 0) {
    chunk.facts = chunk.facts.slice(0, strongPlaceIndex + 1);
    return verdict("place", "Street or estate name", 3);
  }

  while (
    chunk.facts.length > 1 &&
    (chunk.facts[chunk.facts.length - 1].identity || chunk.facts[chunk.facts.length - 1].country) &&
    !(titled && COLOUR_SURNAMES.has(chunk.facts[chunk.facts.length - 1].token.folded))
  ) {
    chunk.facts.pop();
  }
  if (chunk.facts.length === 0) return null;

  const first = chunk.facts[0];
  const last = chunk.facts[chunk.facts.length - 1];
  if (NAMED_AFTER_DASH.test(text.slice(last.token.end, last.token.end + 80))) {
    return verdict("person", "Word then named as what someone is called (“… — that's what everyone calls him”)", 2);
  }
  const start = first.token.start;
  const end = last.token.baseEnd;
  const prior = previousWords(text, start, 4);
  const after = nextWords(text, last.token.end, 9);
  const afterRaw = text.slice(last.token.end, last.token.end + 40);
  const single = chunk.facts.length === 1;
  const nameWords = chunk.facts.filter(
    (fact) => !fact.ordinary && !fact.identity && !fact.country && !isDemonymUse(text, fact),
  );
  const unlistedWords = nameWords.filter(
    (fact) => !fact.english || fact.given || fact.anyGiven || fact.surname || fact.nonEnglish,
  );
  const locative = locativeBefore(prior);
  if (
    !single &&
    PLACE_TYPES_WEAK.has(last.token.folded) &&
    (locative || motionTo(prior)) &&
    prior[prior.length - 1] !== "the"
  ) {
    return verdict("place", "Named building after a place preposition (“moving to Bridge House”)", 1);
  }
  if (single && !titled && (LANGUAGE_USE_AFTER.has(after[0] ?? "") || isLanguageUse(prior))) return null;
  const familyAfter =
    single && prior[prior.length - 1] === "the" && FAMILY_NOUNS.has(after[0] ?? "") && !first.token.sentenceInitial;
  if (
    familyAfter &&
    !first.identity &&
    !first.country &&
    !isDemonymUse(text, first) &&
    !/-speaking$/u.test(first.token.folded)
  )
    return verdict("person", "Family name (“the … family”)", 3);
  const introducedEarly = introducedAsPerson(prior);
  const possessiveEarly =
    last.token.possessive &&
    after.length > 0 &&
    PERSONAL_POSSESSIONS.has(after[0]) &&
    !PERSON_INTRODUCERS.has(last.token.folded) &&
    !GROUP_NOUNS.has(last.token.folded);
  if (nameWords.length === 0 && !titled) {
    const plainVerdict = classifyPlainWords(text, chunk, { prior, after, introducedEarly, possessiveEarly });
    if (plainVerdict !== undefined) return plainVerdict;
  }
  const saintIndex = chunk.facts.findIndex(
    (fact, index) => /^(?:st|saint)$/u.test(fact.token.folded) && index + 1 < chunk.facts.length,
  );
  if (saintIndex >= 0) return verdict("place", "Place or church named after a saint", 2);
  const weakPlaceIndex = chunk.facts.findIndex((fact, index) => index > 0 && PLACE_TYPES_WEAK.has(fact.token.folded));
  const placeNounAfter = after.length > 0 && PLACE_NOUNS_AFTER.has(after[0]);
  const talkedAbout =
    prior.length >= 2 &&
    TALK_WORDS.has(prior[prior.length - 2]) &&
    ["to", "from", "with"].includes(prior[prior.length - 1]);
  const caseLabel = prior[prior.length - 1] === ":" && ["re", "subject"].includes(prior[prior.length - 2] ?? "");
  const introduced = introducedAsPerson(prior) || roleIntroduced || caseLabel;
  const describedAfter = describedAsPerson(after);
  const verbAfter =
    after.length > 0 &&
    (PERSON_VERBS.has(after[0]) ||
      isPastTenseVerb(after[0]) ||
      (after[0] === "and" && after[1] === "i") ||
      (FREQUENCY_ADVERBS.has(after[0]) && personVerbFollows(after)));
  const possessiveOfPerson = last.token.possessive && after.length > 0 && PERSONAL_POSSESSIONS.has(after[0]);
  const compromisePerson = compromise.people.overlaps(start, end);
  const compromisePlace = compromise.places.overlaps(start, end);
  const lexiconPlace = chunk.facts.some((fact) => fact.lexiconPlace);
  const givenName = chunk.facts.some(
    (fact) => fact.given && (!fact.ordinary || !fact.token.sentenceInitial || !single),
  );
  const surname = chunk.facts.some((fact) => fact.surname && !fact.ordinary);
  const countryOnly = chunk.facts.every((fact) => fact.country || fact.identity || fact.ordinary);
  const objectOfPersonVerb = prior.length > 0 && PERSON_OBJECT_VERBS.has(prior[prior.length - 1]);
  const withBefore = prior[prior.length - 1] === "with";
  // Note: "Greer, from Coram, did the training": where someone is from, set off by commas, then what they did.
  const fromTeamAfter =
    /^\s+from\s+(?:the\s+|our\s+)?(?:\p{Ll}|\p{Lu}{2,}\b)/u.test(afterRaw) || FROM_SOMEWHERE_THEN_VERB.test(afterRaw);
  const personPredicate = predicateIsPerson(after) || personAfterAuxiliary(text, last.token.baseEnd);

  if (weakPlaceIndex > 0 && nameWords.some((fact) => chunk.facts.indexOf(fact) < weakPlaceIndex)) {
    chunk.facts = chunk.facts.slice(0, weakPlaceIndex + 1);
    return verdict("place", "Name of a building or local landmark", 3);
  }
  if (titled) return { ...verdict("person", "Name after a title (Mr, Mrs, Dr …)", 3), wholeRun: true };
  if (bracketedPersonAfter(text, last.token.end) && !countryOnly) {
    return verdict("person", "Name followed by a role, relation or age in brackets (“… (mother)”)", 2);
  }
  if (introduced) return verdict("person", "Name introduced by a role or relation (“my manager …”)", 3);
  if (possessiveOfPerson && !lexiconPlace) return verdict("person", "Possessive followed by a personal noun", 3);
  if (countryOnly && !givenName) return null;
  if (objectOfPersonVerb && !lexiconPlace)
    return verdict("person", "Name after a verb that takes a person (ask, tell, supervise …)", 2);
  if (personPredicate && !lexiconPlace)
    return verdict("person", "Name described as a person (“… were the only two speakers”)", 2);
  if ((placeNounAfter || lexiconPlace || compromisePlace) && !givenName && !describedAfter && !verbAfter) {
    const reason = placeNounAfter ? "Name before a place word (estate, area …)" : "Place name (compromise)";
    return verdict("place", reason, 2);
  }
  if (locative && !givenName && !talkedAbout && !describedAfter && !last.token.possessive) {
    return verdict("place", "Name after a place preposition (in, near, from …)", 2);
  }
  if (describedAfter || talkedAbout) return verdict("person", "Name followed by a description of a person", 3);
  if (givenName) return verdict("person", "Given name from the name gazetteer", 2);
  if (verbAfter && !first.token.sentenceInitial)
    return verdict("person", "Capitalised name followed by a verb of speech or action", 2);
  if (verbAfter && (surname || first.nonEnglish)) return verdict("person", "Name shape followed by a verb", 2);
  const listedAtStart = first.token.sentenceInitial && unlistedWords.length < nameWords.length;
  if (withMe(after) && nameWords.length === chunk.facts.length && !hasTag(first, NON_NOUN_TAGS)) {
    return verdict("person", "Name coordinated with the speaker (“… and I started”)", 2);
  }
  if (verbAfter && nameWords.length === chunk.facts.length && !listedAtStart && !hasTag(first, NON_NOUN_TAGS)) {
    return verdict("person", "Unrecognised capitalised word followed by a verb of speech or action", 1);
  }
  if (compromisePerson) return verdict("person", "Person name (compromise)", 2);
  if (surname) return verdict("person", "Surname or name shape from a naming tradition", 2);
  if (last.token.possessive && !first.token.sentenceInitial) return verdict("person", "Capitalised possessive", 1);
  if (first.nonEnglish && nameWords.length > 0) return verdict("person", "Name with non-English letters", 1);
  if (unlistedWords.length >= 2 && !first.token.sentenceInitial)
    return verdict("person", "Run of capitalised name-like words", 1);
  if (nameWords.length > 0 && withBefore && !placeNounAfter)
    return verdict("person", "Capitalised name after “with”", 1);
  if (nameWords.length > 0 && fromTeamAfter) return verdict("person", "Name followed by “from” and a team", 1);
  if (single && !first.token.sentenceInitial && nameWords.length === 1 && PLACE_SHAPE.test(first.token.folded)) {
    return verdict("place", "Capitalised word shaped like an English place name", 1);
  }
  if (nameWords.length > 0 && pronounFollows(text, last.token.end, last.token.base)) {
    return verdict("person", "Capitalised name referred to as he or she", 1);
  }
  const unknown = unlistedWords.filter((fact) => !fact.token.allCaps);
  if (!first.token.sentenceInitial && unknown.length > 0 && unknown.length === nameWords.length) {
    return verdict("person", "Capitalised word mid-sentence that is no English word (most likely a name)", 1);
  }
  if (
    unknown.length === chunk.facts.length &&
    first.token.base.length >= 3 &&
    unknown.every((fact) => fact.given || fact.surname || isSpeltLikeAName(fact)) &&
    !/^\s*:/u.test(afterRaw)
  ) {
    return verdict("person", "Capitalised word that is no English word and is spelt like a name", 1);
  }
  if (isLoneCapitalisedWord(text, chunk, prior, after)) {
    return verdict("person", "Ordinary word capitalised mid-sentence with nothing to make it a place or team", 1);
  }
  return null;
}

/**
 * No English word, contraction or jargon, and not spelt plainly like an English word; a
 * double-barrelled name ("Kerr-Dobbie") when each of its halves is.
 */
/** Log-odds of a name's spelling over an English word's: words spelt like English ("Headteachers", "Thistlewick") fall below and are flagged instead. */
const SPELT_LIKE_A_NAME = -0.5;

function isSpeltLikeAName(fact: TokenFacts): boolean {
  const { base, folded } = fact.token;
  if (fact.english || /['’]/u.test(base) || isFieldJargon(folded)) return false;
  const parts = base.split(/[-‐]/u);
  if (parts.length > 2) return false;
  return parts.every(
    (part) =>
      part.length >= 2 &&
      !isEnglishWordForm(part) &&
      !isFieldJargon(foldForMatch(part)) &&
      nameLikeness(part) > SPELT_LIKE_A_NAME,
  );
}

/**
 * "the Kosovan family", "a proper Cornish character": a capitalised word shaped like a nationality, before a noun
 * for people (or, ending -ish or -ese, before any noun). A listed surname ("the Osei kids") is a family.
 */
function isDemonymUse(text: string, fact: TokenFacts): boolean {
  const { token } = fact;
  if (!/(?:an|ian|ese|ish|i|ic|ean|ot)$/u.test(token.folded)) return false;
  if ((fact.surname || fact.given) && !fact.identity) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(token.end, token.end + 30));
  if (next === null) return false;
  if (GROUP_NOUNS.has(next[1])) return true;
  return /(?:ish|ese)$/u.test(token.folded) && wordTags(next[1]).has("Noun") && !wordTags(next[1]).has("Verb");
}

/** "speaks Romani", "translating Lingala", "Interpreter (Tigrinya)": the word names a language. */
function isLanguageUse(prior: string[]): boolean {
  const last = prior[prior.length - 1] ?? "";
  if (LANGUAGE_USE_BEFORE.has(last)) return true;
  return last === "(" && LANGUAGE_USE_AFTER.has(prior[prior.length - 2] ?? "");
}

const FROM_SOMEWHERE_THEN_VERB =
  /^,[ \t]*(?:from|at)[ \t]+[^,.;:!?\n]{1,40},[ \t]+(?:\p{Ll}+ed|did|was|is|has|had|said|says|told|came|went|ran|gave|took|made|does|can|could|would|will)(?![\p{L}])/u;
