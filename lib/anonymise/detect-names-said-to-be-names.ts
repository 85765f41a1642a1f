// Words the text itself says are names: "Can is the lad's name, it's Turkish", "Bright was the interpreter's name",
// "the last one's name, something like gethings or geddings", "a 13yo (rm) from the estate", "Checked by MH.".
import { spellsNoInitials } from "./detect-initials-of-names";
import { isKnownAcronym } from "./known-acronyms";
import { type SpanIndex, wordTags } from "./known-words";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

/** "Can is the lad's name", "Bright was the interpreter's name", "Ola's her real name". */
const WORD_IS_A_NAME =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*?)(?:[ \t]+(?:is|was)|['’]s)[ \t]+((?:the|that)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+['’]s|his|her|their|my|our|your)[ \t]+(?:real[ \t]+|actual[ \t]+|first[ \t]+|given[ \t]+|middle[ \t]+|nick)?name(?![\p{L}])/gu;
/** "agency colleague frost (yes that's his surname)": a word the bracket after it says is a name. */
const NAME_IN_BRACKETS_SAID =
  /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*)[ \t]*\((?:yes,?[ \t]*|yeah,?[ \t]*|really,?[ \t]*)?that['’]?s[ \t]+(?:his|her|their)[ \t]+(?:real[ \t]+|actual[ \t]+)?(?:sur|first[ \t]+|nick)?name\b/giu;
/** "his name was something like gethings or geddings", "the last one's name, like, Okoro". */
const NAME_IS_A_WORD =
  /(?<![\p{L}])name(?:[ \t]+(?:was|is))?[ \t]*,?[ \t]+(?:something[ \t]+like|like|i[ \t]+think|maybe)[ \t]*,?[ \t]+(\p{L}[\p{L}'’-]+)(?:[ \t]+or[ \t]+(\p{L}[\p{L}'’-]+))?/giu;
/**
 * "a 13yo (rm) from the kingsmead estate", "the AD (mb) said", "the TM in the assessment team (jd)": initials in
 * brackets after a child, an age or a role.
 */
const CHILD_INITIALS =
  /(?<![\p{L}])(?:\d{1,2}[ \t]*(?:yo|y\/o|yr old|year old|-year-old)|boy|girl|child|yp|lad|kid|baby|infant|newborn|toddler|teen|teenager|son|daughter|ad|tm|atm|sm|hos|dcs|iro|psw|pa|manager|deputy|senior|supervisor)(?:[ \t]+(?:in|on|from|of)[ \t]+(?:the|our|my)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:team|service|hub|unit))?[ \t]*\((\p{L}{2,3}|\p{L}\.[ \t]?\p{L}\.?)(?:,[ \t]*\d{1,2}[ \t]*(?:weeks?|months?|yrs?|years?|y|m)?)?\)/giu;
/** "Checked by JT.", "forward to SM and RP only", "re DA and EA": who did, is sent or is the subject of a record. */
const INITIALS_WHO_DID =
  /(?<![\p{L}'’])(?:(?:checked|signed(?:[ \t]+off)?|countersigned|completed|written|recorded|authorised|approved|reviewed|updated|supervised|agreed|minuted|chaired|actioned|seen|uploaded)[ \t]+by|(?:allocated|forward|forwarded|sent|copied|escalated|handed[ \t]+over|reallocated)[ \t]+to|cc['’]?d?:?|re:?)[ \t]+(\p{Lu}{2,3})(?:[ \t]+(?:and|&)[ \t]+(\p{Lu}{2,3}))?(?![\p{L}\p{N}])/giu;
/** "I had a child, L, whose mum …", "Supervision with AK-B": a letter set off after a child, hyphenated initials. */
const LETTER_OF_A_CHILD =
  /(?<![\p{L}])(?:child|boy|girl|yp|young person|baby|kid|son|daughter|lad|sibling)[ \t]*,[ \t]*(\p{Lu})[ \t]*,/gu;
