// A firm named in words and again in its web address or email domain: "kettlewood (kettlewoodrecruit.co.uk)", "the
// interpreter from tin lantern … bookings@tinlantern.org". Whatever the words mean, spelled joined they are the domain.
import { FIRM_TALK } from "./detect-organisations-in-lower-case-frames";
import { wordTags } from "./known-words";
import { detection, GENERIC_WORDS, insideAny, type OrganisationKind } from "./organisation-detection";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/** A domain's own label before its ending: "kettlewoodrecruit" in "www.kettlewoodrecruit.co.uk", "tinlantern" in "@tinlantern.org". */
const DOMAIN =
  /(?<![\p{L}\p{N}-])(?:www\.)?([a-z0-9][a-z0-9-]{3,40})\.(?:co\.uk|org\.uk|com|org|net|uk|co|io)(?![\p{L}\p{N}])/giu;
/** Mail and web hosts, and addresses made up for examples, which name no firm of the text. */
const HOSTS =
  /^(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|live|aol|btinternet|sky|talktalk|virginmedia|protonmail|example|test|nhs|gov|google|facebook|instagram|linkedin|twitter|youtube|tiktok|whatsapp)$/u;
/** What a trading name's domain adds after its words ("kettlewoodrecruit", "tinlanternuk"), and the kind it says. */
const SUFFIXES: [RegExp, OrganisationKind][] = [
  [/^(?:recruit|recruitment|staffing|locums|personnel|resourcing|jobs|people)$/u, "agency"],
  [/^(?:interpreting|interpreters|languages|language|translations|translation)$/u, "interpreting"],
  [/^(?:uk|group|ltd|hq|online|care|socialcare|fostering|services|co|cic|charity|org)$/u, "employer"],
];
const FUNCTION_TAGS = ["Determiner", "Preposition", "Pronoun", "Conjunction"];
const MOST_WORDS = 3;

/** Step 2b: words that, spelled joined, are the own label of a web address or email domain in the same text. */
export function detectOrganisationsByWebAddress(text: string, tokens: WordToken[]): Detection[] {
  // Note: labels by their first four letters, so each run of words is checked against the few that could match.
  const labels = new Map<string, string[]>();
  const addresses: { start: number; end: number }[] = [];
  for (const match of text.matchAll(DOMAIN)) {
    const label = match[1].toLowerCase().replace(/-/gu, "");
    if (!HOSTS.test(label)) labels.set(label.slice(0, 4), [...(labels.get(label.slice(0, 4)) ?? []), label]);
    // Note: the whole address, its user part too, is no mention of the name in words.
    const user = /[\p{L}\p{N}._%+-]*@?$/u.exec(text.slice(Math.max(0, match.index - 64), match.index))?.[0] ?? "";
    addresses.push({ start: match.index - user.length, end: match.index + match[0].length });
  }
  // Note: "the padlet she set up padlet.com/…", "published on BAILII (bailii.org)": a website named by its address is
  // a tool, not a firm; only in talk of agencies, interpreters or work is it a firm's.
  if (labels.size === 0 || !FIRM_TALK.test(text)) return [];
  const detections: Detection[] = [];
  for (let first = 0; first < tokens.length; first++) {
    // Note: a word of four letters or more opens a label only if its first four do; most words are passed here.
    const opening = tokens[first].folded.slice(0, 4);
    if (opening.length === 4 && /^[\p{L}\p{N}]{4}$/u.test(opening) && !labels.has(opening)) continue;
    if (insideAny(addresses, tokens[first].start, tokens[first].end)) continue;
    let joined = "";
    for (let last = first; last < tokens.length && last - first < MOST_WORDS; last++) {
      if (last > first && !/^[ \t]+$/u.test(text.slice(tokens[last - 1].end, tokens[last].start))) break;
      joined += tokens[last].base.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
      const kind = kindOfLabel(labels, joined);
      if (!kind || !isOwnName(tokens.slice(first, last + 1))) continue;
      const reason = "Name spelled again in its web address or email (“kettlewood … kettlewoodrecruit.co.uk”)";
      detections.push(detection(tokens[first].start, tokens[last].baseEnd, kind, reason, "nlp"));
      first = last;
      break;
    }
  }
  return detections;
}

/** The kind a label gives words joined up as `joined`: the label itself, or the label less a trading suffix. */
function kindOfLabel(labels: Map<string, string[]>, joined: string): OrganisationKind | null {
  if (joined.length < 4) return null;
  for (const label of labels.get(joined.slice(0, 4)) ?? []) {
    if (!label.startsWith(joined)) continue;
    const rest = label.slice(joined.length);
    if (rest === "") return "employer";
    const suffix = SUFFIXES.find(([pattern]) => pattern.test(rest));
    if (suffix) return suffix[1];
  }
  return null;
}

/** Words of a name: not only words that describe ("the agency", "social care") or join. */
function isOwnName(words: WordToken[]): boolean {
  return words.some((word) => {
    if (GENERIC_WORDS.has(word.folded)) return false;
    const tags = wordTags(word.base);
    return !FUNCTION_TAGS.some((tag) => tags.has(tag));
  });
}
