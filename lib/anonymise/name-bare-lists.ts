// Bare words listed as people: with the speaker ("me, bliss and wood"), before what people do together ("lake and
// church organised it"), or after a word that lists people ("ppl like lake and power").

import { wordTags } from "./known-words";
import {
  type BareName,
  compoundBefore,
  DETERMINERS,
  isBareNameWord,
  isNameFirst,
  words,
} from "./name-bare-word-classes";
import { isPastTenseVerb, nextWords, previousWords, withoutFillers } from "./name-context";
import { PERSON_INTRODUCERS } from "./name-cues";
import { FREQUENCY_ADVERBS, personAfterAuxiliary, predicateIsPerson } from "./name-predicates";
import type { TokenFacts } from "./name-token-facts";
import { teamAfter } from "./name-work-cues";

/**
 * "me, bliss and wood", "lake and church from the family support team organised …", "ppl like lake and power": bare
 * words listed with the speaker, or listed before what only people do together, or after a word that lists people.
 */
export function bareWordListedWithPeople(text: string, facts: TokenFacts[], index: number): BareName | null {
  if (!isListItem(facts[index]) || ["me", "her", "him"].includes(facts[index].token.text)) return null;
  if (compoundBefore(text, facts, index) || facts[index].anyGiven) return null;
  let head = index;
  for (let previous = listStep(text, facts, head, -1); previous !== null && isListItem(facts[previous]); ) {
    head = previous;
    previous = listStep(text, facts, head, -1);
  }
  let tail = index;
  for (let next = listStep(text, facts, tail, 1); next !== null && isListItem(facts[next]); ) {
    tail = next;
    next = listStep(text, facts, tail, 1);
  }
  if (head === tail) return null;
  const items = facts.slice(head, tail + 1).filter((item) => !LIST_JOINERS.has(item.token.folded));
  const withSpeaker = items.some((item) => item.token.text === "me") || ["her", "him"].includes(items[0].token.text);
  const people = items.filter((item) => item.token.capitalised || isNameFirst(item));
  const prior = withoutFillers(previousWords(text, facts[head].token.start, 4));
  const last = prior[prior.length - 1];
  if (last !== undefined && (DETERMINERS.has(last) || PERSON_INTRODUCERS.has(last))) return null;
  const after = withoutFillers(nextWords(text, facts[tail].token.end, 6));
  const together = people.length > 0 && (pluralPersonPredicate(text, facts[tail].token.end, after) || listCue(prior));
  if (!withSpeaker && !together) return null;
  return { reason: "Bare words listed with the speaker or before what people do together (“me, … and …”)", length: 1 };
}

/** An item of a list of people: a bare word, "me", or a capitalised word. */
function isListItem(fact: TokenFacts | undefined): boolean {
  if (fact === undefined) return false;
  if (["me", "her", "him"].includes(fact.token.text)) return true;
  if (fact.token.capitalised) return !fact.token.sentenceInitial && !fact.lexiconPlace && (fact.given || fact.surname);
  return isBareNameWord(fact) && !fact.token.possessive;
}

const LIST_JOINERS = words("and n or");

/** The next item of a list from `index` in `direction`: "x, y", "x & y", "x and y", "x, and y", "x n y". */
function listStep(text: string, facts: TokenFacts[], index: number, direction: 1 | -1): number | null {
  const near = facts[index + direction];
  if (near === undefined) return null;
  const gap = (left: TokenFacts, right: TokenFacts) => text.slice(left.token.end, right.token.start);
  const [left, right] = direction === 1 ? [facts[index], near] : [near, facts[index]];
  if (/^\s*[,&]\s*$/u.test(gap(left, right))) return index + direction;
  const far = facts[index + 2 * direction];
  if (far === undefined || !LIST_JOINERS.has(near.token.folded) || near.token.capitalised) return null;
  const [first, last] = direction === 1 ? [facts[index], far] : [far, facts[index]];
  const gaps = [gap(first, near), gap(near, last)];
  return /^\s*,?\s+$/u.test(gaps[0]) && /^\s+$/u.test(gaps[1]) ? index + 2 * direction : null;
}

/** What a list of people does or is together ("… were placed", "… both left", "… all left", "… run the group"). */
function pluralPersonPredicate(text: string, end: number, after: string[]): boolean {
  const [verb = "", next = ""] = after;
  if (["both", "all"].includes(verb)) return true;
  if (FREQUENCY_ADVERBS.has(verb))
    return wordTags(next).has("Infinitive") || pluralPersonPredicate(text, end, after.slice(1));
  if (/^[—–]$/u.test(verb)) return pluralPersonPredicate(text, end, after.slice(1));
  if (["are", "were"].includes(verb))
    return !["a", "an", "the", "not", "no"].includes(next) || predicateIsPerson(after);
  if (teamAfter(after) && after.slice(2, 7).some((word) => isPastTenseVerb(word))) return true;
  if (/^[,—–]$/u.test(verb) && /^they(?:['’](?:re|ve|d))?$/u.test(next)) return true;
  return isPastTenseVerb(verb) || PLURAL_PERSON_VERBS.has(verb) || personAfterAuxiliary(text, end);
}

const PLURAL_PERSON_VERBS = words("run organise cover do share chair lead help work keep hold sit");

/** Words that open a list of people: "ppl like …", "esp …", "including …", "thanks to …", "with …". */
function listCue(prior: string[]): boolean {
  const last = prior[prior.length - 1] ?? "";
  return (
    ["like", "esp", "especially", "including", "incl", "thanks", "with", "between"].includes(last) ||
    (last === "to" && ["thanks", "thank", "out", "you", "u"].includes(prior[prior.length - 2] ?? ""))
  );
}
