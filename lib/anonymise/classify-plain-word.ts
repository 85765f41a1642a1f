// Runs of ordinary words (no name-list word, no name shape) that the context still shows to be a person or a place.
import { isEnglishWordForm, isEverydayWord, wordTags } from "./known-words";
import { describedAsPerson, locativeBefore, motionTo, nextWords } from "./name-context";
import {
  COPULAS,
  PERSON_INTRODUCERS,
  PERSON_OBJECT_VERBS,
  PLACE_NOUNS_AFTER,
  PLACE_TYPES_WEAK,
  TALK_WORDS,
} from "./name-cues";
import { isLoneCapitalisedWord, isRunBeforePersonVerb, isSubjectAfterJoiner } from "./name-ordinary-words";
import {
  ageAfter,
  ageInTextAfter,
  bracketedPersonAfter,
  personAfterAuxiliary,
  personVerbFollows,
  predicateIsPerson,
  pronounAfterComma,
  withMe,
} from "./name-predicates";
import { type Chunk, hasTag, isPlainWord, type Verdict, verdict } from "./name-token-facts";
import { DEPARTMENTS, FAMILY_NOUNS, NOT_PLACES } from "./name-word-classes";
import { CHILD_POSSESSIONS, teamAfter, workCueBefore } from "./name-work-cues";

export interface PlainWordContext {
  prior: string[];
  after: string[];
  introducedEarly: boolean;
  possessiveEarly: boolean;
}

/** Verbs whose object is a child or a family member ("we placed Ocean with …", "I took Blue to the dentist"). */
const CHILD_OBJECT_VERBS = new Set(
  `took placed moved collected picked brought drove removed adopted fostered excluded arrested supported helped
  accommodated returned reunified visited`.split(/\s+/u),
);

/** "Grace, if you're reading this", "Joy, you were the best": the speaker addresses the named person. */
const ADDRESSING = new Set(["you", "your", "you're", "you’re", "if", "thank", "thanks"]);

/** "Faith, I hope you don't mind", "Joy, I know you're busy": the speaker tells the named person something. */
function saidToYou(words: string[]): boolean {
  return (
    words[0] === "i" &&
    /^(?:hope|know|promise|swear|told|owe|miss|bet)$/u.test(words[1] ?? "") &&
    /^you/u.test(words[2] ?? "")
  );
}

/** Tags of a word that is not a noun here, so cannot be a name by its description alone. */
const NOT_A_NOUN = [
  "Verb",
  "Adjective",
  "Adverb",
  "Preposition",
  "Determiner",
  "Pronoun",
  "Date",
  "Value",
  "QuestionWord",
];

