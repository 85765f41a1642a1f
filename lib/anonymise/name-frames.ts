// Frames only a person fills, read for a lower-case word whatever it means elsewhere: "my TM clover is lovely",
// "the recruiter (candy)", "a lady called bridge", "ask wood", "esp trinity and bridge", "saffron and trinity both left".
import { isEverydayWord, isLexiconSurname, wordTags } from "./known-words";
import { describedAsPerson, isPastTenseVerb, isThirdPersonVerb, nextWords, previousWords } from "./name-context";
import { COPULAS, NAME_FOLLOWERS, PERSON_INTRODUCERS, PERSONAL_PRONOUNS } from "./name-cues";
import { isLexiconFamilyName } from "./name-lexicon";
import {
  bracketedPersonAfter,
  personAfterAuxiliary,
  predicateIsPerson,
  pronounAfterComma,
  withMe,
} from "./name-predicates";
import { COLOUR_SURNAMES } from "./name-slots";
import { CONNECTORS, FUNCTION_WORD_TAGS, hasTag, type TokenFacts } from "./name-token-facts";
import { JARGON } from "./name-unknown-words";
import { DEPARTMENTS, LANGUAGE_USE_AFTER } from "./name-word-classes";
import { teamAfter, teamPhraseEnd, workCueBefore } from "./name-work-cues";

const POSSESSIVES = new Set(["my", "our", "his", "her", "their", "your"]);

/** Words that open a clause, so a bare word after them is its subject ("since star left", "honestly harmony is …"). */
const CLAUSE_OPENERS = new Set(
  "and but since after until when honestly tbh so because cos then now plus also ngl both".split(" "),
);

/** What names a person and not its ordinary sense after "called": "a lady called bridge", "our tm is called moody". */
const CALLED_SUBJECTS = new Set(
  "someone somebody one guy lady woman man girl boy bloke fella chap is was 's ’s".split(" "),
);

/** Roles that mostly qualify the noun after them ("ASYE review", "student placement", "social care"). */
const ATTRIBUTIVE_ROLES = new Set("asye nqsw baby child kid student social foster locum person sibling sw".split(" "));

/** Verbs of talk whose bare object is a person ("i told lavender in supervision", "ask wood"). */
const TOLD_OR_ASKED = new Set(
  "ask asked asks tell told tells rang phoned emailed texted messaged thanked supervise supervised mentored reminded".split(
    " ",
  ),
);

/** Words that single out people in a list of thanks ("esp cherry n archer", "especially trinity"). */
const SINGLING_OUT = new Set(["esp", "especially", "particularly", "mainly"]);

/** Verbs a person does and a thing does not, said of a word opening a clause ("star left", "nightingale never replies"). */
const PERSON_ONLY_AFTER_SUBJECT = new Set(
  `said told rang phoned texted emailed replied replies messaged asked promised agreed listens listened resigned
  retired quit joined`.split(/\s+/u),
);

/** Words that stand where a noun does but name nobody ("nobody", "there", "all"), and verbs of having and being. */
const STAND_INS = new Set(
  `nobody anybody anyone everyone everybody someone somebody noone none there here all both each either neither
  has have had does did is was are were hes shes its theyre mrs miss back home again round twice`.split(/\s+/u),
);

/** What a word that is a bare noun must not be to stand for a name: a function word, a plural, a verb, a word of work. */
function couldBeBareName(fact: TokenFacts | undefined, slot = false): fact is TokenFacts {
  if (fact === undefined) return false;
  const { token } = fact;
  if (token.capitalised || !/^\p{Ll}{3,}$/u.test(token.base) || fact.country) return false;
  if (fact.identity && !(slot && COLOUR_SURNAMES.has(token.folded))) return false;
  if (CONNECTORS.has(token.folded)) return false;
  if (!fact.english && !JARGON.has(token.folded)) return !STAND_INS.has(token.folded);
  if (PERSON_INTRODUCERS.has(token.folded) || JARGON.has(token.folded) || POSSESSIVES.has(token.folded)) return false;
  if (DEPARTMENTS.has(token.folded)) return false;
  if (STAND_INS.has(token.folded) || hasTag(fact, [...FUNCTION_WORD_TAGS, "Adverb", "Gerund", "PastTense"]))
    return false;
  if (hasTag(fact, ["Plural"]) && !slot) return false;
  if (fact.anyGiven) return true;
  if (hasTag(fact, ["Actor"]) && !slot) return false;
  if (hasTag(fact, ["Verb"]) && !hasTag(fact, ["Noun"])) return false;
  if (slot) return !/(?:ing|ly)$/u.test(token.folded) && !isPastTenseVerb(token.folded);
  if (isEverydayWord(token.base)) return false;
  return !/(?:ing|ly|ed|ers|ors|ists)$/u.test(token.folded);
}

