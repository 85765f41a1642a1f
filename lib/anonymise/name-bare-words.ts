// A lower-case word standing bare where the grammar wants a person: no article, possessive or adjective before it
// (a common noun in that place would need one), and a person's cue on either side ("and frost, who chairs",
// "by wolf.", "archer's notes", "the manager power was", "me and lake", "clover something").
import { isListedOrganisationName } from "./detect-listed-organisations";
import { isKnownAcronym } from "./known-acronyms";
import { lexiconTags, wordTags } from "./known-words";
import { bareWordListedWithPeople } from "./name-bare-lists";
import {
  type BareName,
  compoundBefore,
  DETERMINERS,
  isBareNameWord,
  isNameFirst,
  words,
} from "./name-bare-word-classes";
import { isPastTenseVerb, isThirdPersonVerb, nextWords, previousWords, withoutFillers } from "./name-context";
import { HONORIFICS, NAME_FOLLOWERS, PERSON_INTRODUCERS, PERSONAL_POSSESSIONS, PERSONAL_PRONOUNS } from "./name-cues";
import { isWithheldNote } from "./name-frames";
import {
  ageAfter,
  bracketedPersonAfter,
  personAfterAuxiliary,
  predicateIsPerson,
  pronounAfterComma,
  withMe,
} from "./name-predicates";
import { COLOUR_SURNAMES } from "./name-slots";
import { FUNCTION_WORD_TAGS, hasTag, type TokenFacts } from "./name-token-facts";
import { LANGUAGE_USE_AFTER } from "./name-word-classes";
import { CHILD_POSSESSIONS, isTeamWord, teamAfter } from "./name-work-cues";

/** Verbs only a person does, said of the bare word right after it ("frost said", "scarlet left"). */
const PERSON_ONLY_VERBS = words(`said told tells asked asks rang rings phoned phones emailed emails texted texts
  messaged replied replies chaired chairs explained reckons reckoned laughed cried shouted smiled insisted promised
  admitted apologised complained moaned whispered screamed swore argued left leaves joined quit resigned retired
  agreed thinks thought knew supervised supervises mentored trained visited interviewed spoke speaks taught teaches
  attended attends`);

/** Verbs whose bare object is a person ("told sharp", "ask church", "thanked honey"). */
const PERSON_OBJECT_VERBS = words(`ask asked asks tell told tells ring rang rings phone phoned phones email emailed
  emails text texted texts message messaged thank thanked supervise supervised supervises mentor mentored remind
  reminded cc copied chase chased contacted replaced lost shadowed shadow blamed trust trusted called call
  met meet`);

/** Participles whose agent after "by" is a person ("completed by hazel", "told by wolf"). */
const AGENT_PARTICIPLES =
  words(`off held chaired completed written signed countersigned done told asked supervised managed mentored
  trained assessed seen visited interviewed chaired led run taken covered allocated reviewed authorised approved
  bullied replaced referred checked observed supported helped inducted taught undertaken conducted prepared`);

/** Words before "with", "to", "from" or "for" that make the next word a colleague ("spoke to", "cover for"). */
const WORDS_BEFORE_A_PERSON = words(`spoke speak speaking talk talked talking said say sent send gave give handed
  hand passed pass reported report referred refer sorry thanks thank grateful sit sat sits sitting work worked
  working works supervision session sessions meeting meetings chat chats catch-up paired partnered teamed covering
  cover covered ask asked went perm email emails text texts call calls message messages heard hear letter note
  mates friends friendly close married engaged`);

/** Prepositions that take a person after the words above. */
const PERSON_PREPOSITIONS = words("with to from for under by about alongside beside");

/** Words opening a clause, so a bare word after them is its subject ("and frost said", "since star left"). */
const CLAUSE_OPENERS = words(`and but since after until when while so because cos coz bc then now plus also ngl tbh
  honestly like whereas although though both`);

/**
 * A lower-case word (or two) in a person's place: bare, with a person's cue before it (a title, a role, a verb that
 * takes a person, "me and", "her name is") or after it ("who", "'s" and what a person has, a verb only a person does,
 * a role in brackets or after a comma, "something"). A word no name list holds needs a cue on both sides.
 */
