// Broad readings of capitalised ordinary words as names: a run before a verb only people do, a lone word mid-sentence.
import { isEverydayWord, isLexiconSurname, wordTags } from "./known-words";
import { describedAsPerson, isPastTenseVerb, isThirdPersonVerb } from "./name-context";
import {
  PERSON_INTRODUCERS,
  PERSONAL_POSSESSIONS,
  PLACE_NOUNS_AFTER,
  PLACE_TYPES_STRONG,
  PLACE_TYPES_WEAK,
} from "./name-cues";
import { isLexiconFamilyName } from "./name-lexicon";
import {
  bracketedPersonAfter,
  FREQUENCY_ADVERBS,
  personVerbFollows,
  predicateIsPerson,
  pronounAfterComma,
  withMe,
} from "./name-predicates";
import { COLOUR_SURNAMES, DISCOURSE_OPENERS } from "./name-slots";
import { type Chunk, FUNCTION_WORD_TAGS, hasTag, type TokenFacts } from "./name-token-facts";
import { DEPARTMENTS, GROUP_HEADS, NOT_PLACES } from "./name-word-classes";
import { teamAfter } from "./name-work-cues";

/** Verbs of speech and contact that only a person does ("Rebel chaired", "Wood rang", "Chapel asked"). */
const SPEECH_ONLY = new Set(
  `said says told tells asked asks rang rings phoned phones emailed emails texted texts messaged replied replies
  chaired chairs explained reckons reckoned thinks thought laughed cried shouted smiled insisted promised admitted
  apologised apologized complained moaned whispered screamed swore argued`.split(/\s+/u),
);

function couldBeName(fact: TokenFacts): boolean {
  const { token } = fact;
  return (
    token.capitalised &&
    !token.allCaps &&
    token.base.length >= 3 &&
    !fact.identity &&
    !fact.country &&
    !DEPARTMENTS.has(token.folded) &&
    !PERSON_INTRODUCERS.has(token.folded) &&
    !(isEverydayWord(token.base) && !fact.anyGiven) &&
    !hasTag(fact, FUNCTION_WORD_TAGS) &&
    !hasTag(fact, ["Adverb"])
  );
}

/**
 * Each word of a run could be a name; a colour people use as a surname may end a run of two or three ("Gem Black in
 * HR told us", "Pepper Cooper Black did the assessment"), where a people's word would not follow a name.
 */
function allCouldBeNames(facts: TokenFacts[]): boolean {
  return facts.every(
    (fact, index) =>
      couldBeName(fact) ||
      (index > 0 && index === facts.length - 1 && COLOUR_SURNAMES.has(fact.token.folded) && fact.token.capitalised),
  );
}

/** "Later Ayaan", "Ask Jovanka": an ordinary word opening the sentence before a name is no part of it. */
function opensBeforeName(facts: TokenFacts[]): boolean {
  const [first, ...rest] = facts;
  return first.token.sentenceInitial && !first.anyGiven && rest.some((fact) => fact.given || fact.surname);
}

/**
 * "Charity Price started on Step Up", "Heaven Young runs a drop-in", "Rebel chaired the meeting": capitalised
 * ordinary words, two or three together before a verb of people, or one opening a sentence before a verb of speech.
 */
export function isRunBeforePersonVerb(text: string, chunk: Chunk, after: string[]): boolean {
  const { facts } = chunk;
  if (facts.length > 3 || !allCouldBeNames(facts) || opensBeforeName(facts)) return false;
  if (facts.length === 1) {
    if (!facts[0].token.sentenceInitial) return false;
    const counted = COUNTED_VERB_AFTER.test(text.slice(facts[0].token.end, facts[0].token.end + 40));
    if (counted && !facts[0].token.possessive && !hasTag(facts[0], ["Plural", "Verb"])) return true;
    if (isSubjectOnlyAsName(facts[0]) && finiteVerbAfter(after)) return true;
    if (doneWithMe(after) && !hasTag(facts[0], ["Plural", "Uncountable", "Gerund", ...FUNCTION_WORD_TAGS])) return true;
    return SPEECH_ONLY.has(after[0] ?? "") || (teamAfter(after) && !hasTag(facts[0], ["Verb", "Uncountable"]));
  }
  return personVerbFollows(after) || presentTenseBeforeObject(after) || withMe(after) || predicateIsPerson(after);
}

