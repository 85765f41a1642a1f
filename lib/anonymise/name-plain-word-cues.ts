// The cues that make an English word typed in lower case a person's name: a role before it, brackets, verbs of people.
import { isEnglishWordForm, wordTags } from "./known-words";
import { describedAsPerson, isPastTenseVerb, isThirdPersonVerb } from "./name-context";
import { PERSON_INTRODUCERS, PERSON_OBJECT_VERBS, PLACE_NOUNS_AFTER, PLACE_TYPES_WEAK } from "./name-cues";
import { teamAfter, teamPhraseEnd, workCueBefore } from "./name-work-cues";

/** Words before a word that make it a verb or a complement ("she left and …", "was worse and …"). */
export const VERB_SENSE_BEFORE = new Set(
  "i you he she it we they is was are were be been being has have had will would can could should not".split(" "),
);

/** Nouns that follow a role word as one compound ("my manager support", "our social worker visits"). */
const ROLE_COMPOUNDS = new Set(
  `support supervision supervisions meeting meetings role roles post posts team teams training placement placements
  visit visits review reviews assessment assessments report reports group groups forum job jobs contract contracts
  pay rate rates network networks cover caseload caseloads time duty rota allowance agency service services
  position vacancy vacancies shortage turnover handover sessions session day days hours programme scheme course
  portfolio feedback form forms induction development office email emails level levels status check checks
  capacity consultation panel`.split(/\s+/u),
);

/** Verbs of speech that tag a quotation ("…, the manager said, …"). */
const SPEECH_TAGS = new Set("said says told reckons reckoned thinks thought explained added".split(" "));

/** Endings of abstract nouns that say, decide and run things in talk ("management said", "legislation says"). */
const ABSTRACT_ENDINGS = /(?:ment|tion|sion|ship|ness|ism)$/u;

/** Abstract nouns that say or run things in talk ("pay said it all", "research says"). */
const ABSTRACT_NOUNS = new Set("pay money time reality research guidance policy law data evidence life".split(" "));

/** Verbs only a person does, after their subject ("wood rang", "church chaired", "frost apologised"). */
const PERSON_ONLY_VERBS = new Set(
  `said told asked rang phoned emailed texted messaged replied chaired reckons reckoned laughed cried shouted smiled
  insisted promised admitted apologised apologized complained moaned whispered screamed swore argued`.split(/\s+/u),
);

/** Verbs of running a group or a person, before their object ("church runs the group", "lake supervises me"). */
const LEADING_VERBS = new Set("runs ran chairs chaired leads led manages managed supervises supervised".split(" "));

/** Words before a subject that open its clause ("and wood rang", "so frost said", "honestly archer is"). */
const CLAUSE_OPENERS = new Set("and so then but because when honestly apparently obviously tbh".split(" "));

/** Places and bodies that ring, say and run things as a person does ("school rang", "housing said"). */
export const BODIES = new Set(
  `police nursery council court health housing education probation yot cafcass school hospital college surgery
  office team panel service services agency legal duty mash edt camhs reception admin care`.split(/\s+/u),
);

/**
 * In a comment typed in lower case, an English word with a person's cue: set beside a role ("my manager, walker,"),
 * described as one ("frost, my childminder,"), the subject of a verb only a person does ("wood rang", "church runs
 * the group") or the colleague worked with ("i worked with reign for years").
 */
