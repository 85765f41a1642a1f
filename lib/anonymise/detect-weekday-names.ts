// Weekdays that are given names too (Yoruba and Igbo "Sunday", "Monday"): a person only where the text says so.
import { introducedAsPerson, nextWords, previousWords } from "./name-context";
import { PERSON_OBJECT_VERBS, PERSONAL_POSSESSIONS, SHE_OR_HE, SPEECH_VERBS } from "./name-cues";
import type { Detection } from "./types";

const WEEKDAY_NAMES = /(?<![\p{L}'’-])(Sunday|Monday|sunday|monday)(['’]s)?(?![\p{L}'’-])/gu;
/** "covering for Sunday while she was on leave": a clause about a person straight after the day's word. */
const CLAUSE_OPENERS = new Set(["while", "when", "as", "because", "cos", "and", "but", "so", "since"]);
const PEOPLE_PRONOUNS = new Set(["she", "he", "she's", "he's", "she’s", "he’s", "she'd", "he'd"]);
/** Speech verbs a day takes too ("Monday was", "Sunday came"). */
const NOT_SPOKEN_BY_A_DAY = new Set(["was", "is", "has", "had", "came", "went", "started", "left", "will", "would"]);

/**
 * "I was covering for Sunday while she was on leave", "ask Monday", "Sunday said", "Sunday's caseload": a weekday
 * named where only a person stands; once named so, every other capitalised mention is that person too, unless a
 * word of dates leads to it ("on Sunday").
 */
export function detectWeekdayNames(text: string): Detection[] {
  const found: Detection[] = [];
  const uncued: Detection[] = [];
  const named = new Set<string>();
  for (const match of text.matchAll(WEEKDAY_NAMES)) {
    const start = match.index;
    const end = start + match[1].length;
    const prior = previousWords(text, start, 4);
    const last = prior[prior.length - 1];
    const following = nextWords(text, start + match[0].length, 3);
    const identity = `person:${match[1].toLowerCase()}`;
    const detection: Detection = {
      start,
      end,
      category: "person",
      reason: "Weekday used as a given name",
      source: "nlp",
      identity,
    };
    if (last !== undefined && DATE_WORDS.has(last)) continue;
    const covered = last === "for" && COVER.test(prior[prior.length - 2] ?? "");
    // Note: "i'm covering for sunday while she's on annual leave": in lower case, only someone covered for.
    const lowerCase = match[1] === match[1].toLowerCase();
    const cued =
      (lowerCase && covered && SHE_OR_HE.test(sentenceAfter(text, end))) ||
      (!lowerCase && introducedAsPerson(prior)) ||
      (!lowerCase && last !== undefined && PERSON_OBJECT_VERBS.has(last)) ||
      (!lowerCase && match[2] !== undefined && PERSONAL_POSSESSIONS.has(following[0] ?? "")) ||
      (!lowerCase &&
        match[2] === undefined &&
        SPEECH_VERBS.has(following[0] ?? "") &&
        !NOT_SPOKEN_BY_A_DAY.has(following[0] ?? "")) ||
      (!lowerCase && following[0] === "," && /^who(?:['’]|$)/u.test(following[1] ?? "")) ||
      // Note: "I worked Sunday when he was ill" is a day: only after "for" or "with" does the clause make a person.
      (!lowerCase &&
        (last === "with" || covered) &&
        CLAUSE_OPENERS.has(following[0] ?? "") &&
        PEOPLE_PRONOUNS.has(following[1] ?? "")) ||
      // Note: "covering for Sunday all through the holidays and nobody told me she had a hearing".
      (!lowerCase && covered && SHE_OR_HE.test(sentenceAfter(text, end)));
    if (!cued) {
      uncued.push(detection);
      continue;
    }
    named.add(identity);
    found.push(detection);
  }
  return [...found, ...uncued.filter((mention) => named.has(mention.identity ?? ""))];
}

const COVER = /^(?:cover|covers|covered|covering|cover's|standing|stood|stepping|stepped)$/u;

/** The rest of the sentence after `end`. */
function sentenceAfter(text: string, end: number): string {
  return /^[^.!?\n]*/u.exec(text.slice(end, end + 200))?.[0] ?? "";
}

/** Words that lead to a day as a date: "on Sunday", "last Monday", "every Sunday". */
const DATE_WORDS = new Set(
  "on by since until till from during of before after through last next this every each a the".split(" "),
);