export function bareWordInPersonSlot(
  text: string,
  facts: TokenFacts[],
  index: number,
  lowerCaseTyped: boolean,
): BareName | null {
  const fact = facts[index];
  if (inBracketsAfterRole(text, fact)) {
    return {
      reason: "Bare word in brackets after a role (“my manager (n. rivers)”, “asye coordinator (money)”)",
      length: 1,
    };
  }
  if (!isBareNameWord(fact, true) || isWithheldNote(text, fact.token.start)) return null;
  const listed = bareWordListedWithPeople(text, facts, index);
  if (listed) return listed;
  const prior = withoutFillers(previousWords(text, fact.token.start, 6));
  const last = prior[prior.length - 1];
  if (/\d[\s%]*$/u.test(text.slice(Math.max(0, fact.token.start - 4), fact.token.start))) return null;
  if (last !== undefined && DETERMINERS.has(last)) return familyName(text, facts, index, last);
  const before = afterInitial(text, fact.token.start)
    ? "title"
    : cueBefore(prior, /\d/u.test(text.slice(Math.max(0, fact.token.start - 12), fact.token.start)));
  if (before === "none" && compoundBefore(text, facts, index)) return null;
  const named = isNameFirst(fact) || (!lowerCaseTyped && opensSentence(text, fact));
  const verb = hasTag(fact, ["Verb"]) && !isNameFirst(fact);
  if (before === "none" && !named) {
    const [next, then] = nextWords(text, fact.token.end, 2);
    return !verb && (next === "who" || (next === "," && then === "who")) ? { reason: WHO, length: 1 } : null;
  }
  const length = runLength(text, facts, index, named || SLOT_CUES.has(before));
  const lastFact = facts[index + length - 1];
  const after = withoutFillers(nextWords(text, lastFact.token.end, 8));
  const plain = isBareNameWord(fact);
  const afterCue = cueAfter(text, lastFact, after, named);
  const closed = afterCue !== null || endsPhrase(after, named || before === "title");
  if (before === "title" && (closed || named)) {
    return {
      reason: "Bare word where a name goes: after a title, a role and a comma, “called” or “her name is”",
      length,
    };
  }
  if (before === "speaker" && !fact.anyGiven && closed) {
    return { reason: "Bare word listed with the speaker (“me and …”)", length };
  }
  if (!verb && (after[0] === "who" || (after[0] === "," && after[1] === "who"))) return { reason: WHO, length };
  if (before === "clause" && !verb && subjectOfTeamClause(after)) {
    return {
      reason: "Bare word opening a clause, then its team and a verb (“dom at the youth offending service is”)",
      length,
    };
  }
  if (before === "role" && OWNERS.has(prior[prior.length - 2] ?? "") && !verb && (closed || afterCue !== null)) {
    return {
      reason: "Bare word after “my” and a role, then a verb or the phrase's end (“my tm black went off”)",
      length,
    };
  }
  if (!plain && !(afterCue === "strong" && before === "clause")) return null;

  if (before === "apposition" && closed) {
    return { reason: "Bare word set beside a role (“the chair, …, said”, “SW: …”, “the mum — … —”)", length };
  }
  if (before === "attributive" && (afterCue === "strong" || (named && afterCue === "subject"))) {
    return { reason: "Bare word after a role, then what only a person does or has (“baby … was born”)", length };
  }
  if ((before === "role" || before === "object") && ((named && closed) || afterCue === "strong")) {
    return {
      reason: "Bare given name or surname after a role or a verb that takes a person (“the manager …”, “ask …”)",
      length,
    };
  }
  if (before === "predicate" && named && closed && !hasTag(fact, ["Adjective"])) {
    return { reason: "Bare given name or surname said to be the role before it (“my assessor was …”)", length };
  }
  if (before === "preposition" && named && closed && !/['‘"“]$/u.test(text.slice(0, fact.token.start))) {
    return {
      reason: "Bare given name or surname after a preposition that takes a person (“spoke to …”, “by …”)",
      length,
    };
  }
  if (afterCue === "strong" && (named || (!["none", "predicate"].includes(before) && !hasTag(fact, ["Verb"])))) {
    return { reason: "Bare word before what only a person does or has (“… who”, “…'s mum”, “… said”)", length };
  }
  if (named && before === "clause" && afterCue === "subject") {
    return { reason: "Bare given name or surname as the subject of a verb (“and hazel covers …”)", length };
  }
  if (named && before === "clause" && standsAlone(text, fact, lastFact, length, after)) {
    return { reason: "Bare given name or surname standing alone between a clause's start and its end", length };
  }
  return null;
}

/**
 * "dom at the youth offending service is brilliant", "sharp from the edge of care team was the only one who rang":
 * after the word, where it works, then a verb whose subject it is. After "in" a service is where a feeling lives
 * ("faith in the service has gone"), so only a team word counts there.
 */
function subjectOfTeamClause(after: string[]): boolean {
  const [preposition = ""] = after;
  if (!["from", "in", "at", "on"].includes(preposition)) return false;
  let team = false;
  for (const word of after.slice(1, 9)) {
    if (/^[,;:.!?()—–]$/u.test(word)) return false;
    if (team && (TEAM_CLAUSE_VERBS.has(word) || isPastTenseVerb(word) || isThirdPersonVerb(word))) return true;
    team ||= isTeamWord(word) || (word === "service" && preposition !== "in");
  }
  return false;
}

const TEAM_CLAUSE_VERBS = words("is was has had does did who will would can could never always just");

/**
 * "just jade.", "and then, dale, …": a given name or surname (not a verb) filling a clause's slot on its own, with
 * punctuation or "and" after it, where its ordinary sense would need an article.
 */
function standsAlone(text: string, fact: TokenFacts, lastFact: TokenFacts, length: number, after: string[]): boolean {
  if (hasTag(fact, ["Verb"]) || (length > 1 && !isNameFirst(lastFact))) return false;
  if (/^\s*\d/u.test(text.slice(lastFact.token.end, lastFact.token.end + 4))) return false;
  const [next] = after;
  return next === undefined || /^[,;.!?)—–]$/u.test(next);
}

