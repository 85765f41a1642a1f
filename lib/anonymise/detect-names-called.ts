// Names given by what someone is called: "I'll call her RJ", "everyone called her, Mrs O", "known as JP", "Baby K",
// and a given name with its surname forgotten: "the guardian (amber something from cafcass)".

import { isKnownAcronym } from "./known-acronyms";
import { isEnglishWordForm, type SpanIndex, wordTags } from "./known-words";
import { PERSONAL_POSSESSIONS } from "./name-cues";
import { isAnyGivenName } from "./name-token-facts";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

/** A title, then initials or one capitalised word ("Mrs O", "RJ", "Oyelaran"). */
const CALLED_NAME = String.raw`((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Nurse|Auntie|Aunty|Uncle)\.?[ \t]+|(?:[Bb]ig|[Ll]il|[Ll]ittle|[Yy]oung|[Oo]ld)[ \t]+)?(?:\p{Lu}{1,3}(?![\p{L}\p{N}])|\p{Lu}[\p{Ll}'’-]+))`;

/** "call(ed) him/her/them X", "known as X", "Baby X": the cue is matched case by case so that \p{Lu} stays upper case. */
const CALLED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Cc]all(?:s|ed|ing)?[ \t]+(?:him|her|them)|[Kk]nown[ \t]+as|[Bb]aby)[ \t]*,?[ \t]+${CALLED_NAME}`,
  "gu",
);

/** The same cues in lower-case typing: "everyone called her jp", "known as tayo". */
const CALLED_LOWER =
  /(?<![\p{L}])(?:call(?:s|ed|ing)?[ \t]+(?:him|her|them)|known[ \t]+as)[ \t]*,?[ \t]+((?:(?:big|lil|little|young|old)[ \t]+)?\p{Ll}[\p{Ll}'’-]+)(?![\p{L}])/gu;

/**
 * A given name then "something" in place of the surname nobody remembers: "amber something from cafcass", "Faith
 * somebody, from …"; not a verb's subject and object ("I hope something, anything, changes").
 */
const SOMETHING =
  /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]+)[ \t]+(?:something|somebody|someone|whatsit|thingy)(?=[ \t]*(?:from|at|in|or|,|\)|$))/gu;

/**
 * A name said to stand in for the real one: "Kit, not his real name, was …", "Lark (name changed)", "zed — not their
 * real name". Whatever stands there is what the text calls a person.
 */
const PSEUDONYM =
  /(?<![\p{L}'’-])(\p{L}[\p{L}'’-]*)[ \t]*(?:,|\(|–|—|-)[ \t]*(?:not[ \t]+(?:his|her|their|the[ \t]+(?:child|boy|girl)['’]s)[ \t]+real[ \t]+name|name[ \t]+(?:changed|has[ \t]+been[ \t]+changed)|a[ \t]+pseudonym|pseudonym)(?![\p{L}])/giu;

const SUBJECT_PRONOUNS = /(?<![\p{L}])(?:i|we|you|they|he|she)[ \t]+$/iu;

/** What a speaker says while thinking: "called her, um, …". */
const FILLERS = new Set(["um", "umm", "uh", "uhh", "er", "erm", "eh", "ah", "oh", "hmm", "mm", "like", "yeah"]);

const NOT_NAMES = new Set(["Baby", "Mum", "Dad", "Nan", "Nana", "Sir", "Madam", "Boss", "Miss", "Love"]);

/** What the cue names is a person when it is initials, a title and a word, or a word that is a given name or no English. */
function namesPerson(name: string): boolean {
  const words = name.split(/[ \t]+/u);
  const last = words[words.length - 1].replace(/['’]s$/u, "");
  if (NOT_NAMES.has(last) || PERSONAL_POSSESSIONS.has(foldForMatch(last))) return false;
  if (/^\p{Lu}{1,3}$/u.test(last)) return words.length > 1 || (last !== "I" && !isKnownAcronym(last));
  return words.length > 1 || isAnyGivenName(last) || !isEnglishWordForm(last);
}

export function detectCalledNames(text: string, allowed: SpanIndex): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(CALLED)) {
    const name = match[1].replace(/['’]s$/u, "");
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    if (!namesPerson(name) || allowed.overlaps(start, start + name.length)) continue;
    detections.push(found(start, name, "Name given by what someone is called (“call her …”, “known as …”, “Baby …”)"));
  }
  for (const match of text.matchAll(CALLED_LOWER)) {
    const nickname = match[1];
    const start = (match.index ?? 0) + match[0].length - nickname.length;
    // Note: "big mo", "lil j": a nickname's last word decides, as "big man" names no one in particular.
    const word = nickname.split(/[ \t]+/u).pop() ?? nickname;
    if (FILLERS.has(word)) continue;
    const initials = word.length <= 3 && !isKnownAcronym(word.toUpperCase());
    const named = initials || isAnyGivenName(word);
    if (!named || isEnglishWordForm(word) || allowed.overlaps(start, start + nickname.length)) continue;
    detections.push(found(start, nickname, "Name given by what someone is called, in lower case (“called her jp”)"));
  }
  for (const match of text.matchAll(PSEUDONYM)) {
    const word = match[1];
    const start = match.index ?? 0;
    if (["Pronoun", "Determiner", "Preposition", "Conjunction"].some((tag) => wordTags(word).has(tag))) continue;
    const named = /^\p{Lu}/u.test(word) || isAnyGivenName(word) || !isEnglishWordForm(word);
    if (!named || allowed.overlaps(start, start + word.length)) continue;
    detections.push(found(start, word, "Name said to stand in for the real one (“…, not her real name,”)"));
  }
  for (const match of text.matchAll(SOMETHING)) {
    const word = match[1];
    const tags = wordTags(word);
    if (["Verb", "Modal", "Auxiliary", "Determiner", "Pronoun", "Preposition"].some((tag) => tags.has(tag))) continue;
    const start = match.index ?? 0;
    if (SUBJECT_PRONOUNS.test(text.slice(Math.max(0, start - 6), start))) continue;
    if (!isAnyGivenName(word) || allowed.overlaps(start, start + word.length)) continue;
    detections.push(found(start, word, "Given name with its surname forgotten (“amber something from …”)"));
  }
  return detections;
}

function found(start: number, name: string, reason: string): Detection {
  return {
    start,
    end: start + name.length,
    category: "person",
    reason,
    source: "nlp",
    identity: `person:${foldForMatch(name)}`,
  };
}
