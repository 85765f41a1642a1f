// Every spelling of an authority the shipped list recognises: its names, the short forms staff type, and the council
// titles, children's services, joins and initials generated from them.

import type { Authority } from "./authorities";
import data from "./data/authority-short-forms.json";

export interface AuthoritySpelling {
  phrase: string;
  kind: "authority" | "place";
  /** Two letters that are the authority only where the sentence says so ("back in th", not "the th sound"). */
  cueOnly: boolean;
}

const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = data.shortForms;

const COUNCIL_SUFFIXES = [
  "Council",
  "Borough Council",
  "City Council",
  "County Council",
  "CC",
  "BC",
  "LA",
  "Borough",
  "Children's Services",
  "Childrens Services",
  "Children Services",
  "Children's Social Care",
  "CSC",
  "Social Services",
  "Children's Trust",
  "Childrens Trust",
  "Children Trust",
];

const COMPASS_LETTER: Readonly<Record<string, string>> = { North: "N", South: "S", East: "E", West: "W" };

/** "Tower Hamlets", "Brighton and Hove": the words whose initials make the authority's letters ("TH", "B&H"). */
const INITIALLED = /^(?!City\b)(\p{Lu})\p{Ll}+(?: (and) | )(\p{Lu})\p{Ll}+$/u;

export function authoritySpellings(authority: Authority): AuthoritySpelling[] {
  const spellings: AuthoritySpelling[] = [];
  const add = (phrase: string, kind: AuthoritySpelling["kind"] = "authority", cueOnly = false) => {
    for (const spelling of andSpellings(phrase)) spellings.push({ phrase: spelling, kind, cueOnly });
  };
  const names = [authority.name, ...authority.variants, ...(SHORT_FORMS[authority.name] ?? [])];
  // Note: "W Berks", "N Yorks cc", "S Glos": a compass word is cut to its letter (with no longer titles: a letter
  // opens many words' lists, which every "s" or "e" in a text would walk).
  for (const name of names) {
    const compass = /^(North|South|East|West) (.+)$/u.exec(name);
    if (!compass) continue;
    for (const title of ["", " CC", " Council"]) add(`${COMPASS_LETTER[compass[1]]} ${compass[2]}${title}`);
  }
  for (const name of names) {
    add(name);
    if (isAcronym(name)) continue;
    for (const suffix of COUNCIL_SUFFIXES) add(`${name} ${suffix}`);
    if (authority.region === "london") {
      add(`London Borough of ${name}`);
      add(`LB ${name}`);
      add(`LB of ${name}`);
    }
    add(`Royal Borough of ${name}`);
    add(`RB of ${name}`);
    add(`RB ${name}`);
  }
  if (authority.region !== "elsewhere") addInitials(authority, add);
  for (const place of authority.places) add(place, "place");
  return spellings;
}

/** "B&H", "b+h", "BnH", "LBHF", and the bare two letters "TH" or "hf", which need a cue. */
function addInitials(authority: Authority, add: (phrase: string, kind?: "authority", cueOnly?: boolean) => void) {
  const initials = INITIALLED.exec(authority.name);
  if (!initials) return;
  const [, first, joined, second] = initials;
  if (joined) {
    add(`${first}&${second}`);
    add(`${first}+${second}`);
    add(`${first}n${second}`);
  }
  if (authority.region === "london") add(`LB${first}${second}`);
  add(`${first}${second}`, "authority", true);
}

/**
 * "Hammersmith and Fulham", "Hammersmith & Fulham", "hammersmith n fulham"; "Kings Cross" for "King's Cross" and
 * "Stoke on Trent" for "Stoke-on-Trent", as they are typed.
 */
function andSpellings(phrase: string): string[] {
  const typed = [phrase.replace(/['’]s\b/gu, "s"), phrase.replace(/(?<=\p{L})-(?=\p{L})/gu, " ")];
  const spellings = [phrase, ...typed.filter((spelling) => spelling !== phrase)];
  if (!/\band\b/u.test(phrase)) return spellings;
  return [...spellings, phrase.replace(/\band\b/gu, "&"), phrase.replace(/\band\b/gu, "n")];
}

export function isAcronym(phrase: string): boolean {
  return /^[A-Z][A-Za-z&]{1,4}$/u.test(phrase) && /[A-Z].*[A-Z]/u.test(phrase);
}
