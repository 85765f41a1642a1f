// Names that stand where only a name can: speaker labels, greetings and sign-offs, dotted initials with a cue.
import { isRarerEnglishWord } from "./english-words";
import { isKnownAcronym } from "./known-acronyms";
import { isEnglishWordForm, isOrdinaryWord, type SpanIndex, wordTags } from "./known-words";
import { PERSON_INTRODUCERS } from "./name-cues";
import { isGazetteerGivenName } from "./name-gazetteer";
import { isAnyGivenName } from "./name-token-facts";
import { FAMILY_NOUNS } from "./name-word-classes";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

const SPEAKER_LABEL = /^[ \t]*((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})[ \t]*:/gmu;
/** "Moderator: And Osprey—? Kerensa: No, …": a transcript run on one line puts the next label after a sentence's end. */
const RUN_ON_SPEAKER_LABEL =
  /(?<=[.?!…][ \t]+)(\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)?)[ \t]*:(?=[ \t])/gu;
const GREETING =
  /(?<![\p{L}])(?:hi|hiya|hello|hey|dear|thanks|thank you|cheers|regards|best wishes|many thanks|morning|evening|sorry|bye|night|ta)(?:[ \t]+(?:a lot|so much|very much|again|loads|a million))?[ \t]*,?[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]*(?:[,.!:;\n]|$))/giu;
const NOT_SPEAKERS = new Set(
  "interviewer facilitator participant respondent moderator speaker researcher q a note notes summary question answer comment comments theme re subject from to date cc attendees apologies invitees absent present".split(
    " ",
  ),
);

const SPEAKER = "Speaker's name before a colon";
const GREETED = "Name in a greeting or sign-off";

