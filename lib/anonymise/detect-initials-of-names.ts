// A name's initials said elsewhere in the same text ("Michelle Wood … the rota said 'MW'", "Camberwell Green Youth
// Court … CGYC want the report"): the same person or body.
import { isKnownAcronym } from "./known-acronyms";
import { isEnglishWordForm, isOrdinaryWord, SpanIndex } from "./known-words";
import type { Detection, RedactionCategory } from "./types";

const NAMED = new Set<RedactionCategory>(["person", "place", "organisation", "authority"]);
/** Two to five capitals standing alone, or two or three in lower case (a comment typed in lower case). */
const LETTERS = /(?<![\p{L}\p{N}&.-])(?:\p{Lu}{2,5}|\p{Ll}{2,3})(?![\p{L}\p{N}&-])/gu;
/** Small words a body's initials leave out ("Court of Protection" is "CoP" or "CP"). */
const LEFT_OUT = new Set(["of", "and", "the", "for", "in", "on", "at", "&"]);
const NAME_WORD = /\p{L}[\p{L}'’-]*/gu;
/** Two-letter abbreviations of compass points, years, replies and the like that no word list holds. */
const COMMON_ABBREVIATIONS = new Set(
  "SE NE NW SW EY EH RE PE DT PA PS AM PM OK UK US EU HR IT PR TV GP AE ED MP FE HE YR".split(" "),
);

/**
 * Initials (in the same case as the name's first letters) of a name of two or three words, or up to five for a body,
 * found in the text, where nothing else was found there and the letters spell none of the field's acronyms ("SW").
 */
export function detectInitialsOfNames(text: string, found: readonly Detection[]): Detection[] {
  const byInitials = new Map<string, Detection>();
  for (const detection of namesJoinedBySpaces(text, found)) {
    const words = (text.slice(detection.start, detection.end).match(NAME_WORD) ?? []).filter(
      (word) => !LEFT_OUT.has(word.toLowerCase()),
    );
    // Note: a person's initials are two or three letters; a firm's, court's or trust's run to five.
    const most = detection.category === "person" ? 3 : 5;
    if (words.length < 2 || words.length > most) continue;
    const initials = words.map((word) => word[0]).join("");
    const sameCase = /^\p{Lu}+$/u.test(initials) || /^\p{Ll}+$/u.test(initials);
    if (sameCase && !byInitials.has(initials)) byInitials.set(initials, detection);
  }
  if (byInitials.size === 0) return [];
  const taken = new SpanIndex(found);
  const detections: Detection[] = [];
  for (const match of text.matchAll(LETTERS)) {
    const source = byInitials.get(match[0]);
    const end = match.index + match[0].length;
    if (!source || taken.overlaps(match.index, end) || spellsNoInitials(match[0])) continue;
    detections.push({
      start: match.index,
      end,
      category: source.category,
      reason: "Initials of a name found in the same text",
      source: "nlp",
      identity: source.identity,
    });
  }
  return detections;
}

/**
 * Letters that spell something before anyone's initials: the field's acronyms ("SW"), words ("it", "AT", "no") and
 * common abbreviations ("SE", "RE", "EY").
 */
export function spellsNoInitials(letters: string): boolean {
  if (isKnownAcronym(letters) || isOrdinaryWord(letters) || isEnglishWordForm(letters.toLowerCase())) return true;
  return COMMON_ABBREVIATIONS.has(letters.toUpperCase());
}

/** Names of a kind, with neighbours one space apart joined ("jo" + "kane" found apart are one name, "jo kane"). */
function namesJoinedBySpaces(text: string, found: readonly Detection[]): Detection[] {
  const named = found.filter((detection) => NAMED.has(detection.category)).sort((a, b) => a.start - b.start);
  const joined: Detection[] = [];
  for (const detection of named) {
    const last = joined[joined.length - 1];
    if (last && last.category === detection.category && text.slice(last.end, detection.start) === " ") {
      joined[joined.length - 1] = { ...last, end: detection.end };
    } else joined.push(detection);
  }
  return joined;
}

/** ", jb" or " and jb" straight after a person found: two or three lower-case letters as the list's next name. */
const INITIALS_IN_LIST =
  /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&|n)[ \t]+)(\p{Ll}{2,3})(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:did|were|are|have|had|both|all|who|from|at|in|on)(?![\p{L}]))/u;
