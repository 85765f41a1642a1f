// Organisations set down as case notes set them: "Solicitor: Rahman & Teale", "Dr Efua Mensah (Forge Health)".
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { HONORIFICS, ROLE_NOUNS } from "./detect-organisations-by-context";
import { isKnownAcronym } from "./known-acronyms";
import { isIdentityWord, wordTags } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import { describeKind, detection, GENERIC_WORDS, insideAny, type OrganisationKind } from "./organisation-detection";
import { codePointBefore, foldForMatch, startingAtCapitals } from "./text-matching";
import type { Detection } from "./types";

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+)?\p{Lu}[\p{L}'’-]*){0,4}`;

/** Labels of a note's fields that an organisation fills, and the kind each names. */
const LABELS: [RegExp, OrganisationKind | "team"][] = [
  [/^(?:solicitors?|legal|barrister|chambers|firm|company|provider|employer|landlord|housing|charity)$/iu, "employer"],
  [/^(?:agency|recruiter|umbrella)$/iu, "agency"],
  [/^(?:interpreter|interpreters|interpreting|interpreting service)$/iu, "interpreting"],
  [/^(?:court|venue)$/iu, "court"],
  [/^(?:hospital|ward|unit|gp|gp surgery|surgery|practice|trust|health)$/iu, "hospital"],
  [/^(?:school|nursery|college|education)$/iu, "school"],
  [/^(?:team)$/iu, "team"],
];
/**
 * "Solicitor: Rahman & Teale", "Solicitor for mother: Ms Kotze, Forge Cobalt", "Team: Meridian (Assessment)". Sticky: it
 * is tried only in the letters, spaces and tabs right before a colon, where alone a label can stand.
 */
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}])([\p{L}]+(?:[ \t][\p{L}]+)?)(?:[ \t]+for[ \t]+(?:the[ \t]+)?[\p{L}]+)?[ \t]*:[ \t]*(${NAME})`,
  "uy",
);
const LABEL_CHARACTER = /^[\p{L} \t]$/u;
/** "Dr Efua Mensah (Forge Health)", "HV Tess Mulqueen (Hearth)", "(solicitor, HB Public Law)": who someone works for. */
// Note: the name's capital is looked for first, so most positions fail before the look-behind runs.
const BRACKETED_AFTER_SOMEONE = startingAtCapitals(
  new RegExp(
    String.raw`(?=\p{Lu})(?<=\p{Lu}[\p{L}'’-]+[ \t]*\((?:[\p{L} ]{2,25},[ \t]*)?)(${NAME})(?=(?:,[ \t]*[\p{L} ]{2,25})?\))`,
    "gu",
  ),
);
/** "the locum agency (prism granite)", "the hospital (queen eleanor)", "uni (lark)": a name in brackets, any case. */
const BRACKETED_AFTER_KIND =
  /\b(agency|agencies|hospital|hosp|uni|university|school|nursery|court|provider|firm|company|ifa|trust|charity|college|academy|hostel|practice|surgery|employer)\b[^().;!?\n]{0,25}\(([\p{L}'’&-]+(?:[ \t]+[\p{L}'’&-]+){0,3})\)/giu;