/** An adjective ("young", "sharp") names a person only when a name list holds it. */
function isAdjectiveOnly(fact: TokenFacts): boolean {
  const { base } = fact.token;
  if (fact.anyGiven || isLexiconFamilyName(base) || isLexiconSurname(base)) return false;
  return hasTag(fact, ["Adjective"]) && !hasTag(fact, ["Noun"]);
}

/** The words of a list a word stands in ("bliss, marigold, candy", "cherry n archer"), each a bare word. */
function listAround(text: string, facts: TokenFacts[], index: number): [number, number] {
  let head = index;
  for (let step = 0; step < 3; step++) {
    const joined = joinedBefore(text, facts, head);
    if (joined === null || !couldBeBareName(facts[joined]) || isAdjectiveOnly(facts[joined])) break;
    head = joined;
  }
  let tail = index;
  for (let step = 0; step < 3; step++) {
    const next = [tail + 1, tail + 2].find((candidate) => joinedBefore(text, facts, candidate) === tail);
    if (next === undefined || !couldBeBareName(facts[next]) || isAdjectiveOnly(facts[next])) break;
    tail = next;
  }
  return [head, tail];
}

/** The index of the list item joined to the word at `index` from before ("x, y", "x and y", "x n y", "x & y"). */
function joinedBefore(text: string, facts: TokenFacts[], index: number): number | null {
  const fact = facts[index];
  const previous = facts[index - 1];
  if (!fact || !previous) return null;
  if (/^[ \t]*[,&][ \t]*$/u.test(text.slice(previous.token.end, fact.token.start))) return index - 1;
  const before = facts[index - 2];
  if (!before || !["and", "n", "or"].includes(previous.token.folded) || previous.token.capitalised) return null;
  const gaps = [text.slice(before.token.end, previous.token.start), text.slice(previous.token.end, fact.token.start)];
  return gaps.every((gap) => /^[ \t]*,?[ \t]*$/u.test(gap) && gap.length > 0) ? index - 2 : null;
}

/**
 * A lower-case word that any ordinary sense would not let stand where it is: after a possessed role ("my TM clover
 * is …"), alone in brackets after a role ("recruiter (candy)"), after "a lady called", after "ask", "thanks to" or
 * "esp" ("esp wood and bill"), or listed with another bare word before a verb of people ("hunter and legend left").
 */
export function lowerCaseNameFrame(text: string, facts: TokenFacts[], index: number): string | null {
  const fact = facts[index];
  const titled = TITLES.has((facts[index - 1]?.token.folded ?? "").replace(/\.$/u, ""));
  if (titled && couldBeBareName(fact, true)) return "Bare word after a title (“Dr …”)";
  if (!couldBeBareName(fact, true)) return null;
  const [head, listTail] = listAround(text, facts, index);
  const listed = head !== listTail;
  let tail = listTail;
  while (!listed && tail < index + 2 && isSecondBareWord(text, facts, tail + 1)) tail++;
  const prior = withoutFillerWords(previousWords(text, facts[head].token.start, 8));
  const after = nextWords(text, facts[tail].token.end, 8);
  const strict = couldBeBareName(fact);
  if (!listed) {
    const slot = slotFrame(text, fact, prior, after, strict);
    if (slot) return slot;
  }
  if (!strict) return null;
  if (!listed) {
    const single = singleWordFrame(fact, prior, after) ?? describedFrame(text, facts[tail].token.end, prior, after);
    if (single) return single;
  }
  const run = facts.slice(index, tail + 1);
  const plainRun =
    !isAdjectiveOnly(fact) &&
    !(hasTag(fact, ["Verb"]) && fact.english) &&
    run.slice(1).every((word) => couldBeBareName(word, true) && !isEverydayWord(word.token.base));
  if (tail > index && plainRun && opensClause(prior) && runBeforeVerbOfPerson(after))
    return "Bare words opening a clause before a verb of people (“… … started on Step Up”)";
  if (isAdjectiveOnly(fact)) return null;
  if (thanksCue(prior) && endsLikeAName(after, listed))
    return "Bare word thanked or singled out (“shout out to …”, “esp … and …”)";
  if (listed && opensClause(prior) && pluralPersonPredicate(after))
    return "Bare words listed before a verb of people (“… and … both left”)";
  const cleft = prior.slice(-2).join(" ") === "it was" || prior[prior.length - 1] === "it's";
  if (!listed && cleft && after[0] === "who")
    return "Bare word a cleft sentence puts before 'who' (“it was … who noticed”)";
  if (!listed && opensClause(prior) && singlePersonPredicate(text, facts[tail].token.end, after))
    return "Bare word opening a clause, then said to be a person (“… is the best manager”, “since … left”)";
  return null;
}

