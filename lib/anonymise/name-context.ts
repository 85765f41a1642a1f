// The words around a candidate name that say it is a person or a place: verbs after it, introducers and locatives before it.
import { wordTags } from "./known-words";
import { LOCATIVE_WORDS, MOTION_WORDS, PERSON_INTRODUCERS } from "./name-cues";
import type { TokenFacts } from "./name-token-facts";
import { foldForMatch } from "./text-matching";

export function isPastTenseVerb(word: string): boolean {
  const tags = wordTags(word);
  if (tags.has("Adjective") && !tags.has("Noun") && !tags.has("PastTense")) return isParticipleOfVerb(word, tags);
  return (
    tags.has("PastTense") &&
    !tags.has("Adjective") &&
    !tags.has("Noun") &&
    !tags.has("Copula") &&
    !tags.has("Auxiliary")
  );
}

/** "the clerk, petronella, said it": a past tense then more words opens a clause (a list's name ends or joins). */
export function verbOpeningClause(facts: TokenFacts[], index: number): boolean {
  const after = facts[index + 1]?.token.folded;
  return facts[index].tags.has("PastTense") && after !== undefined && !["and", "or", "&"].includes(after);
}

/** "picked", "covered": compromise files some past tenses as adjectives only; their verb says otherwise. */
function isParticipleOfVerb(word: string, tags: Set<string>): boolean {
  if (tags.size !== 1 || !/ed$/u.test(word)) return false;
  const stems = [word.slice(0, -2), word.slice(0, -1), word.replace(/(\p{L})\1ed$/u, "$1"), word.replace(/ied$/u, "y")];
  return stems.some((stem) => stem !== word && (wordTags(stem).has("Infinitive") || wordTags(stem).has("Noun")));
}

/** "manages", "works", "covers": a present-tense verb after a name ("Dean manages the team"). */
export function isThirdPersonVerb(word: string): boolean {
  const tags = wordTags(word);
  if (tags.has("Copula") || tags.has("Auxiliary") || tags.has("Modal")) return false;
  if (tags.has("PresentTense") && /s$/u.test(word)) return true;
  if (!/[^s]s$/u.test(word) || tags.has("Adjective")) return false;
  return (tags.size === 0 || tags.has("Plural")) && wordTags(word.slice(0, -1)).has("Infinitive");
}

export function nextIsPastOrCopula(next: TokenFacts | undefined): boolean {
  if (next === undefined) return false;
  return next.tags.has("PastTense") || next.tags.has("Copula") || isThirdPersonVerb(next.token.folded);
}

export function previousWords(text: string, start: number, count: number): string[] {
  const words = wordsAround(text, -start - 1, () => text.slice(Math.max(0, start - 80), start));
  return (opensQuotedSpeech(text, start) ? [...words, "“"] : words).slice(-count);
}

/**
 * "told 'sufficiency is a national problem'", "the barrister, 'Where is …'": a quotation opened right before the word
 * and not closed after it is speech, so the word is no object or name of what comes before ("manager 'jb'" is).
 */