const BRACKETED_KIND: Record<string, OrganisationKind> = {
  agency: "agency",
  agencies: "agency",
  hospital: "hospital",
  hosp: "hospital",
  trust: "hospital",
  court: "court",
  school: "school",
  nursery: "school",
  college: "school",
  academy: "school",
};
const FUNCTION_TAGS = ["Determiner", "Preposition", "Pronoun", "Adverb", "Conjunction", "Value", "QuestionWord"];
/** After a person in a field ("Ms Kotze, Forge Cobalt"): the employer after the comma. */
const PERSON_THEN_EMPLOYER = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*,[ \t]*(${NAME})`,
  "u",
);

export function detectOrganisationsInNotes(text: string, allowed: { start: number; end: number }[]): Detection[] {
  const detections: Detection[] = [];
  const add = (start: number, name: string, kind: OrganisationKind | "team", reason: string) => {
    const trimmed = name.replace(/[ \t]+(?:and|of)$/u, "");
    if (!isOrganisationName(trimmed, start, allowed)) return;
    detections.push(detection(start, start + trimmed.length, kind, reason, "nlp"));
  };
  for (const match of labelledFields(text)) {
    const label = match[1].toLowerCase();
    const kind = LABELS.find(([pattern]) => pattern.test(label))?.[1];
    if (!kind) continue;
    let name = match[2];
    let start = match.index + match[0].length - name.length;
    const first = foldForMatch(name.split(/[ \t]/u)[0]);
    if (HONORIFICS.test(first)) {
      // Note: the person is left to the name rules; only the employer after them is this rule's.
      const after = PERSON_THEN_EMPLOYER.exec(text.slice(start + first.length).trimStart());
      if (!after) continue;
      const offset = text.indexOf(after[1], start + first.length);
      name = after[1];
      start = offset;
    }
    add(start, name, kind, `Name of ${kind === "team" ? "a team" : describeKind(kind)} in a note's field`);
  }
  for (const match of text.matchAll(BRACKETED_AFTER_KIND)) {
    const name = match[2];
    const words = name.split(/[ \t]+/u);
    if (words.some((word) => [...wordTags(word)].some((tag) => FUNCTION_TAGS.includes(tag)))) continue;
    if (wordTags(words[0]).has("Verb") && !wordTags(words[0]).has("Noun")) continue;
    if (words.some((word) => /^\p{Ll}/u.test(word) && isPersonWord(word)) && words.length < 3) continue;
    const kind = BRACKETED_KIND[match[1].toLowerCase()] ?? "employer";
    add(
      match.index + match[0].length - 1 - name.length,
      name,
      kind,
      `Name of ${describeKind(kind)} in brackets after “${match[1]}”`,
    );
  }
  for (const match of text.matchAll(BRACKETED_AFTER_SOMEONE))
    add(match.index, match[1], "employer", "Employer in brackets after someone's name or role");
  return detections;
}

/** A given name, not a royal title a hospital is named by ("Queen Eleanor", "King George"). */
function isPersonWord(word: string): boolean {
  return isLexiconGivenName(word) && !/^(?:queen|king|prince|princess|royal|st|saint)$/iu.test(word);
}

/** "Deputy Head", "Acting Team Manager": a role is no employer. */
function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.test(word) || /^(?:deputy|acting|interim|senior|assistant|principal|head|heads)$/u.test(word);
}

function isOrganisationName(name: string, start: number, allowed: { start: number; end: number }[]): boolean {
  const words = name.split(/[ \t]+/u).filter((word) => !/^(?:&|and|of)$/u.test(word));
  const folded = words.map((word) => foldForMatch(word).replace(/['’]s$/u, ""));
  if (words.length === 0 || insideAny(allowed, start, start + name.length)) return false;
  if (HONORIFICS.test(folded[0])) return false;
  // Note: "Solicitor: Priya Shah" is a person; "Rahman & Teale", a firm of partners, is not.
  if (isPersonWord(words[0]) && !/[ \t](?:&|and)[ \t]/u.test(name) && words.length < 3) return false;
  if (words.length === 1 && (/^\p{Lu}{2,}$/u.test(words[0]) || isKnownAcronym(words[0]) || words[0].length < 3))
    return false;
  if (words.some((word) => isIdentityWord(word))) return false;
  if (folded.every((word) => GENERIC_WORDS.has(word) || TEAM_DESCRIPTORS.has(word) || isRoleWord(word))) return false;
  return !folded.every((word) => /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(word));
}

/** The matches of `LABELLED`, in order and apart, as a scan of the whole text would find them, looked for from each colon. */
function* labelledFields(text: string): Generator<RegExpExecArray> {
  let floor = 0;
  for (let colon = text.indexOf(":"); colon !== -1; colon = text.indexOf(":", colon + 1)) {
    let start = colon;
    for (let before = codePointBefore(text, start); start > floor && LABEL_CHARACTER.test(before); ) {
      start -= before.length;
      before = codePointBefore(text, start);
    }
    for (let at = start; at < colon; at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1) {
      LABELLED.lastIndex = at;
      const match = LABELLED.exec(text);
      if (!match) continue;
      floor = at + match[0].length;
      yield match;
      break;
    }
  }
}