/**
 * "haven frost, was …", "dr hazel moody, who …": a second bare word right after the first, before what follows a
 * name, is its surname.
 */
export function isSecondBareWord(text: string, facts: TokenFacts[], index: number, depth = 0): boolean {
  const fact = facts[index];
  const previous = facts[index - 1];
  if (!previous || previous.token.possessive || !couldBeBareName(fact, true)) return false;
  if (!/^[ \t]$/u.test(text.slice(previous.token.end, fact.token.start))) return false;
  if (followsLikeAName(nextWords(text, fact.token.end, 2)) || bracketedPersonAfter(text, fact.token.end)) return true;
  return depth === 0 && !fact.token.possessive && isSecondBareWord(text, facts, index + 1, 1);
}

const FILLER_WORDS = new Set(["um", "umm", "erm", "er", "uh", "uhm"]);

/** "The manager, um, willow, said": the words before a name with a speaker's fillers taken out. */
function withoutFillerWords(prior: string[]): string[] {
  const kept: string[] = [];
  for (const word of prior) {
    if (FILLER_WORDS.has(word)) continue;
    if (word === "," && kept[kept.length - 1] === ",") continue;
    kept.push(word);
  }
  return kept;
}

/** "… … started on Step Up", "… … is my senior", "… …, she's …": a verb or a description of a person. */
function runBeforeVerbOfPerson(after: string[]): boolean {
  const [verb = "", next = ""] = after;
  if (PERSON_ONLY_AFTER_SUBJECT.has(verb) || isPastTenseVerb(verb) || isThirdPersonVerb(verb)) return true;
  if (verb === "did" && OBJECT_STARTS.has(next)) return true;
  return predicateIsPerson(after) || withMe(after) || pronounAfterComma(after);
}

/** Titles that stand only before a name ("Dr hazel", "DC marigold", "nurse golightly"). */
const TITLES = new Set("mr mrs ms miss mx dr prof dc ds pc dci sgt cllr hhj dj".split(" "));

/**
 * "peace (mother)", "wren, she was a nurse", "star haven marsh, the interpreter,": a bare word opening a clause or a
 * form's entry, then given a role, an age or a pronoun.
 */
function describedFrame(text: string, end: number, prior: string[], after: string[]): string | null {
  const last = prior[prior.length - 1];
  const entry = opensClause(prior) || last === ",";
  const bracketOfNames = /^\s*\([^)]*\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 50));
  if (entry && bracketedPersonAfter(text, end) && !bracketOfNames)
    return "Bare word followed by a role or age in brackets (“… (mother)”)";
  if (opensClause(prior) && (describedAsPerson(after) || pronounAfterComma(after)))
    return "Bare word then described as a person (“…, the interpreter,”, “…, she's …”)";
  return null;
}

/**
 * Places only a name fills, whatever the word means: set beside a role by a comma or a colon ("his partner, money,
 * she's 19", "Midwife: …"), or alone in brackets after a role ("the recruiter (…)", "Young person (…, aged 16)").
 */