function opensQuotedSpeech(text: string, start: number): boolean {
  if (!/(?:^|\s)['‘"“]$/u.test(text.slice(Math.max(0, start - 2), start))) return false;
  return !/^[\p{L}\p{M}.'’-]*?\p{L}['’"”](?![\p{L}])/u.test(text.slice(start, start + 40));
}

export function nextWords(text: string, end: number, count: number): string[] {
  return wordsAround(text, end, () => text.slice(end, end + 80)).slice(0, count);
}

/** The folded words of the last text read, by position (negative keys: before a start), so each is read once. */
let cachedText = "";
let cachedWords = new Map<number, string[]>();

function wordsAround(text: string, key: number, window: () => string): string[] {
  if (text !== cachedText) {
    cachedText = text;
    cachedWords = new Map();
  }
  let words = cachedWords.get(key);
  if (words === undefined) {
    words = (window().match(WORD_OR_MARK) ?? []).map((word) => foldForMatch(word));
    cachedWords.set(key, words);
  }
  return words;
}

/** A word ("'s" too) or a mark of punctuation; a quotation mark on its own is neither ("my manager 'jb'"). */
const WORD_OR_MARK = /[\p{L}\p{M}][\p{L}\p{M}'’-]*|['’-]\p{L}[\p{L}\p{M}'’-]*|[,;:.!?()—–]/gu;

export function locativeBefore(prior: string[]): boolean {
  const last = prior[prior.length - 1];
  if (last === undefined) return false;
  if (LOCATIVE_WORDS.has(last)) return true;
  if (last === "to") return prior.slice(-4, -1).some((word) => MOTION_WORDS.has(word) || word === "from");
  if (last === "of" && prior[prior.length - 2] === "outside") return true;
  return false;
}

/** Form labels a person's name follows ("Contact: …", "From: …"). */
const NAME_LABELS = new Set("contact name signed author from to cc attendees present by".split(" "));

export function introducedAsPerson(priorWithInitials: string[]): boolean {
  const prior = withoutTrailingInitial(priorWithInitials);
  const words = prior.filter((word) => word !== ",");
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (last === "called" || last === "named" || (last === "as" && words[words.length - 2] === "known")) return true;
  if (last === "service" && words[words.length - 2] === "of" && words[words.length - 3] === "head") return true;
  if (["him", "her", "them"].includes(last) && ["called", "calls", "call"].includes(words[words.length - 2] ?? ""))
    return true;
  const beforePunctuation = prior[prior.length - 2] ?? "";
  const speakerLabel = prior[prior.length - 1] === ":" && /^speakers?$/u.test(beforePunctuation);
  if ([",", ":"].includes(prior[prior.length - 1]) && PERSON_INTRODUCERS.has(beforePunctuation) && !speakerLabel)
    return true;
  // "my old manager there, …, is": a word of where between the role and the comma.
  if (prior[prior.length - 1] === "," && ["there", "here"].includes(beforePunctuation))
    return PERSON_INTRODUCERS.has(prior[prior.length - 3] ?? "");
  if (prior[prior.length - 1] === ":" && NAME_LABELS.has(beforePunctuation)) return true;
  if (["is", "was"].includes(last) && PERSON_INTRODUCERS.has(words[words.length - 2] ?? "")) {
    return ["my", "our", "his", "her", "their"].includes(words[words.length - 3] ?? "");
  }
  return PERSON_INTRODUCERS.has(last) && prior[prior.length - 1] !== ".";
}

export function describedAsPerson(words: string[]): boolean {
  const after = withoutFillers(words);
  if (after[0] !== ",") return false;
  const window = after.slice(/^(?:that|she|he)(?:['’]s|s)?$/u.test(after[1] ?? "") ? 2 : 1, 9);
  if (window[0] === "is" || window[0] === "was") window.shift();
  if (
    ![
      "my",
      "our",
      "the",
      "a",
      "an",
      "his",
      "her",
      "their",
      "one",
      "who",
      "who's",
      "whos",
      "who'd",
      "who’s",
      "who’d",
    ].includes(window[0] ?? "")
  ) {
    return false;
  }
  if (["who", "who's", "whos", "who'd", "who’s", "who’d"].includes(window[0])) return true;
  const oneAt = window.indexOf("one");
  if (oneAt > 0 && oneAt <= 2 && window[oneAt + 1] === ",") return true;
  return window.some((word) => PERSON_INTRODUCERS.has(word.replace(/['’]s$/u, "")));
}

/** "moved to …", "the ferry to …": a "to" that points at a place. */
export function motionTo(prior: string[]): boolean {
  return prior[prior.length - 1] === "to" && prior.slice(-3, -1).some((word) => MOTION_WORDS.has(word));
}

/** "Worker: N. Ramaswamy": the initial before a surname is not one of the words that introduce it. */
function withoutTrailingInitial(prior: string[]): string[] {
  const length = prior.length;
  if (length >= 2 && prior[length - 1] === "." && /^\p{L}$/u.test(prior[length - 2])) return prior.slice(0, -2);
  return prior;
}

const FILLER_WORDS = new Set("um umm erm er uh uhm ah eh".split(" "));

/**
 * "Scarlet, the, the daughter", "Black, um, the social worker": the words after a name with the fillers and the
 * false starts of speech taken out ("Scarlet, the daughter", "Black, the social worker").
 */
export function withoutFillers(words: string[]): string[] {
  const kept: string[] = [];
  for (const word of words) {
    if (FILLER_WORDS.has(word)) {
      if (kept[kept.length - 1] === ",") kept.pop();
      continue;
    }
    if (word === "," && kept.length === 0 && words[0] !== ",") continue;
    const previous = kept[kept.length - 1];
    if (word !== "," && previous === "," && kept[kept.length - 2] === word) {
      kept.pop();
      continue;
    }
    kept.push(word);
  }
  if (words[0] === "," && kept[0] !== ",") kept.unshift(",");
  return kept;
}