export function plainWordCue(prior: string[], after: string[], tags: Set<string>, folded: string): string | null {
  if (BODIES.has(folded) || PLACE_NOUNS_AFTER.has(folded) || PLACE_TYPES_WEAK.has(folded)) return null;
  if (["PastTense", "Participle", "Copula", "Comparable"].some((tag) => tags.has(tag)) && !tags.has("Noun"))
    return null;
  const last = prior[prior.length - 1];
  if (last !== undefined && VERB_SENSE_BEFORE.has(last)) return null;
  const closes = (word: string | undefined) => word === undefined || /^[,;:.!?()—–]$/u.test(word);
  const role = prior[prior.length - 2];
  if (last === "," && role !== undefined && PERSON_INTRODUCERS.has(role) && !["called", "named"].includes(role))
    return closes(after[0]) && after[0] !== "." ? "Set beside a role after a comma (“my manager, …,”)" : null;
  // Note: "reality, the manager said, is …": a role then a verb of speech tags a quotation, not the word before it.
  const quoted = after.slice(2, 6).some((word) => SPEECH_TAGS.has(word));
  const described =
    after[0] === "," && !quoted && !after.includes("who") && !after.includes("(") && describedAsPerson(after);
  if (described && !isAdjectiveOnly(tags)) return "Described as a person after a comma";
  const opens = last === undefined || closes(last) || CLAUSE_OPENERS.has(last);
  const [verb = "", object = ""] = after;
  const abstract = ABSTRACT_ENDINGS.test(folded) || ABSTRACT_NOUNS.has(folded);
  if (opens && abstract) return null;
  if (opens && PERSON_ONLY_VERBS.has(verb)) return "Subject of a verb only a person does (“… rang”)";
  if (opens && LEADING_VERBS.has(verb) && ["the", "a", "our", "my", "me", "us"].includes(object))
    return "Subject of a verb of running a group (“… runs the group”)";
  if (opens && verb === "goes" && object === ",") return "Subject of a quoting verb (“… goes, …”)";
  // Note: "the worker (new)": an adjective alone in brackets says what kind; with an initial after it, it is a name.
  const initialAfter = after[0] !== ")";
  if (
    bracketedAfterRole(prior, after) &&
    !NOT_NAMES_IN_BRACKETS.has(folded) &&
    (initialAfter || !isAdjectiveOnly(tags))
  )
    return "Word in brackets after a role (“manager (…)”)";
  const teamEnd = teamPhraseEnd(after);
  const comma = teamEnd > 0 ? after.indexOf(",", teamEnd) : -1;
  if (comma > 0 && comma <= teamEnd + 1 && /^who(?:['’]|$)/u.test(after[comma + 1] ?? ""))
    return "Word in a team, then 'who' (“… in the legal team, who'll …”)";
  const plural = /[^s]s$/u.test(folded) && isEnglishWordForm(folded.slice(0, -1));
  if (PERSON_OBJECT_VERBS.has(last ?? "") && !plural && (teamAfter(after) || pronounAfterMark(after)))
    return "Person asked or told, then referred to (“ask …, she knows”)";
  if (workCueBefore(prior) && (closes(verb) || ["for", "on", "at", "and", "who"].includes(verb)))
    return "Colleague worked with or thanked (“worked with …”)";
  return null;
}

/** Words in brackets after a role that say what kind it is ("carer (kinship)", "manager (interim)"). */
const NOT_NAMES_IN_BRACKETS = new Set(
  "kinship respite family foster interim temporary maternity agency acting duty permanent perm emergency".split(" "),
);

/** "manager (sharp)", "manager (rebel k)", "my manager (n. rivers)": a role, a bracket, maybe an initial, the word. */
function bracketedAfterRole(prior: string[], after: string[]): boolean {
  const words =
    prior[prior.length - 1] === "." && /^\p{L}$/u.test(prior[prior.length - 2] ?? "") ? prior.slice(0, -2) : prior;
  if (words[words.length - 1] !== "(" || !PERSON_INTRODUCERS.has(words[words.length - 2] ?? "")) return false;
  return after[0] === ")" || (/^\p{L}$/u.test(after[0] ?? "") && after[1] === ")");
}

/** ", she knows", ". he did the twins": a pronoun after a mark, pointing back to the word. */
function pronounAfterMark(after: string[]): boolean {
  return [",", ".", "—", "–"].includes(after[0] ?? "") && /^(?:he|she)(?:['’](?:s|d|ll))?$/u.test(after[1] ?? "");
}

export function isAdjectiveOnly(tags: Set<string>): boolean {
  return tags.has("Adjective") && !tags.has("Noun");
}

/** "my practice educator …", "our dtm …": a role in the speaker's working life just before the word. */
function roleBefore(prior: string[]): boolean {
  const last = prior[prior.length - 1];
  if (last === undefined || !PERSON_INTRODUCERS.has(last) || ["called", "named", "known"].includes(last)) return false;
  if (/[^s]s$/u.test(last)) return false;
  return prior.slice(0, -1).some((word) => ROLE_OWNERS.has(word));
}

/** Words before a role that make it one person's ("my …", "allocated …", "lead …"). */
const ROLE_OWNERS = new Set("my our his her their the allocated lead named".split(" "));

/** After the name of a role: a verb, an adverb and a verb, a mark, or "and" ("rain actually read", "frost are"). */
function roleNameEnds(after: string[]): boolean {
  const [next = "", second = ""] = after;
  if (next === "" || /^[,;:.!?()—–]$/u.test(next) || ["and", "who", "was", "is", "are", "has", "had"].includes(next))
    return true;
  if (isPastTenseVerb(next) || isThirdPersonVerb(next)) return true;
  return wordTags(next).has("Adverb") && !/^[,;:.!?()—–]$/u.test(second) && wordTags(second).has("Verb");
}

/** "my practice educator rain actually read": after the speaker's role, a word that is no compound with the role. */
export function namedByRole(prior: string[], after: string[], tags: Set<string>, folded: string): boolean {
  if (tags.has("Abbreviation") || isAdjectiveOnly(tags) || ROLE_COMPOUNDS.has(folded)) return false;
  if (["PastTense", "Participle", "Copula"].some((tag) => tags.has(tag)) && !tags.has("Noun")) return false;
  return roleBefore(prior) && roleNameEnds(after);
}