/** A verdict, `null` for no name, or `undefined` when the plain-word readings have nothing to say. */
export function classifyPlainWords(text: string, chunk: Chunk, context: PlainWordContext): Verdict | null | undefined {
  const { prior, after, introducedEarly, possessiveEarly } = context;
  const first = chunk.facts[0];
  const last = chunk.facts[chunk.facts.length - 1];
  const single = chunk.facts.length === 1;
  const plain = chunk.facts.every(
    (fact) => !fact.identity && !fact.country && !hasTag(fact, ["Pronoun"]) && fact.token.base !== "I",
  );
  // Note: "Adult Social Care said no": "social" introduces no one before the field's own nouns.
  const fieldCompound =
    prior[prior.length - 1] === "social" && /^(?:care|work|services|media)$/u.test(first.token.folded);
  if (plain && single && introducedEarly && !fieldCompound)
    return verdict("person", "Name introduced by a role or relation (“my manager …”)", 3);
  // Note: "It's Christian's birthday": a given name that is also a faith's word, owning what only a person has.
  const givenIdentity = first.identity && first.anyGiven && !ARTICLES.has(prior[prior.length - 1] ?? "");
  if (
    (plain || givenIdentity) &&
    single &&
    possessiveEarly &&
    (!first.token.sentenceInitial || !hasTag(first, ["Pronoun", "Determiner", "Adverb", "Date", "Value"]))
  ) {
    return verdict("person", "Possessive followed by a personal noun", 3);
  }
  const ordinaryGiven = chunk.facts.some((fact) => (fact.given || fact.anyGiven) && !fact.identity);
  const lastPrior = prior[prior.length - 1] ?? "";
  const personCue =
    PERSON_OBJECT_VERBS.has(lastPrior) ||
    CHILD_OBJECT_VERBS.has(lastPrior) ||
    ((lastPrior === "with" || lastPrior === "to" || lastPrior === "from") &&
      (TALK_WORDS.has(prior[prior.length - 2] ?? "") || prior[prior.length - 2] === "worked"));
  if (
    !ordinaryGiven &&
    plain &&
    single &&
    personCue &&
    !first.token.sentenceInitial &&
    !DEPARTMENTS.has(first.token.folded) &&
    !hasTag(first, ["Verb", "Adverb", "Preposition", "Determiner", "Pronoun", "Date", "Value"])
  ) {
    return verdict("person", "Capitalised word after a verb that takes a person", 1);
  }
  if (
    !ordinaryGiven &&
    plain &&
    single &&
    !first.token.sentenceInitial &&
    (locativeBefore(prior) || motionTo(prior)) &&
    !DEPARTMENTS.has(first.token.folded) &&
    !NOT_PLACES.has(first.token.folded) &&
    !hasTag(first, ["Verb", "Adjective", "Adverb", "Preposition", "Determiner", "Pronoun", "Date", "Value"])
  ) {
    return verdict("place", "Capitalised word after a place preposition (“moved to Battle”)", 1);
  }
  const nounOnly = !/['’]/u.test(first.token.text) && !hasTag(first, NOT_A_NOUN);
  const functionWord = hasTag(first, ["Preposition", "Determiner", "Pronoun", "Conjunction", "Date", "Value"]);
  if (
    plain &&
    single &&
    !first.token.sentenceInitial &&
    !functionWord &&
    !DEPARTMENTS.has(first.token.folded) &&
    (workCueBefore(prior) || teamAfter(after))
  ) {
    return verdict("person", "Capitalised word thanked, worked with or placed in a team (“thanks to …”)", 2);
  }
  if (plain && single && bracketedPersonAfter(text, last.token.end)) {
    return verdict("person", "Word followed by a role, relation or age in brackets (“… (mother)”)", 2);
  }
  const beforeCopula = COPULAS.has(after[0] ?? "") && !functionWord && !hasTag(first, ["Adverb", "QuestionWord"]);
  if (plain && single && (nounOnly || beforeCopula) && (withMe(after) || predicateIsPerson(after))) {
    return verdict("person", "Word described as a person (“… and I did the visit”, “… was the eldest”)", 2);
  }
  if (
    plain &&
    single &&
    !functionWord &&
    !hasTag(first, ["Adverb", "Expression", "QuestionWord"]) &&
    (describedAsPerson(after) || pronounAfterComma(after))
  ) {
    return verdict("person", "Word then described as a person after a comma (“…, the daughter, she's …”)", 2);
  }
  if (plain && isRunBeforePersonVerb(text, chunk, after))
    return verdict("person", "Capitalised words before a verb only people do (“… chaired the meeting”)", 1);
  if (plain && isSubjectAfterJoiner(chunk, prior, after))
    return verdict("person", "Capitalised word after “and”, then a verb with its object (“and … runs the group”)", 1);
  if (plain && isLoneCapitalisedWord(text, chunk, prior, after))
    return verdict("person", "Ordinary word capitalised mid-sentence with nothing to make it a place or team", 1);
  if (!ordinaryGiven) return null;
  if (
    first.token.sentenceInitial &&
    single &&
    (predicateIsPerson(last.token.possessive ? ["is", ...after] : after) ||
      ageAfter(after) ||
      ageInTextAfter(text, last.token.end) ||
      pronounAfterComma(after) ||
      describedAsPerson(after) ||
      personAfterAuxiliary(text, last.token.baseEnd))
  ) {
    return verdict("person", "Given name described as a person (“… was the one who”)", 2);
  }
  if (first.token.sentenceInitial) {
    const speechAfter =
      after.length > 0 &&
      (personVerbFollows(after) ||
        withMe(after) ||
        teamAfter(after) ||
        (last.token.possessive && CHILD_POSSESSIONS.has(after[0])) ||
        (after[0] === "," && (ADDRESSING.has(after[1] ?? "") || saidToYou(after.slice(1)))));
    if (single && speechAfter) return verdict("person", "Given name followed by a verb of speech", 2);
    return null;
  }
  if (single && ARTICLES.has(lastPrior) && isModifiedNoun(text, last.token.end)) return null;
  if (single && !PLACE_NOUNS_AFTER.has(after[0] ?? "") && !PLACE_TYPES_WEAK.has(after[0] ?? "")) {
    return verdict("person", "Capitalised given name mid-sentence", 2);
  }
  return undefined;
}

/** "Page and I wrote it", "Ocean was the youngest": a lone noun opening a sentence, then said to be a person. */
export function describedAtSentenceStart(text: string, chunk: Chunk): boolean {
  if (chunk.facts.length !== 1) return false;
  const [fact] = chunk.facts;
  if (!fact.token.sentenceInitial || !(isPlainWord(fact) || fact.english)) return false;
  if (/['’]/u.test(fact.token.text) && !isContractedIs(fact)) return false;
  if (hasTag(fact, [...NOT_A_NOUN, "Conjunction"])) return false;
  if (fact.tags.has("Uncountable") || PERSON_INTRODUCERS.has(fact.token.folded)) return false;
  if (fact.token.base.length <= 2 || /ly$/u.test(fact.token.folded) || isEverydayWord(fact.token.base)) return false;
  const after = nextWords(text, fact.token.end, 9);
  if (fact.token.possessive) return predicateIsPerson(["is", ...after]);
  return (
    withMe(after) ||
    predicateIsPerson(after) ||
    ageInTextAfter(text, fact.token.end) ||
    pronounAfterComma(after) ||
    describedAsPerson(after)
  );
}

const ARTICLES = new Set(["the", "a", "an", "this", "that"]);

/** "Ocean's the only one who …": a name's "'s" standing for "is". */
function isContractedIs(fact: Chunk["facts"][number]): boolean {
  return fact.token.possessive && /['’]s$/u.test(fact.token.text);
}

/** "the Grace period": after an article, a name-like word directly before a lower-case noun is that noun's modifier. */
function isModifiedNoun(text: string, end: number): boolean {
  const next = /^[ \t]+(\p{Ll}+)\b/u.exec(text.slice(end, end + 30));
  if (next === null) return false;
  const tags = wordTags(next[1]);
  const noun = tags.has("Noun") || (tags.size === 0 && isEnglishWordForm(next[1]));
  return noun && !tags.has("Verb") && !FAMILY_NOUNS.has(next[1]) && !PERSON_INTRODUCERS.has(next[1]);
}