/**
 * "and Church runs the reflective group", "but Archer covered it": one capitalised word straight after "and" or "but",
 * then a verb with its object, is that clause's subject; a common noun there would need an article ("and the church
 * runs"), and a department, team or court is no person ("and Panel agreed the plan").
 */
export function isSubjectAfterJoiner(chunk: Chunk, prior: string[], after: string[]): boolean {
  if (chunk.facts.length !== 1) return false;
  const [fact] = chunk.facts;
  const { token } = fact;
  if (token.sentenceInitial || token.possessive || token.allCaps || token.base.length < 3) return false;
  if (!["and", "but"].includes(prior[prior.length - 1] ?? "")) return false;
  if (fact.identity || fact.country || DEPARTMENTS.has(token.folded) || PERSON_INTRODUCERS.has(token.folded))
    return false;
  if (INSTITUTIONS.has(token.folded) || GROUP_HEADS.has(token.folded) || PLACE_TYPES_STRONG.has(token.folded))
    return false;
  if (hasTag(fact, [...FUNCTION_WORD_TAGS, "Adverb", "Plural", "Uncountable", "Gerund"])) return false;
  return SPEECH_ONLY.has(after[0] ?? "") || finiteVerbAfter(after) || presentTenseBeforeObject(after);
}

/** Bodies that act as a subject with no article in a note ("and School rang", "and Court ordered"). */
const INSTITUTIONS = new Set(
  `school college university academy nursery hospital surgery library station office court panel conference
  supervision duty police housing council`.split(/\s+/u),
);

/**
 * "Scarlet left", "Bridge moved here", "Star turned 18": an adjective, or a countable noun with no article, opens a
 * sentence as its subject only when it is a name.
 */
function isSubjectOnlyAsName(fact: TokenFacts): boolean {
  const { folded } = fact.token;
  if (fact.token.possessive || NOT_PLACES.has(folded) || GROUP_HEADS.has(folded) || /ly$/u.test(folded)) return false;
  if (hasTag(fact, ["Verb", "Uncountable", "Plural", "Comparable", "Superlative"])) return false;
  return hasTag(fact, ["Adjective", "Singular", "Noun"]) || (fact.tags.size === 0 && fact.english);
}

/**
 * A verb in the active voice that agrees with a singular subject, then its object or an adverb of place or time:
 * "left after", "moved here", "sorted it", "covers Hollingbourne", "wasn't at the meeting". A note's passive ("Case
 * allocated to …", "Threshold met.") and a generic "isn't a plan" are not.
 */