function slotFrame(text: string, fact: TokenFacts, prior: string[], after: string[], strict: boolean): string | null {
  const last = prior[prior.length - 1] ?? "";
  const beforeLast = prior[prior.length - 2] ?? "";
  const role = PERSON_INTRODUCERS.has(beforeLast) && !/s$/u.test(beforeLast);
  const labelled = [",", ":"].includes(last) && role && !isAdjectiveOnly(fact) && followsLikeAName(after);
  if (labelled && (last === ":" || prior.slice(-5, -2).some((word) => POSSESSIVES.has(word) || word === "the")))
    return "Bare word set beside a role (“the chair, …, stopped”, “SW: …”)";
  if (
    strict &&
    last === "(" &&
    [")", "?", ","].includes(after[0] ?? "") &&
    (PERSON_INTRODUCERS.has(beforeLast) ||
      prior
        .slice(-5, -1)
        .some((word) => roleHead(word) || (wordTags(word).has("Actor") && !ATTRIBUTIVE_ROLES.has(word)))) &&
    !/\p{N}/u.test(text.slice(Math.max(0, fact.token.start - 12), fact.token.start)) &&
    !LANGUAGE_USE_AFTER.has(beforeLast) &&
    !isAdjectiveOnly(fact) &&
    // Note: "Ms Kovacs (address withheld)": a note of what was left out names no one.
    !isWithheldNote(text, fact.token.start)
  )
    return "Bare word alone in brackets after a role (“the recruiter (…)”)";
  return null;
}

/** Frames for one word: a possessed role before it, "called". */
function singleWordFrame(fact: TokenFacts, prior: string[], after: string[]): string | null {
  const last = prior[prior.length - 1] ?? "";
  const beforeLast = prior[prior.length - 2] ?? "";
  if (roleHead(last) && prior.slice(-4, -1).some((word) => POSSESSIVES.has(word)) && followsLikeAName(after))
    return "Bare word in a name's place after a role (“my TM … is”)";
  if (
    (last === "called" || last === "named") &&
    (CALLED_SUBJECTS.has(beforeLast) || PERSON_INTRODUCERS.has(beforeLast)) &&
    !hasTag(fact, ["Preposition"])
  )
    return "Bare word a person is called by (“a lady called …”)";
  return null;
}

/** A singular role that heads its phrase ("manager", "TM"), not one that mostly qualifies a noun ("ASYE review"). */
function roleHead(word: string): boolean {
  return PERSON_INTRODUCERS.has(word) && !ATTRIBUTIVE_ROLES.has(word) && !/s$/u.test(word);
}

/** "ask …", "thanks to …", "shout out …", "esp …", "supervision with …": the next word is a person. */
function thanksCue(prior: string[]): boolean {
  const last = prior[prior.length - 1] ?? "";
  const beforeLast = prior[prior.length - 2] ?? "";
  if (TOLD_OR_ASKED.has(last) || SINGLING_OUT.has(last)) return true;
  if (["to", "by", "with", "on"].includes(last) && workCueBefore(prior)) return true;
  if (last === "out" && beforeLast === "shout") return true;
  return ["to", "2"].includes(last) && beforeLast === "out" && prior[prior.length - 3] === "shout";
}

/** After a name: the sentence ends, a name's follower ("… who", "… said"), a pronoun, a team. */
function endsLikeAName(after: string[], listed: boolean): boolean {
  const [next = "."] = after;
  if (/^[,;:.!?()—–]$/u.test(next) || next === "who") return true;
  if (listed && ["and", "for", "in", "at", "from", "on"].includes(next)) return true;
  if (["since", "until", "till", "for", "every", "most", "all", "last"].includes(next)) return true;
  return PERSONAL_PRONOUNS.has(next) || teamAfter(after) || followsLikeAName(after);
}

function followsLikeAName(after: string[]): boolean {
  const [next = "."] = after;
  if (/^[,;:.!?()—–]$/u.test(next) || next === "who" || NAME_FOLLOWERS.has(next)) return true;
  return isPastTenseVerb(next) || PERSON_ONLY_AFTER_SUBJECT.has(next);
}

