// A name the speaker corrects ("Mo – sorry, Mohammed – was the LADO then", "Mohammed, I mean Mo, rang") or shortens
// ("mustafa - mo to everyone -"): either spelling names the person the other does.
import { isKnownAcronym } from "./known-acronyms";
import { findAllowedSpans, isEnglishWordForm, SpanIndex, wordTags } from "./known-words";
import { HONORIFICS, PERSON_INTRODUCERS } from "./name-cues";
import { isAnyGivenName } from "./name-token-facts";
import { GRAMMAR_TAGS } from "./organisation-detection";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

/** What a speaker says to correct a word: a dash or comma, then "sorry", "I mean", "no", "or rather", "well", "oops". */
const CORRECTING = "[ \\t]*(?:[—–-]|,)[ \\t]*(?:sorry|i mean|no|or rather|well|oops)[ \\t]*,?[ \\t]+";
const CORRECTION = new RegExp(`^${CORRECTING}`, "iu");
const CORRECTION_BEFORE = new RegExp(`${CORRECTING}$`, "iu");
const CAPITALISED_AFTER = /^\p{Lu}[\p{L}'’-]*/u;
/** "mustafa - mo to everyone -", "Mohammed (Mo to his friends)": the short form everyone calls the person by. */
const SHORT_FORM_AFTER =
  /^[ \t]*(?:[—–(,-])[ \t]*(\p{L}[\p{L}'’-]*)[ \t]+to[ \t]+(?:everyone|everybody|us|all|the team|friends|his friends|her friends|the kids)(?=[ \t]*(?:[—–),-]|$))/u;
const CAPITALISED_BEFORE = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*$/u;

/**
 * For each person found, a capitalised word set against it by a correction, before ("Mo – sorry, Mohammed") or
 * after ("Mohammed, I mean Mo"), is the same person, unless it is a title, a role or an acronym of the field.
 */
export function detectCorrectedNames(text: string, found: readonly Detection[]): Detection[] {
  const taken = new SpanIndex(found);
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  const detections: Detection[] = [];
  const add = (person: Detection, start: number, end: number, shortForm = false) => {
    const word = text.slice(start, end);
    const folded = foldForMatch(word);
    if (taken.overlaps(start, end) || allowed.overlaps(start, end) || word === "I") return;
    if (HONORIFICS.has(folded) || PERSON_INTRODUCERS.has(folded) || isKnownAcronym(word)) return;
    // Note: "Yes – sorry, Mohammed": an everyday word is a name here only when the name lists hold it.
    if (isEnglishWordForm(word) && !isAnyGivenName(word) && !(shortForm && word.length <= 3)) return;
    // Note: "Thanks to Sarah, and to all": a word of grammar is never a short form.
    if ([...wordTags(folded)].some((tag) => GRAMMAR_TAGS.includes(tag))) return;
    const reason = shortForm
      ? "Short form everyone calls a person found (“mustafa - mo to everyone”)"
      : "Name the speaker corrected (“Mo – sorry, Mohammed”)";
    detections.push({ ...person, start, end, reason });
  };
  for (const person of found) {
    if (person.category !== "person") continue;
    const window = text.slice(Math.max(0, person.start - 40), person.start);
    const correction = CORRECTION_BEFORE.exec(window);
    if (correction) {
      const before = window.slice(0, correction.index);
      const word = CAPITALISED_BEFORE.exec(before);
      if (word) add(person, person.start - window.length + word.index, person.start - window.length + before.length);
    }
    const rest = text.slice(person.end, person.end + 40);
    const shortForm = SHORT_FORM_AFTER.exec(rest);
    if (shortForm) {
      const start = person.end + shortForm[0].indexOf(shortForm[1], shortForm[0].search(/[—–(,-]/u) + 1);
      add(person, start, start + shortForm[1].length, true);
    }
    const after = CORRECTION.exec(rest);
    if (after) {
      const word = CAPITALISED_AFTER.exec(rest.slice(after[0].length));
      if (word) add(person, person.end + after[0].length, person.end + after[0].length + word[0].length);
    }
  }
  return detections;
}