/**
 * "asye coordinator (money)", "my consultant at reed (church)", "the head of service (honey? black?)": a lower-case word
 * alone in brackets straight after a role (or a role and where it is) names whoever holds it, even an everyday word;
 * an interpreter's bracket holds a language, a status ("(acting)", "(retired)") is no name, and after "the" or "a" and
 * the role an English word says what kind it is ("the carer (kinship)"). The tuning half had 35 such words in
 * brackets that were people and 2 that were not.
 */
function inBracketsAfterRole(text: string, fact: TokenFacts): boolean {
  const { token } = fact;
  if (token.capitalised || !/^\p{Ll}{3,}$/u.test(token.base) || token.possessive) return false;
  const open = /\((?:[ \t]*\p{L}\.)?[ \t]*$/u.exec(text.slice(Math.max(0, token.start - 6), token.start));
  if (open === null) return false;
  if (!/^[ \t]*\??[ \t]*\)/u.test(text.slice(token.end, token.end + 4))) return false;
  if (hasTag(fact, [...FUNCTION_WORD_TAGS, "PastTense", "Gerund", "Plural", "Adverb", "Value"])) return false;
  if (PERSON_INTRODUCERS.has(token.folded) || BRACKETED_STATUSES.has(token.folded)) return false;
  if ((fact.identity && !COLOUR_SURNAMES.has(token.folded)) || /(?:ed|ing|ly)$/u.test(token.folded)) return false;
  if (describesRather(fact)) return false;
  const paren = token.start - open[0].length;
  if (/\p{N}[ \t]*$/u.test(text.slice(Math.max(0, paren - 4), paren))) return false;
  const prior = previousWords(text, paren, 3);
  const role = prior[prior.length - 1] ?? "";
  const kindOfRole = ["the", "a", "an"].includes(prior[prior.length - 2] ?? "") && fact.english;
  if (isRoleHead(role) && !LANGUAGE_USE_AFTER.has(role)) return !kindOfRole;
  const [head = "", where = "", place = ""] = prior;
  return isRoleHead(head) && ["at", "@", "in", "from"].includes(where) && !STUDY_PLACES.has(place);
}

/**
 * "my SW (nice)", "the guardian (cafcass)": an adjective the lexicon knows ("nice", "independent", "male") says what the
 * holder is like, and a listed organisation or acronym says where they are from, unless a name list has the word too
 * ("black", "frank"). An adjective no name list holds ("sharp") is lost here: the tuning half had none.
 */
function describesRather(fact: TokenFacts): boolean {
  const { folded } = fact.token;
  if (isKnownAcronym(folded) || isListedOrganisationName(folded)) return true;
  return lexiconTags(folded).includes("Adjective") && !(fact.anyGiven || fact.surname || COLOUR_SURNAMES.has(folded));
}

const BRACKETED_STATUSES = words(`acting interim temp temporary agency locum new old former current permanent retired
  maternity cover sick leave`);

const STUDY_PLACES = words("uni university college school");

/** "the thatcher family", "the dale siblings": after "the", a given name or surname before a word for a family. */
function familyName(text: string, facts: TokenFacts[], index: number, last: string): BareName | null {
  const fact = facts[index];
  if (last !== "the" || !isNameFirst(fact) || !isBareNameWord(fact)) return null;
  const after = nextWords(text, fact.token.end, 1);
  if (!FAMILY_AFTER.has(after[0] ?? "")) return null;
  return { reason: "Given name or surname before “family”, “children” or “siblings” (“the … family”)", length: 1 };
}