/** "J's mum rang the duty line": a letter's possessive before the family or the carer only a child has. */
const LETTER_OF_A_CHILD_POSSESSIVE =
  /(?<![\p{L}\p{N}'’.-])(\p{Lu})['’]s[ \t]+(?:(?:birth|foster|step)[ \t]*)?(?:mum|dad|mother|father|nan|gran|nana|grandma|grandad|carers?|sister|brother|siblings|school|social worker|foster carers?)(?![\p{L}])/gu;
const HYPHENATED_INITIALS =
  /(?<![\p{L}])(?:with|by|from|to|and)[ \t]+(\p{Lu}{2,3}-\p{Lu}{1,2}|\p{Lu}-\p{Lu}{2})(?![\p{L}\p{N}-])/gu;
/** "regarding AB, aged 16", "re: AO (Y9)", "TK is on remand": initials given an age, a school year or a state. */
const INITIALS_OF_A_YOUNG_PERSON =
  /(?<![\p{L}\p{N}])(\p{Lu}{2,3})(?:(?:,[ \t]*|[ \t]*\([ \t]*)(?:aged|age)[ \t]*\d{1,2}|[ \t]*\([ \t]*(?:[Yy]|[Yy]r|[Yy]ear)[ \t]?\d{1,2}[ \t]*\)|[ \t]+(?:is|was|has been)[ \t]+(?:on remand|in custody|remanded|arrested|charged|sentenced|excluded|missing from)\b)/gu;
/** "ts and mk in the leaving care team covered for me": two pairs of letters joined, then where or what people do. */
const LOWER_CASE_INITIALS_PAIR =
  /(?<![\p{L}\p{N}'’.-])(\p{Ll}{2})[ \t]+(?:and|&)[ \t]+(\p{Ll}{2})(?=[ \t]+(?:(?:in|from)[ \t]+the[ \t]+(?:[\p{L}-]+[ \t]+){0,3}team|both|covered|did|helped|supported|stepped|picked|were[ \t]+(?:great|brilliant|amazing|the))(?![\p{L}]))/gu;
/** "jd's mobile is 07…", "jd and the new ATM ran the unit": letters owning what a person has, or joined to a role. */
const LOWER_CASE_INITIALS_OF_SOMEONE =
  /(?<![\p{L}\p{N}'’.-])(\p{Ll}{2})(?:['’]s[ \t]+(?:mobile|phone|number|email|caseload|desk|car|laptop|manager|mum|dad)|[ \t]+and[ \t]+(?:the|my|our)[ \t]+(?:new[ \t]+)?(?:atm|tm|sw|iro|psw|senior|manager|deputy|pa|nqsw|asye)(?![\p{L}]))/giu;
/** Word classes that are never a name said to be one: "That is his name", "What was her name". */
const NOT_A_NAME_TAGS = ["Determiner", "Pronoun", "QuestionWord", "Preposition", "Conjunction"];
/** What a name is said to be someone's: a person's word ("the lad's name"), not a team's or a firm's nickname. */
/** Capitals that are notes, not initials: "NB, aged 14 at the time". */
const NOT_INITIALS = new Set(["NB", "PS", "FYI", "OK", "TBC", "AKA", "RE", "ID"]);
const PEOPLE_NAMED =
  /^(?:his|her|their|my|our|your)$|(?:lad|girl|boy|kid|child|baby|interpreter|worker|manager|carer|mum|dad|one|guy|woman|man|student|nurse|officer|guardian|judge|sw|iro|senior|colleague)['’]s$/u;

export function detectNamesSaidToBeNames(text: string, allowed: SpanIndex): Detection[] {
  const detections: Detection[] = [];
  const person = (start: number, word: string, reason: string): Detection => ({
    start,
    end: start + word.length,
    category: "person",
    reason,
    source: "nlp",
    identity: `person:${foldForMatch(word)}`,
  });
  const add = (start: number, word: string, reason: string) => {
    const tags = wordTags(word.toLowerCase());
    if (NOT_A_NAME_TAGS.some((tag) => tags.has(tag)) || allowed.overlaps(start, start + word.length)) return;
    detections.push(person(start, word, reason));
  };
  for (const match of text.matchAll(WORD_IS_A_NAME)) {
    // Note: "Hub is the team's nickname": only a person's name, not a team's or a firm's.
    const owner =
      match[2]
        .toLowerCase()
        .split(/[ \t]+/u)
        .pop() ?? "";
    if (!PEOPLE_NAMED.test(owner)) continue;
    add(match.index, match[1], "Word the text says is someone's name (“… is the lad's name”)");
  }
  for (const match of text.matchAll(NAME_IN_BRACKETS_SAID))
    add(match.index, match[1], "Word a bracket says is someone's name (“frost (yes that's his surname)”)");
  for (const match of text.matchAll(NAME_IS_A_WORD)) {
    const first =
      match.index + match[0].length - (match[2] ? match[0].length - match[0].indexOf(match[1]) : match[1].length);
    add(first, match[1], "Word given as someone's name (“his name was something like …”)");
    if (match[2])
      add(match.index + match[0].length - match[2].length, match[2], "Word given as someone's name (“… or …”)");
  }
  for (const match of text.matchAll(CHILD_INITIALS)) {
    const initials = match[1];
    if (isKnownAcronym(initials.toUpperCase().replace(/[.\s]/gu, ""))) continue;
    // Note: "a senior (new) started", "a 15yo (yes) came in": a word in lower case is no one's initials.
    const tags = wordTags(initials);
    if (/^\p{Ll}+$/u.test(initials) && ["Adjective", "Adverb", "Expression", "Verb"].some((tag) => tags.has(tag)))
      continue;
    add(match.index + match[0].lastIndexOf("(") + 1, initials, "Initials in brackets after a child, an age or a role");
  }
  // Note: a lone capital is a word of no class, so it skips the checks of `add`; "I" and "A" are words.
  for (const match of text.matchAll(LETTER_OF_A_CHILD)) {
    if (match[1] === "I" || match[1] === "A") continue;
    detections.push(person(match.index + match[0].lastIndexOf(match[1]), match[1], "Letter standing for a child"));
  }
  for (const match of text.matchAll(LETTER_OF_A_CHILD_POSSESSIVE)) {
    if (match[1] !== "I" && match[1] !== "A")
      detections.push(person(match.index, match[1], "Letter standing for a child"));
  }
  for (const match of text.matchAll(HYPHENATED_INITIALS)) {
    if (match[1].split("-").some((part) => isKnownAcronym(part)) || isKnownAcronym(match[1].replace("-", ""))) continue;
    add(match.index + match[0].length - match[1].length, match[1], "Hyphenated initials (“supervision with AK-B”)");
  }
  for (const match of text.matchAll(INITIALS_OF_A_YOUNG_PERSON)) {
    if (!isKnownAcronym(match[1]) && !NOT_INITIALS.has(match[1]))
      add(match.index, match[1], "Initials given an age or a state (“AB, aged 16”)");
  }
  for (const match of text.matchAll(LOWER_CASE_INITIALS_PAIR)) {
    const [, first, second] = match;
    if (spellsNoInitials(first) || spellsNoInitials(second)) continue;
    add(match.index, first, "Two pairs of letters joined, said to be people (“ts and mk in the … team”)");
    add(match.index + match[0].length - second.length, second, "Two pairs of letters joined, said to be people");
  }
  for (const match of text.matchAll(LOWER_CASE_INITIALS_OF_SOMEONE)) {
    // Note: the word lists hold abbreviations ("jd", "kb"); in these frames only an acronym or a verb is not someone.
    const letters = match[1];
    if (/^\p{Ll}+$/u.test(letters) && !isKnownAcronym(letters) && !wordTags(letters).has("Verb"))
      add(match.index, match[1], "Letters owning what a person has, or joined to a role (“jd's mobile”)");
  }
  for (const match of text.matchAll(INITIALS_WHO_DID)) {
    const [whole, first, second] = match;
    // Note: "re DA and EA": a pair is two people when either is no acronym; "re DV and CSE", "re: MH" are subjects.
    const pair = [first, second].filter((initials) => initials !== undefined);
    if (!pair.some(isInitials) || pair.some((initials) => !/^\p{Lu}+$/u.test(initials) || NOT_INITIALS.has(initials)))
      continue;
    const firstStart = match.index + whole.lastIndexOf(first, second ? whole.length - second.length - 1 : undefined);
    const reason = "Initials in a record's step or subject (“checked by JT”, “re DA and EA”)";
    if (isInitials(first)) add(firstStart, first, reason);
    if (second && isInitials(second)) add(match.index + whole.length - second.length, second, reason);
  }
  return detections;
}

/** Capitals that are someone's initials rather than an acronym of the field or a note ("SW", "NB"). */
function isInitials(letters: string): boolean {
  return /^\p{Lu}+$/u.test(letters) && !isKnownAcronym(letters) && !NOT_INITIALS.has(letters);
}