function finiteVerbAfter(after: string[]): boolean {
  const [verb = "", next = "."] = after;
  if (/^(?:was|is|does|did|has|had|would|could|can|will)n['’]?t$/u.test(verb))
    return !["a", "an", "the", "really", "just"].includes(next);
  if (FREQUENCY_ADVERBS.has(verb)) return personVerbFollows(after);
  if (INTRANSITIVE_OF_PEOPLE.has(verb)) return !/^[,;:.!?()—–]$/u.test(next);
  if (["has", "had", "got"].includes(verb) && isPastTenseVerb(next) && participleTakesObject(after.slice(2)))
    return true;
  if (!isPastTenseVerb(verb) && !(isThirdPersonVerb(verb) && wordTags(verb).has("PresentTense"))) return false;
  return OBJECT_STARTS.has(next) || ADVERBS_OF_PLACE_AND_TIME.has(next);
}

/** "has raised it", "got picked up", "had left by then": after the participle, an object, a particle or an adverb. */
function participleTakesObject(rest: string[]): boolean {
  const [next = "."] = rest;
  return OBJECT_STARTS.has(next) || ADVERBS_OF_PLACE_AND_TIME.has(next) || PARTICLES.has(next);
}

const PARTICLES = new Set("up off out in on with by".split(" "));

/** "Butt did the section 47 with me": a past tense, then "with me" or "with us" before the clause ends. */
function doneWithMe(after: string[]): boolean {
  if (!isPastTenseVerb(after[0] ?? "") && after[0] !== "did") return false;
  for (let index = 1; index < after.length - 1; index++) {
    if (/^[^\p{L}\p{N}]/u.test(after[index])) return false;
    if (after[index] === "with" && (after[index + 1] === "me" || after[index + 1] === "us")) return true;
  }
  return false;
}

/**
 * "Star turned 18", "Honey turns eighteen": a verb of age, then a number, said of a word opening the sentence. Not
 * "works" or "does": a service works or does so many days too ("Respite does two weekends a month").
 */
const COUNTED_VERB_AFTER =
  /^[ \t]+(?:turned|turns|turning)[ \t]+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-one)\b/iu;

/** Verbs a person does without an object ("Scarlet left", "Coast moved"), not a note's passive ("agreed at Panel"). */
const INTRANSITIVE_OF_PEOPLE = new Set(
  "left leaves moved arrived stayed retired resigned quit laughed cried".split(" "),
);

const ADVERBS_OF_PLACE_AND_TIME = new Set(
  "here there home after before early late again back away round abroad".split(" "),
);

/**
 * "Star Haven Marsh, the interpreter, …", "Gem Black in HR told us", "Legend Marsh (15)", "Blue Sharp as the team
 * manager": two or three capitalised words, each able to stand as a name, then described as one person.
 */
export function isRunDescribedAsPerson(text: string, chunk: Chunk, after: string[]): boolean {
  const { facts } = chunk;
  if (facts.length < 2 || facts.length > 3 || !allCouldBeNames(facts) || opensBeforeName(facts)) return false;
  if (facts.some((fact) => PLACE_TYPES_STRONG.has(fact.token.folded) || PLACE_TYPES_WEAK.has(fact.token.folded)))
    return false;
  const last = facts[facts.length - 1].token;
  if (last.possessive) return PERSONAL_POSSESSIONS.has(after[0] ?? "");
  if (after[0] === "as" && after.slice(1, 4).some((word) => PERSON_INTRODUCERS.has(word))) return true;
  return (
    describedAsPerson(after) ||
    pronounAfterComma(after) ||
    (teamAfter(after) && !GROUP_HEADS.has(last.folded)) ||
    bracketedPersonAfter(text, last.end)
  );
}

/**
 * "Reign, he's fifteen", "Honey, the youngest, wasn't two", "Black, um, the social worker before me": a word opening
 * a sentence, then a comma and a description of a person, whatever the word's own sense (an adjective, a verb).
 */
export function isDescribedAfterCommaAtStart(chunk: Chunk, after: string[]): boolean {
  if (chunk.facts.length !== 1) return false;
  const [fact] = chunk.facts;
  const { folded, base } = fact.token;
  if (!fact.token.sentenceInitial || fact.token.possessive || base.length < 3 || DISCOURSE_OPENERS.has(folded))
    return false;
  if (hasTag(fact, [...FUNCTION_WORD_TAGS, "Adverb"]) || PERSON_INTRODUCERS.has(folded) || DEPARTMENTS.has(folded))
    return false;
  if ((fact.identity && !COLOUR_SURNAMES.has(folded)) || fact.country || (isEverydayWord(base) && !fact.anyGiven))
    return false;
  if (pronounAfterComma(after)) return true;
  const singular = after.slice(1, 7).some((word) => PERSON_INTRODUCERS.has(word) && !/[^s]s$/u.test(word));
  return describedAsPerson(after) && (singular || hasTag(fact, ["Noun"]));
}

const OBJECT_STARTS = new Set("a an the our my his her their this that it us me them everyone everything".split(" "));

/** "… runs a drop-in", "… chairs the panel": a word in -s then an article or pronoun is a verb with its object. */
function presentTenseBeforeObject(after: string[]): boolean {
  const [verb = "", object = ""] = after;
  return /^\p{Ll}{2,}[^s]s$/u.test(verb) && OBJECT_STARTS.has(object);
}

/**
 * "SW: Honey Swan", "Mother (Cinnamon Ford)", "The chair, Sugar Hunter, stopped …": two capitalised words, one of
 * them in a name list even with an ordinary sense, and no place, street or team word after them.
 */
export function isTwoWordName(chunk: Chunk, after: string[]): boolean {
  const { facts } = chunk;
  if (facts.length !== 2 || !facts.every(couldBeName) || opensBeforeName(facts)) return false;
  // Note: "in East Kent", "West Kent": a compass word opens a place's name, not a person's.
  if (/^(?:north|south|east|west|mid|central)$/u.test(facts[0].token.folded)) return false;
  if (!facts.some((fact) => fact.anyGiven || isLexiconFamilyName(fact.token.base) || isLexiconSurname(fact.token.base)))
    return false;
  if (facts.some((fact) => PLACE_TYPES_STRONG.has(fact.token.folded) || PLACE_TYPES_WEAK.has(fact.token.folded)))
    return false;
  const next = after[0] ?? "";
  return !(PLACE_NOUNS_AFTER.has(next) || PLACE_TYPES_WEAK.has(next) || GROUP_HEADS.has(next) || next === "road");
}

/** "Then Kit turned eighteen": a sentence opened by an adverb or joiner puts the capital after it mid-sentence. */
const SENTENCE_ADVERB_BEFORE =
  /(?:^|[.!?:]\s+)(?:Then|So|And|But|Now|Once|When|After|Eventually|Suddenly|Luckily|Sadly|Obviously|Yesterday|Today|Apparently|Basically|Honestly|Actually|Meanwhile|Later|Finally)\s+$/u;

/**
 * "and Church runs the group", "Sharp and Black from the night duty team": one capitalised ordinary word
 * mid-sentence is a name unless something makes it a title, a heading or a common noun: a capitalised
 * neighbour ("Legal Advisor", "CP Team"), a number after it ("Section 47"), an article or possessive
 * before it ("a new Model"), an opening quote ("'Well, …'"), a plural, a nationality's ending, or a place
 * or team word after it.
 */
export function isLoneCapitalisedWord(text: string, chunk: Chunk, prior: string[], after: string[]): boolean {
  if (chunk.facts.length !== 1) return false;
  const [fact] = chunk.facts;
  const { token } = fact;
  if (token.sentenceInitial || !couldBeName(fact) || NOT_PLACES.has(token.folded)) return false;
  const pluralNotSurname =
    hasTag(fact, ["Plural"]) && !isLexiconFamilyName(token.base) && !isLexiconSurname(token.base);
  if (
    pluralNotSurname ||
    hasTag(fact, ["Gerund", "Abbreviation", "Actor"]) ||
    /(?:ish|ese|ian|ean|an)$/u.test(token.folded)
  )
    return false;
  if (prior.slice(-2).some((word) => ARTICLES.has(word)) || ["of", "'s", "’s"].includes(prior[prior.length - 1] ?? ""))
    return false;
  const before = rawBefore(text, token.start);
  if (
    /(?:[.!?:;'‘“"(]|\p{Lu}\S*|\p{Lu}[\p{L}’'-]*\s+(?:of|in|for|the|to|on)|\p{Lu}{2,}\S*,)\s*$/u.test(before) &&
    !SENTENCE_ADVERB_BEFORE.test(before)
  )
    return false;
  if (/^[\s,]*(?:\p{Lu}(?!\s)|\p{N})/u.test(text.slice(token.end, token.end + 40).replace(/^\s*I\b/u, "")))
    return false;
  if (/[^s]s$/u.test(token.folded) && hasTag(fact, ["Noun"]) === false && /-/u.test(token.base)) return false;
  const next = after[0] ?? "";
  return !(PLACE_NOUNS_AFTER.has(next) || PLACE_TYPES_WEAK.has(next) || GROUP_HEADS.has(next));
}

const ARTICLES = new Set(["the", "a", "an", "this", "that", "these", "those", "our", "my", "your", "their", "its"]);

/** The raw text before a word on its line, up to 40 characters: capitals, quotes and punctuation matter there. */
function rawBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 40), start);
  return before.slice(before.lastIndexOf("\n") + 1);
}
