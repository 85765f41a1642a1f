import { isKnownAcronym } from "./known-acronyms";
import { isOrdinaryWord } from "./known-words";
import { nextWords, previousWords } from "./name-context";
import { NAME_FOLLOWERS } from "./name-cues";
import { personVerbFollows } from "./name-predicates";
import { findPhrase, foldForMatch, isSentenceStart, normalisePhrase } from "./text-matching";
import type { Detection } from "./types";

const PARTICLES = new Set(
  "de da do dos das di del della van von der den ter la le du bin binti bint ibn al el ni nic o ó mac mc ap y st".split(
    " ",
  ),
);
const ORDINARY_SENSE_FOLLOWERS = new Set(
  "i you we they he she it the a an this that these those me us them my your our their his her".split(" "),
);

export interface RosterPerson {
  /** 1-based, in roster order after duplicates are dropped; gives `[colleague N]`. */
  number: number;
  fullName: string;
}

/** Trims, collapses spaces and drops repeated names (case- and accent-insensitively). */
export function normaliseRoster(roster: readonly string[]): RosterPerson[] {
  const seen = new Set<string>();
  const people: RosterPerson[] = [];
  for (const raw of roster) {
    const fullName = raw.trim().replace(/\s+/gu, " ");
    const key = normalisePhrase(fullName);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    people.push({ number: people.length + 1, fullName });
  }
  return people;
}

interface Candidate {
  phrase: string;
  kind: "full name" | "part of the name";
  single: boolean;
}

/** The full name, every run of two or more of its words, each word, and each half of a hyphenated word. */
function candidatesFor(fullName: string): Candidate[] {
  const words = fullName.split(" ");
  const candidates: Candidate[] = [{ phrase: fullName, kind: "full name", single: words.length === 1 }];
  for (let length = words.length - 1; length >= 2; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      candidates.push({ phrase: words.slice(from, from + length).join(" "), kind: "part of the name", single: false });
    }
  }
  if (words.length > 1) {
    for (const word of words) candidates.push({ phrase: word, kind: "part of the name", single: true });
  }
  for (const word of words) {
    if (!/[-‐]/u.test(word)) continue;
    for (const piece of word.split(/[-‐]/u)) candidates.push({ phrase: piece, kind: "part of the name", single: true });
  }
  return candidates.filter((candidate) => {
    const folded = foldForMatch(candidate.phrase.replace(/[.'’]/gu, ""));
    return folded.length >= 2 && !(candidate.single && PARTICLES.has(folded));
  });
}

interface RosterMatch {
  start: number;
  end: number;
  people: number[];
  kind: Candidate["kind"];
}

/**
 * Step 3: names from the roster, case- and accent-insensitive, whole words ("Priya's" matches
 * "Priya"). Each mention gets the person's identity so every mention shares `[colleague N]`.
 */
export function detectRoster(text: string, roster: readonly string[]): Detection[] {
  const people = normaliseRoster(roster);
  if (people.length === 0) return [];
  const folded = foldForMatch(text);
  const byPosition = new Map<string, RosterMatch>();
  for (const person of people) {
    for (const candidate of candidatesFor(person.fullName)) {
      for (const match of findPhrase(text, folded, candidate.phrase)) {
        if (candidate.single && !isNameUse(text, match.start, match.end, candidate.phrase)) continue;
        const key = `${match.start}:${match.end}`;
        const existing = byPosition.get(key);
        if (existing) {
          if (!existing.people.includes(person.number)) existing.people.push(person.number);
          if (candidate.kind === "full name") existing.kind = "full name";
        } else {
          byPosition.set(key, { start: match.start, end: match.end, people: [person.number], kind: candidate.kind });
        }
      }
    }
  }
  for (const person of people) {
    const initials = initialsOf(person.fullName);
    if (initials === null) continue;
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, "gu"))) {
      const key = `${match.index}:${match.index + initials.length}`;
      if (!byPosition.has(key))
        byPosition.set(key, {
          start: match.index,
          end: match.index + initials.length,
          people: [person.number],
          kind: "part of the name",
        });
    }
  }
  const matches = [...byPosition.values()].sort((left, right) => left.start - right.start);
  return matches.map((match) => {
    const number = match.people.length === 1 ? match.people[0] : disambiguate(match, matches);
    return {
      start: match.start,
      end: match.end,
      category: "person",
      reason: match.kind === "full name" ? "Roster name" : "Part of a roster name",
      source: "roster",
      identity: `roster:${number}`,
    };
  });
}

/** A shared first name or surname goes to the nearest unambiguous mention, else to the first in the roster. */
function disambiguate(match: RosterMatch, all: RosterMatch[]): number {
  let best: { distance: number; number: number } | null = null;
  for (const other of all) {
    if (other.people.length !== 1 || !match.people.includes(other.people[0])) continue;
    const distance = other.start <= match.start ? match.start - other.start : (other.start - match.start) * 2;
    if (!best || distance < best.distance) best = { distance, number: other.people[0] };
  }
  return best?.number ?? Math.min(...match.people);
}

/** A name that is also an ordinary word ("Grant", "May", "Will") counts only when capitalised and used as a name. */
function isNameUse(text: string, start: number, end: number, phrase: string): boolean {
  if (!isOrdinaryWord(phrase) && phrase.length > 2) return true;
  if (!/^\p{Lu}/u.test(text[start])) return isLowerCaseNameUse(text, start, end);
  if (!isSentenceStart(text, start)) return true;
  const next = /^\s+([\p{L}']+)/u.exec(text.slice(end, end + 30));
  return !next || !ORDINARY_SENSE_FOLLOWERS.has(next[1].toLowerCase());
}

/** Words before an ordinary word that give it its ordinary sense ("i hope", "to grant", "the will"). */
const ORDINARY_SENSE_BEFORE = new Set(
  `i you we they he she it to the a an this that my your our their his her its will would can could should might must
  may do does did not no very so too more most`.split(/\s+/u),
);

/**
 * "hope said she'd cover", "thanks to grant and priya": a roster name that is also an ordinary word, typed in lower
 * case, counts when nothing before it gives it its ordinary sense and what follows is what follows a name.
 */
function isLowerCaseNameUse(text: string, start: number, end: number): boolean {
  const before = previousWords(text, start, 1)[0];
  if (before !== undefined && ORDINARY_SENSE_BEFORE.has(before)) return false;
  const after = nextWords(text, end, 2);
  return after.length === 0 || NAME_FOLLOWERS.has(after[0]) || personVerbFollows(after);
}

/** "Jane Doe" → "JD": a roster name's initials in capitals, unless they spell an acronym of the field ("PS", "SW"). */
function initialsOf(fullName: string): string | null {
  const words = fullName.split(" ").filter((word) => !PARTICLES.has(foldForMatch(word)) && /^\p{L}/u.test(word));
  if (words.length < 2 || words.length > 3) return null;
  const initials = words.map((word) => word[0].toUpperCase()).join("");
  return /^\p{Lu}+$/u.test(initials) && !isKnownAcronym(initials) ? initials : null;
}
