import { isListedOrganisationName } from "./detect-listed-organisations";
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isKnownAcronym } from "./known-acronyms";
import {
  findAllowedSpans,
  isEnglishWordForm,
  isEverydayWord,
  isIdentityWord,
  isOrdinaryWord,
  wordTags,
} from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import { GENERIC_WORDS, insideAny } from "./organisation-detection";
import { isOrganisationEnding } from "./organisation-endings";
import { createPhraseMatcher, foldForMatch, isWordCharacterAt } from "./text-matching";
import type { Detection } from "./types";

/**
 * "Worked via Spectrum Social Care … spectrum better pay": once an organisation is named, a later mention of its
 * name, or of its first word when that word is its own (not "East", "Royal", "Foster"), is the same organisation.
 */
export function detectLaterMentions(text: string, folded: string, found: readonly Detection[]): Detection[] {
  const byKey = new Map<string, Detection>();
  // First words with an everyday sense ("Sunflowers nursery" → "Sunflowers") count only capitalised.
  const capitalOnly = new Set<string>();
  const exactly = new Map<string, string>();
  // Note: "worked with Tribe Fostering and Compass too, compass were …": a name joined to a firm is mentioned again too.
  const joined = [...detectJoinedNames(text, found), ...detectNamesListedBefore(text, found)];
  for (const detection of [...found, ...joined]) {
    const name = foldForMatch(text.slice(detection.start, detection.end)).replace(/['’]s$/u, "");
    if (isAllowedPhrase(name)) continue;
    const generic = name.split(/\s+/u).every((word) => GENERIC_WORDS.has(word));
    if (name.length >= 3 && !generic) byKey.set(name, byKey.get(name) ?? detection);
    // Note: "National Fostering Agency … then NFA got bought": the initials of a name of three words or more, in capitals.
    // "LinguaBridge … LB never has anyone": a name of one word in two capitalised parts, by their initials.
    const written = text.slice(detection.start, detection.end);
    const camelCase = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(written);
    // Note: "rosewood therapeutic services (RTS)": a name typed in lower case is known by its words' initials too.
    const lowerCase = /^\p{Ll}/u.test(written);
    const initials = camelCase
      ? written.replace(/\p{Ll}+/gu, "")
      : written
          .split(/\s+/u)
          .filter((word) => (lowerCase ? !/^(?:of|and|the|&|for)$/u.test(word) : /^\p{Lu}/u.test(word)))
          .map((word) => word[0].toUpperCase())
          .join("");
    if (initials.length >= 3 || camelCase) {
      byKey.set(initials.toLowerCase(), byKey.get(initials.toLowerCase()) ?? detection);
      exactly.set(initials.toLowerCase(), initials);
    }
    // Note: "with brightpath locums and tidewater … tidewater got me interviews": each firm of a pair is mentioned alone.
    for (const part of name.split(/\s+(?:and|&)\s+/u).slice(1)) {
      if (part.length >= 4 && !GENERIC_WORDS.has(part) && !/\s/u.test(part))
        byKey.set(part, byKey.get(part) ?? detection);
    }
    // Note: "brighter minds cic … brighter minds closed": the name without the word that says what it is.
    const words = name.split(/\s+/u);
    if (words.length >= 3 && isOrganisationEnding(words[words.length - 1])) {
      const stem = words.slice(0, -1).join(" ");
      if (!words.slice(0, -1).every((word) => GENERIC_WORDS.has(word))) byKey.set(stem, byKey.get(stem) ?? detection);
    }
    // Note: "an ifa called little acorns … acorns paid better": a name opened by a describing word, by its last word.
    const last = words[words.length - 1];
    if (words.length === 2 && last.length >= 4 && DESCRIBING_FIRST.has(words[0]) && !GENERIC_WORDS.has(last))
      byKey.set(last, byKey.get(last) ?? detection);
    const first = words[0];
    if (first !== name && first.length >= 4 && !GENERIC_WORDS.has(first)) {
      byKey.set(first, byKey.get(first) ?? detection);
      // Note: "went to lumen social care recruitment. lumen placed me": a name typed in lower case is mentioned so too.
      if (!isOwnName(first) && /^\p{Lu}/u.test(text[detection.start] ?? "")) capitalOnly.add(first);
    }
  }
  if (byKey.size === 0) return joined;
  const mentions: Detection[] = [];
  for (const { start, end, key } of createPhraseMatcher(byKey.keys()).find(text, folded)) {
    if (insideAny(found, start, end) || insideAny(joined, start, end)) continue;
    if (isWordCharacterAt(text, end) && !/^['’]s\b/u.test(text.slice(end, end + 3))) continue;
    const source = byKey.get(key);
    if (!source) continue;
    const capitalised = /^\p{Lu}/u.test(text[start]);
    if (capitalOnly.has(key) && !capitalised) continue;
    if (exactly.has(key) && text.slice(start, end) !== exactly.get(key)) continue;
    if (
      !capitalised &&
      isEnglishWordForm(key) &&
      !(isListedOrganisationName(key) && opensClause(text, start)) &&
      !usedAsAnOrganisation(text, start, end)
    )
      continue;
    mentions.push({ ...source, start, end, reason: "Another mention of an organisation named nearby" });
  }
  return [...mentions, ...joined];
}

/** Words that open a firm's name only to describe the rest ("Little Acorns", "Bright Futures", "New Horizons"). */
const DESCRIBING_FIRST = new Set("little bright new happy young big small first golden blue green".split(" "));

/** What joins names in a list: "and", "or", "&", "then", "and now", "/", a comma with or without them. */
const LIST_JOIN =
  /^(?:[ \t]*,[ \t]*(?:(?:and[ \t]+)?(?:then|now)[ \t]+|and[ \t]+|or[ \t]+)?|[ \t]+(?:and[ \t]+now|and[ \t]+then|and|or|&|then)[ \t]+|[ \t]*\/[ \t]*)/u;
const CAPITALISED_NAME = /^\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+){0,2}(?![\p{L}'’])/u;
const LOWER_CASE_NAME = /^\p{Ll}[\p{Ll}-]{2,}(?![\p{L}'’])/u;
/** Words typed in comments without their apostrophe or in short, which name nothing: "hes", "perm", "tbh". */
const CHAT_WORDS =
  /^(?:hes|shes|ive|im|id|ill|youre|theyre|weve|dont|cant|wont|didnt|isnt|wasnt|arent|couldnt|wouldnt|shouldnt|doesnt|havent|hasnt|hadnt|werent|aint|cos|coz|tbh|obvs|lol|perm|temp|locum|agency|yrs|mths|wks)$/u;

/**
 * "worked with Tribe Fostering and Compass too", "agency via harbour, then tolvey, then brackwater and now kiln": a name
 * listed after an organisation is one too: capitalised, or in lower case after one typed so when it has no everyday sense.
 */
function detectJoinedNames(text: string, found: readonly Detection[]): Detection[] {
  const joined: Detection[] = [];
  for (const detection of found) {
    if (detection.category !== "organisation") continue;
    const lowerCase = /^\p{Ll}/u.test(text[detection.start] ?? "");
    let end = detection.end;
    for (let listed = 0; listed < 5; listed++) {
      const rest = text.slice(end, end + 60);
      const join = LIST_JOIN.exec(rest);
      if (!join) break;
      const after = rest.slice(join[0].length);
      const name = (lowerCase ? LOWER_CASE_NAME : CAPITALISED_NAME).exec(after)?.[0];
      if (!name || !(lowerCase ? isLowerCaseListedName(name) : isCapitalisedListedName(name, join[0]))) break;
      const start = end + join[0].length;
      end = start + name.length;
      if (insideAny(found, start, end)) continue;
      joined.push({ ...detection, start, end, reason: "Name listed beside an organisation" });
    }
  }
  return joined;
}

/** A capitalised name and what joins it to the next on a list, at the end of the text before an organisation. */
const CAPITALISED_NAME_BEFORE =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+){0,2})([ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)$/u;

/**
 * "Muffin and Gazebo Sprocket both offered", "Pinecone, Dumpling, Fostering Bobbin, the big ones": capitalised names listed
 * straight before an organisation are organisations too.
 */
function detectNamesListedBefore(text: string, found: readonly Detection[]): Detection[] {
  const listed: Detection[] = [];
  for (const detection of found) {
    if (detection.category !== "organisation" || !/^\p{Lu}/u.test(text[detection.start] ?? "")) continue;
    let start = detection.start;
    for (let count = 0; count < 4; count++) {
      const match = CAPITALISED_NAME_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
      if (!match || !isCapitalisedListedName(match[1], match[2]) || !isOwnListedName(match[1])) break;
      const end = start - match[2].length;
      start = end - match[1].length;
      if (insideAny(found, start, end)) continue;
      listed.push({ ...detection, start, end, reason: "Name listed beside an organisation" });
    }
  }
  return listed;
}

/** "(SW, Ealing)", "Um, Tolvey", "Paediatric Liaison, Evelina": a role, a filler or a department is no name on a list. */
function isOwnListedName(name: string): boolean {
  const words = name.split(/[ \t]+/u);
  if (words.some((word) => isKnownAcronym(word) || /^(?:um|uh|er|erm|so|yeah|well)$/iu.test(word))) return false;
  return !words.every((word) => TEAM_DESCRIPTORS.has(foldForMatch(word)) || isEverydayWord(word));
}

function isCapitalisedListedName(name: string, join: string): boolean {
  const first = foldForMatch(name.split(/[ \t]/u)[0]);
  // Note: "Hays, The Duty team": after a bare comma only a word with no everyday sense goes on the list.
  if (/^[ \t]*,[ \t]*$/u.test(join) && isOrdinaryWord(first)) return false;
  return !(
    GENERIC_WORDS.has(first) ||
    isAllowedPhrase(foldForMatch(name)) ||
    isLexiconGivenName(first) ||
    isIdentityWord(first) ||
    first === "i" ||
    wordTags(first).has("Pronoun")
  );
}

function isLowerCaseListedName(name: string): boolean {
  return !(
    CHAT_WORDS.test(name) ||
    GENERIC_WORDS.has(name) ||
    isOrdinaryWord(name, false) ||
    isEverydayWord(name) ||
    isIdentityWord(name) ||
    isAllowedPhrase(name)
  );
}

/** A first word that names the organisation itself: a listed name, or no English word. */
function isOwnName(word: string): boolean {
  return isListedOrganisationName(word) || !isEnglishWordForm(word);
}

/** "East London" named as a court is still a region elsewhere in the text. */
function isAllowedPhrase(name: string): boolean {
  return findAllowedSpans(name, name).some((span) => span.start === 0 && span.end === name.length);
}

/** "… spectrum better pay, vivid better comms": a clause's first word, or a word after "via", "with", "and" … */
function opensClause(text: string, start: number): boolean {
  return /(?:^|[.,;:!?(]\s*|\n\s*|(?:^|[^\p{L}])(?:via|through|thru|with|for|at|from|and|or|then)\s+)$/u.test(
    text.slice(Math.max(0, start - 12), start),
  );
}

/**
 * "compass were way more supportive", "the nonstop consultant Priya", "via vivid": in lower case, a word already
 * named as an organisation is that organisation again when a firm's verb, staff or preposition stands beside it.
 */
function usedAsAnOrganisation(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 12), start);
  return (
    /^\s+(?:were|are|pay|pays|paid|rang|sent|placed|consultants?|recruiters?|reps?|interpreters?|staff|rates?)\b/u.test(
      after,
    ) ||
    /(?:^|[^\p{L}])(?:via|through|thru|with|w\/|from|for|at|joined|rejoined|left|recommend|recommended|avoid|by)\s+$/u.test(
      before,
    )
  );
}