/** Fillers and short forms typed in comments that are no one's initials: "sarah, um, …", "dtm", "ext". */
const NOT_INITIALS = new Set(
  "um uh er erm hm hmm mm ah oh eh yeah yep nah lol omg tbh idk ngl btw fyi dtm ext abt etc xx".split(" "),
);

/**
 * "shout out to dami, chioma, big mo, ruth-ann and jb": in a list of people, initials typed in lower case after a name
 * are the next person, unless the letters spell a word, an acronym of the field or a common abbreviation.
 */
export function detectInitialsInListsOfNames(text: string, found: readonly Detection[]): Detection[] {
  const taken = new SpanIndex(found);
  const detections: Detection[] = [];
  const add = (start: number, end: number, reason: string) => {
    if (!taken.overlaps(start, end)) detections.push({ start, end, category: "person", reason, source: "nlp" });
  };
  for (const person of found) {
    if (person.category !== "person") continue;
    if (/^\p{Lu}{2,3}$/u.test(text.slice(person.start, person.end))) {
      for (const [start, letters] of capitalsJoinedTo(text, person))
        add(start, start + letters.length, "Capitals joined by “and” to someone's initials (“DA and EA”)");
    }
    const match = INITIALS_IN_LIST.exec(text.slice(person.end, person.end + 12));
    if (!match) continue;
    const start = person.end + match[0].length - match[1].length;
    const end = start + match[1].length;
    const letters = match[1];
    if (NOT_INITIALS.has(letters) || spellsNoInitials(letters)) continue;
    add(start, end, "Initials listed after a person's name");
  }
  return detections;
}

/** "RG and baby MG": a relation may stand between "and" and the initials. */
const RELATION = "(?:(?:baby|brother|sister|sibling|cousin|mum|dad)[ \\t]+)?";
/** "DA and EA", "(JW/HG)": what joins two people's initials. */
const JOIN = "(?:[ \\t]+(?:and|&)[ \\t]+|/)";
const CAPITALS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'’.&/-])(\\p{Lu}{2,3})${JOIN}${RELATION}$`, "u");
const CAPITALS_AFTER = new RegExp(`^${JOIN}${RELATION}(\\p{Lu}{2,3})(?![\\p{L}\\p{N}'’&/-])`, "u");
/** What makes capitals before "and" a thing, not a person: "the DA and EA", "our CP and …". */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an|our|my|your|their|his|her|any|no)[ \t]+$/iu;

/**
 * "KM and EA pleased to see him", "seen RG and baby MG": capitals joined by "and" or "/" to a person's initials are a
 * person's too, unless they spell one of the field's acronyms ("CP", "DV") or an article makes them a thing.
 */
function capitalsJoinedTo(text: string, person: Detection): [number, string][] {
  const joined: [number, string][] = [];
  const before = CAPITALS_BEFORE.exec(text.slice(Math.max(0, person.start - 20), person.start));
  if (before) {
    const start = person.start - before[0].length;
    if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) joined.push([start, before[1]]);
  }
  const after = CAPITALS_AFTER.exec(text.slice(person.end, person.end + 20));
  if (after) joined.push([person.end + after[0].length - after[1].length, after[1]]);
  return joined.filter(
    ([, letters]) =>
      !isKnownAcronym(letters) && !NOT_INITIALS.has(letters.toLowerCase()) && !COMMON_ABBREVIATIONS.has(letters),
  );
}