const FAMILY_AFTER = words("family family's families children kids siblings twins boys girls household");

/** A lower-case word opening a sentence after a full stop or a new line, in a text that otherwise uses capitals. */
function opensSentence(text: string, fact: TokenFacts): boolean {
  return (
    fact.token.sentenceInitial &&
    /(?:^|[^.][.!?]|\n)[\s"'“‘]*$/u.test(text.slice(Math.max(0, fact.token.start - 5), fact.token.start))
  );
}

const WHO = "Bare word that 'who' describes, with no article before it (“i remember …, who …”)";

/** "N. frost", "Worker: J. rivers": a capital's initial and its full stop stand before a surname. */
function afterInitial(text: string, start: number): boolean {
  return /(?:^|[\s(:])\p{Lu}\.[ \t]?$/u.test(text.slice(Math.max(0, start - 5), start));
}

/** Cues before a word that put a name's whole run after them ("chaired by … … (TM)", "Dr … …", "SW: … …"). */
const SLOT_CUES = new Set<CueBefore>(["title", "apposition", "role", "preposition"]);

/**
 * "candy wren said", "chaired by saffron rivers (TM)": up to two more bare words straight after a given name, or
 * after a name's slot, are its surname, when the run then ends its phrase or a person's cue follows.
 */
function runLength(text: string, facts: TokenFacts[], index: number, nameFirst: boolean): number {
  if (!nameFirst) return 1;
  let length = 1;
  for (let step = 1; step <= 2; step++) {
    const current = facts[index + step - 1];
    const next = facts[index + step];
    if (current.token.possessive || !isBareNameWord(next, true)) break;
    if (!/^[ \t]$/u.test(text.slice(current.token.end, next.token.start))) break;
    const after = withoutFillers(nextWords(text, next.token.end, 4));
    if (endsPhrase(after, true) || cueAfter(text, next, after, true) !== null) length = step + 1;
  }
  return length;
}

export type CueBefore =
  | "title"
  | "apposition"
  | "speaker"
  | "role"
  | "predicate"
  | "attributive"
  | "object"
  | "preposition"
  | "clause"
  | "none";

/** What comes before the bare word: a name's slot, a role, a verb or preposition that takes a person, a clause's start. */
export function cueBefore(prior: string[], numbered: boolean): CueBefore {
  const last = prior[prior.length - 1];
  const beforeLast = prior[prior.length - 2] ?? "";
  if (last === undefined || /^[.!?;]$/u.test(last)) return "clause";
  if (TITLES.has(last.replace(/\.$/u, "")) || ["called", "named", "name's", "name’s"].includes(last)) return "title";
  if (["is", "was", "'s", "’s"].includes(last) && ["name", "names"].includes(beforeLast)) return "title";
  if (last === "names" && ["her", "his", "their", "my"].includes(beforeLast)) return "title";
  if (ROLE_PUNCTUATION.has(last) && PERSON_INTRODUCERS.has(beforeLast) && !/[^s]s$/u.test(beforeLast) && !numbered)
    return "apposition";
  if ((last === "and" || last === ",") && ["me", "i"].includes(beforeLast)) return "speaker";
  if (last === "(" && /^(?:p|speaker|participant|respondent)$/u.test(beforeLast) && numbered) return "title";
  if (["who's", "who’s", "whos"].includes(last) || (last === "is" && beforeLast === "who")) return "apposition";
  if (["him", "her", "them"].includes(last) && ["call", "calls", "called"].includes(beforeLast)) return "title";
  if (isRoleHead(last) || HONORIFICS.has(last)) return "role";
  if (["is", "was"].includes(last) && isRoleHead(beforeLast) && prior.slice(-5, -2).some((word) => POSSESSED.has(word)))
    return "predicate";
  if (PERSON_INTRODUCERS.has(last)) return "attributive";
  if (PERSON_OBJECT_VERBS.has(last)) return "object";
  if (last === "by" && (AGENT_PARTICIPLES.has(beforeLast) || isPastTenseVerb(beforeLast))) return "preposition";
  if (PERSON_PREPOSITIONS.has(last) && WORDS_BEFORE_A_PERSON.has(beforeLast)) return "preposition";
  if ((last === "was" && ["it", "that"].includes(beforeLast)) || last === "it's" || last === "it’s") return "object";
  if (/^[:,(—–]$/u.test(last) || CLAUSE_OPENERS.has(last)) return "clause";
  return "none";
}

const POSSESSED = words("my our his her their the");

/** "my tm …", "her deputy …": whose role it is; with "the" the word after a role is as often a noun ("the PA side"). */
const OWNERS = words("my our his her their");

/** Marks that set a name beside its role ("the chair, …", "SW: …", "the mum — … —", "Mother (…)"). */
const ROLE_PUNCTUATION = new Set([",", ":", "—", "–", "("]);

/** Titles that stand only before a name ("Dr …", "Judge …"); a relation ("Father unknown") is a role. */
const TITLES = words("mr mrs ms miss mx dr prof dc ds pc dci sgt cllr hhj dj judge");

/** A singular role that heads its phrase ("manager", "TM"), not one that mostly qualifies a noun ("ASYE portfolio"). */
function isRoleHead(word: string): boolean {
  return PERSON_INTRODUCERS.has(word) && !ATTRIBUTIVE_ROLES.has(word) && !/s$/u.test(word);
}

/** Roles that mostly qualify the noun after them ("student placement", "care leaver", "social work"). */
const ATTRIBUTIVE_ROLES = words("asye nqsw baby child kid social foster locum person sibling client lead head known");

/** What comes after the bare word: a strong cue of a person, a verb it is the subject of, or nothing of note. */
export function cueAfter(text: string, fact: TokenFacts, after: string[], named: boolean): "strong" | "subject" | null {
  const [next = ".", then = "."] = after;
  if (fact.token.possessive) {
    const owned = PERSONAL_POSSESSIONS.has(next) || CHILD_POSSESSIONS.has(next) || PERSON_INTRODUCERS.has(next);
    if (owned || predicateIsPerson(["is", ...after]) || ageAfter(["is", ...after])) return "strong";
    return named && CONTRACTED_IS_BEFORE.has(next) ? "subject" : null;
  }
  if (next === "who" || (next === "," && ["who", "who's", "who’s", "who'd", "whos"].includes(then))) return "strong";
  if (next === "something" || PERSON_ONLY_VERBS.has(next)) return "strong";
  if (next === "," && named && ["sorry", "you", "your", "if", "thank", "thanks"].includes(then)) return "strong";
  if (bracketedPersonAfter(text, fact.token.end) || dateOfBirthAfter(text, fact.token.end)) return "strong";
  if (pronounAfterComma(after) || withMe(after) || (named && teamAfter(after))) return "strong";
  if (describedAfterComma(after)) return "strong";
  if (predicateIsPerson(after) || personAfterAuxiliary(text, fact.token.end)) return "strong";
  if ((isPastTenseVerb(next) || isThirdPersonVerb(next)) && !/^[,;:.!?]$/u.test(then)) return "subject";
  if (MODALS.has(next) && wordTags(then).has("Infinitive")) return "subject";
  return null;
}

/** "wood's never going to sign it": after a name, "'s" stands for "is" or "has". */
const CONTRACTED_IS_BEFORE = words(`never always not been got gone off on just still also only really so very the my
  our a an back away leaving left going doing covering brilliant amazing lovely great fab`);

const MODALS = words("will would can could should might must won't wouldn't can't couldn't wont wouldnt cant couldnt");
/** "…, the advanced practitioner,", "…, my senior,": a comma, then an article or possessive and a role. */
function describedAfterComma(after: string[]): boolean {
  if (after[0] !== "," && after[0] !== "—" && after[0] !== "–") return false;
  const window = after.slice(1, 6);
  if (!["the", "my", "our", "her", "his", "their", "a", "an"].includes(window[0] ?? "")) return false;
  for (const word of window.slice(1)) {
    if (PERSON_INTRODUCERS.has(word) || PERSONAL_PRONOUNS.has(word)) return true;
    if (/^[,;:.!?()—–]$/u.test(word)) return false;
  }
  return false;
}

/** "hunter (DOB 30/07/2019)", "rowan sharp DOB 19/08/2011": a date of birth follows. */
function dateOfBirthAfter(text: string, end: number): boolean {
  return /^\s*[(,]?\s*(?:dob|d\.o\.b\.?|born)\b/iu.test(text.slice(end, end + 12));
}

/** The word ends its phrase: punctuation, "and", "or", or the end of the text follows; for a listed name, more. */
export function endsPhrase(after: string[], named: boolean): boolean {
  const [next] = after;
  if (next === undefined || /^[,;:.!?()—–]$/u.test(next) || ["and", "or", "in", "from", "at", "on"].includes(next))
    return true;
  return named && (NAME_FOLLOWERS.has(next) || next === "not");
}