/** "Love: Mine's the same", "Rebel: Yeah, so …": what a speaker's turn opens with, never a form's field. */
const SPEECH_AFTER_LABEL =
  /^[ \t]*:[ \t]*(?:yeah|yes|yep|so|um+|erm+|er|uh|well|mine['’]s|honestly|oh|okay|ok|right|i|i['’](?:m|ve|d|ll)|[—–…]|can\s+i|my|and|but|no,|for\s+me|we|we['’](?:re|ve|d)|it['’]s|that['’]s|just|because|actually|sorry|me|absolutely|exactly|definitely|look|mm+|hm+)(?![\p{L}])/iu;

/** "Speaker 4 (Kasia):", "P2 (Tunde):": a numbered speaker's name in brackets before the colon. */
const NUMBERED_SPEAKER = /^[ \t]*(?:Speaker|Participant|P|R)[ \t]*\d{1,2}[ \t]*\((\p{Lu}[\p{L}'’-]*)\)[ \t]*:/gmu;

/** Labels before speech that name no one: a turn's kind, a role ("Mum: yeah"), a noun for a person ("Carer: I …"). */
const UNNAMED_TURNS = new Set(
  "response reply transcript interview feedback quote text message update survey chat email me all everyone everybody guys folks team".split(
    " ",
  ),
);

function couldBeSpeakerName(word: string): boolean {
  if (UNNAMED_TURNS.has(word) || PERSON_INTRODUCERS.has(word) || word.length < 3) return false;
  const tags = wordTags(word);
  return !["Actor", "Pronoun", "Determiner", "Preposition", "Conjunction", "QuestionWord"].some((tag) => tags.has(tag));
}

/** "big T", "Lil J": a nickname made of "big" or "lil" and one capital letter. */
const LETTER_NICKNAME = /(?<![\p{L}\p{N}])(?:[Bb]ig|[Ll]il)[ \t]+\p{Lu}(?![\p{L}\p{N}&'’.-])/gu;

/** Speaker labels at the start of a line ("Kasia: …") and names in greetings or sign-offs ("Hi Tunde,", "Thanks, Bex"). */
export function detectAddressedNames(text: string, allowed: SpanIndex): Detection[] {
  const detections: Detection[] = [];
  const add = (start: number, end: number, reason: string) => {
    const value = text.slice(start, end);
    const words = foldForMatch(value).split(/\s+/u);
    if (words.some((word) => NOT_SPEAKERS.has(word)) || allowed.overlaps(start, end)) return;
    const speech = reason === SPEAKER && SPEECH_AFTER_LABEL.test(text.slice(end, end + 30));
    const addressed = reason === GREETED && /^\p{Lu}/u.test(value) && /^[ \t]*,/u.test(text.slice(end, end + 3));
    // Note: the gazetteer's short forms count at a label even when a word list tags them otherwise ("Des: …").
    const listed = (word: string) =>
      isAnyGivenName(word) ||
      (reason === SPEAKER && isGazetteerGivenName(word)) ||
      ((speech || addressed) && couldBeSpeakerName(word)) ||
      (reason === GREETED && isInitials(word));
    if (words.every((word) => isFieldLabelWord(word) && !listed(word))) return;
    detections.push({ start, end, category: "person", reason, source: "nlp", identity: `person:${words.join(" ")}` });
  };
  for (const match of text.matchAll(SPEAKER_LABEL)) {
    const start = match.index + match[0].indexOf(match[1]);
    add(start, start + match[1].length, SPEAKER);
  }
  for (const match of text.matchAll(NUMBERED_SPEAKER)) {
    const start = match.index + match[0].indexOf(`(${match[1]}`) + 1;
    if (!couldBeSpeakerName(foldForMatch(match[1])) || allowed.overlaps(start, start + match[1].length)) continue;
    detections.push({
      start,
      end: start + match[1].length,
      category: "person",
      reason: "Speaker's name in brackets after their number (“Speaker 4 (…):”)",
      source: "nlp",
      identity: `person:${foldForMatch(match[1])}`,
    });
  }
  for (const match of text.matchAll(RUN_ON_SPEAKER_LABEL)) {
    const line = text.slice(text.lastIndexOf("\n", match.index) + 1, match.index);
    if (opensWithSpeaker(line)) add(match.index, match.index + match[1].length, SPEAKER);
  }
  for (const match of text.matchAll(LETTER_NICKNAME)) {
    detections.push({
      start: match.index,
      end: match.index + match[0].length,
      category: "person",
      reason: "Nickname made of a letter (“big T”)",
      source: "nlp",
      identity: `person:${foldForMatch(match[0]).replace(/\s+/gu, " ")}`,
    });
  }
  for (const match of text.matchAll(GREETING)) {
    const start = match.index + match[0].length - match[1].length;
    add(start, start + match[1].length, GREETED);
  }
  return detections;
}

/** "thanks a lot jb": two or three letters with no vowel, no acronym of the field, are someone's initials. */
function isInitials(word: string): boolean {
  return /^[b-df-hj-np-tv-z]{2,3}$/u.test(word) && !isKnownAcronym(word);
}

/** The line opened with a speaker's label ("Moderator: …", "Kasia: …"), not a form's field ("Hospital: …"). */
function opensWithSpeaker(line: string): boolean {
  const label = /^[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2})[ \t]*:/u.exec(line);
  if (label === null) return false;
  const words = foldForMatch(label[1]).split(/\s+/u);
  // Note: a given name that is also a word ("Jasmine: …", "Holly: …") opens a turn too.
  return words.some(
    (word) => NOT_SPEAKERS.has(word) || !isFieldLabelWord(word) || isAnyGivenName(word) || isGazetteerGivenName(word),
  );
}

/** "Disclosure:", "Care Leaver:", "Midwife:", "Ch:": a form's field label, not a speaker. */
function isFieldLabelWord(word: string): boolean {
  return (
    isOrdinaryWord(word) ||
    isEnglishWordForm(word) ||
    isRarerEnglishWord(word) ||
    PERSON_INTRODUCERS.has(word) ||
    word.length <= 2
  );
}

const DOTTED_INITIALS =
  /(?<![\p{L}\p{N}.])(?:\p{Lu}\.[ \t]?){2,3}|(?<![\p{L}\p{N}.])(?:\p{Ll}\.){2,3}(?![\p{L}\p{N}])/gu;
/** Abbreviations written in lower case with full stops that are no one's initials. */
const DOTTED_ABBREVIATIONS = new Set(
  "eg ie am pm nb ps aka cv ok rip etc vs st wef pp re cf eta asap dob nfa".split(" "),
);

/**
 * "J.D. said", "Discussed: J.T. (CP)": initials written with full stops are a person's unless they spell an acronym
 * of the field ("D.O.B.", "U.K.").
 */
export function detectDottedInitials(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(DOTTED_INITIALS)) {
    const value = match[0].trimEnd();
    const end = match.index + value.length;
    const letters = value.replace(/[.\s]/gu, "");
    if (DOTTED_ABBREVIATIONS.has(letters) || isKnownAcronym(letters.toUpperCase())) continue;
    if (/^\p{L}/u.test(text.slice(end, end + 1))) continue;
    detections.push({
      start: match.index,
      end,
      category: "person",
      reason: "Initials with full stops",
      source: "nlp",
      identity: `person:${foldForMatch(value.replace(/[.\s]/gu, ""))}`,
    });
  }
  return detections;
}

/** "The DW kids were placed …": two or three capitals between "the" and a family's noun are its surname's initials. */
const FAMILY_INITIALS = new RegExp(
  `(?<![\\p{L}\\p{N}])[Tt]he[ \\t]+(\\p{Lu}{2,3})[ \\t]+(?:${[...FAMILY_NOUNS]
    .filter((noun) => noun !== "case")
    .map((noun) => noun.replace("'", "['’]"))
    .join("|")})(?![\\p{L}])`,
  "dgu",
);
/** Groups the field names by capitals before "children" or "families" ("the EAL children", "the GRT families"). */
const GROUPS_BY_CAPITALS = new Set(
  "EAL CME FGM TF GRT EH PRU EU ABE SEN SEND UASC LAC CIN CP CLA YOT YOS SGO PLO FE HE UK US ADHD ASD SEMH EHCP ESOL LD PD BME BAME LGBT".split(
    " ",
  ),
);

/** "The DW kids were placed with us": a family named by its surname's initials. */
export function detectFamilyInitials(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(FAMILY_INITIALS)) {
    const [start, end] = match.indices?.[1] ?? [0, 0];
    if (end === 0 || isKnownAcronym(match[1]) || GROUPS_BY_CAPITALS.has(match[1])) continue;
    detections.push({
      start,
      end,
      category: "person",
      reason: "Initials of a family (“the DW kids”)",
      source: "nlp",
      identity: `person:${match[1].toLowerCase()}`,
    });
  }
  return detections;
}

/** "deborah k", "n. hussain", "Tom B.": a lone initial beside a person's name belongs to the name. */
export function withAdjacentInitials(text: string, detection: Detection): Detection {
  if (detection.category !== "person") return detection;
  let { start, end } = detection;
  const after = /^[ \t]+([\p{L}])(\.?)(?=[\s),;:!?]|$)/u.exec(text.slice(end, end + 5));
  const nextIsWord = after !== null && /^\s+\p{Ll}/u.test(text.slice(end + after[0].length));
  // Note: "agnieszka t in the mash": before a word, only a letter text-speak never uses for a word ("u", "n", "k").
  const surnameLetter = after !== null && /^[dfghjlmpqtvwzDFGHJLMPQTVWZ]$/u.test(after[1]);
  // Note: "ravi k from liquid personnel rang": any letter, when what follows is what a person did or where from.
  const rest = text.slice(end + (after?.[0].length ?? 0), end + (after?.[0].length ?? 0) + 12);
  // Note: "priya n was the best supervisor": text-speak's "n" for "and" never stands before "was".
  const nameGoesOn =
    after !== null && (/^[urncybURNCYB]$/u.test(after[1]) ? NAME_IS_SAID_TO_BE.test(rest) : NAME_GOES_ON.test(rest));
  if (after && !/^[aAiI]$/u.test(after[1]) && (after[2] === "." || !nextIsWord || surnameLetter || nameGoesOn))
    end += after[0].length;
  const from = Math.max(0, start - 4);
  const before = /(?<![\p{L}\p{N}])[\p{L}]\.[ \t]?$/u.exec(text.slice(from, start));
  if (before && !/^[aAiI]/u.test(before[0])) start = from + before.index;
  const particles = SURNAME_PARTICLES.exec(text.slice(Math.max(0, start - 16), start));
  if (particles && /^\p{Lu}/u.test(text[start] ?? "")) start -= particles[0].length;
  const nickname = NICKNAME_PREFIX.exec(text.slice(Math.max(0, start - 8), start));
  if (nickname && (/^\p{Lu}/u.test(nickname[1]) || /^\p{Ll}/u.test(text[start]) || end - start === 1))
    start -= nickname[0].length;
  // Note: "call me Auntie B": a letter alone is a name only with the word for kin that makes it one.
  const kin = end - start <= 2 ? KIN_NICKNAME.exec(text.slice(Math.max(0, start - 8), start)) : null;
  if (kin) start -= kin[0].length;
  return start === detection.start && end === detection.end ? detection : { ...detection, start, end };
}

/** "HHJ van der Merwe", "Ms de Souza": lower-case particles in front of a surname are part of it. */
const SURNAME_PARTICLES =
  /(?<!\p{L})(?:(?:van|von|der|den|de|da|dos|das|di|del|della|du|ter|ten|bin|binti|ibn|al|el|ap)[ \t]){1,3}$/u;

/** "Auntie B", "Uncle T": the word for kin a letter's nickname is made with. */
const KIN_NICKNAME = /(?<!\p{L})(?:auntie|aunty|uncle)[ \t]$/iu;
/** After a name and a letter: where the person is from or what they did ("ravi k from …", "jo w rang"). */
const NAME_GOES_ON = /^[ \t]+(?:from|at|in|on|rang|said|called|emailed|texted|who|was|is|has|had)(?![\p{L}])/u;
const NAME_IS_SAID_TO_BE = /^[ \t]+(?:was|is|has|had)(?![\p{L}])/u;

/** "Big Kev", "big T", "Lil Dee": the word a nickname is made with is part of it. */
const NICKNAME_PREFIX = /(?<!\p{L})(big|lil|little|baby)[ \t]$/iu;

/** Words of dates that lead to a month or day meant as one ("on Thursday", "by April"). */
export const BEFORE_A_DATE = new Set(
  "in on by since until till from during of before after through last next this early late mid end every each".split(
    " ",
  ),
);