function opensClause(prior: string[]): boolean {
  const last = prior[prior.length - 1];
  return last === undefined || /^[.!?;:(—–]$/u.test(last) || CLAUSE_OPENERS.has(last);
}

/** "… both left", "… were my lifeline", "… in the duty team carried …", "… are the only two seniors". */
function pluralPersonPredicate(after: string[]): boolean {
  const [verb = "", next = ""] = after;
  if (verb === "both" || ["left", "quit", "resigned", "retired"].includes(verb)) return true;
  if (verb === "," && /^they(?:['’](?:re|ve|d))?$/u.test(next)) return true;
  if (["are", "were"].includes(verb) && ["placed", "both", "twins", "siblings", "brothers", "sisters"].includes(next))
    return true;
  if (teamAfter(after) || predicateIsPerson(after) || withMe(after)) return true;
  return ["are", "were"].includes(verb) && (PRAISE.has(next) || (POSSESSIVES.has(next) && PRAISE.has(after[2] ?? "")));
}

/** How colleagues speak of each other ("… were amazing", "… were my lifeline"). */
const PRAISE = new Set(
  "amazing brilliant fab fabulous fantastic legends lifeline lifelines rocks heroes superstars stars lovely".split(" "),
);

/** "… is the best manager", "… never replies", "… left", "… is off sick": only a person is said to do or be this. */
function singlePersonPredicate(text: string, end: number, after: string[]): boolean {
  const [verb = "", next = ""] = after;
  if (PERSON_ONLY_AFTER_SUBJECT.has(verb) || (verb === "never" && PERSON_ONLY_AFTER_SUBJECT.has(next))) return true;
  if (["went", "goes", "got"].includes(verb) && /^(?:off|on)$/u.test(next) && /^(?:sick|leave)$/u.test(after[2] ?? ""))
    return true;
  if (verb === "left" && !PERSONAL_PRONOUNS.has(next) && !["me", "us", "them", "it", "over"].includes(next))
    return true;
  if (COPULAS.has(verb) && tightPersonNoun(after.slice(1))) return true;
  if (isThirdPersonVerb(verb) && OBJECT_STARTS.has(next)) return true;
  const teamEnd = teamPhraseEnd(after);
  if (teamEnd > 0 && teamEnd < after.length) {
    const rest = after.slice(teamEnd);
    const [then = "", object = ""] = rest;
    if (PERSON_ONLY_AFTER_SUBJECT.has(then) || (COPULAS.has(then) && tightPersonNoun(rest.slice(1)))) return true;
    if ((isPastTenseVerb(then) || isThirdPersonVerb(then)) && OBJECT_STARTS.has(object)) return true;
  }
  return withMe(after) || personAfterAuxiliary(text, end);
}

/** "… runs the group", "… covers her cases": an article or a possessive opening a present-tense verb's object. */
const OBJECT_STARTS = new Set(["the", "a", "an", "her", "his", "their", "our", "my", "every", "all"]);

/** A copula's complement whose head is a person: "the best team manager", "my practice educator", "a legend". */
function tightPersonNoun(words: string[]): boolean {
  if (!["the", "a", "an", "my", "our", "his", "her", "their"].includes(words[0] ?? "")) return false;
  for (const word of words.slice(1, 5)) {
    if (PERSON_INTRODUCERS.has(word) || PERSON_INTRODUCERS.has(word.replace(/s$/u, "")) || word === "legend")
      return true;
    if (word === "case" && ["my", "our", "first", "ever", "last"].includes(words[words.indexOf(word) - 1] ?? ""))
      return true;
    if (word === "one" && ["who", "that"].includes(words[words.indexOf(word) + 1] ?? "")) return true;
    if (/^[,;:.!?()—–]$/u.test(word) || ["who", "that", "of", "for", "in", "at", "to", "with"].includes(word))
      return false;
  }
  return false;
}

const WITHHELD = /^[^)]*\b(?:withheld|redacted|removed|unknown|tbc|tba|anonymised|not known)\b[^)]*\)/iu;

/** "(address withheld)", "(name redacted)": a bracket that notes what was left out, opening at `start`. */
export function isWithheldNote(text: string, start: number): boolean {
  return /\([ \t]*$/u.test(text.slice(Math.max(0, start - 3), start)) && WITHHELD.test(text.slice(start, start + 40));
}
