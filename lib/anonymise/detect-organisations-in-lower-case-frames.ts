// In a comment typed in lower case, a word with no everyday sense in a frame kept for a firm or a place: "now with
// hammock", "interpreter from word bridge", "a hotel in trellis", "worked from crumpet mostly".
import { isListedPlaceWord, ROLE_NOUNS } from "./detect-organisations-by-context";
import { isOfAnArea } from "./detect-organisations-by-preposition";
import { findAllowedSpans, isCountryOrRegion, isEverydayWord, isIdentityWord, wordTags } from "./known-words";
import { isLexiconFamilyName, isLexiconGivenName } from "./name-lexicon";
import { detection, GENERIC_WORDS, isLanguageName, scanTokens } from "./organisation-detection";
import { hasNoEverydaySense, IN_IDIOMS, isServiceWord, NOT_A_PLACE_IN_LOWER_CASE } from "./place-word-senses";
import { isTypedInLowerCase, tokeniseWords, type WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Prepositions that put a firm or service after them in talk about work, placements and pay. */
const FIRM_PREPOSITIONS = /^(?:with|w|thru|through|via|for|by|joined|recommend|rejoined)$/u;
/** Prepositions that put a place after them: "a unit in trellis", "out near sprocket", "covering all of walnut". */
const PLACE_PREPOSITIONS = /^(?:in|near|round|around|across|outside)$/u;
/** People and things that come from a firm: "the interpreter from word bridge", "agency colleague from parallel". */
const FROM_A_FIRM =
  /^(?:interpreters?|translators?|colleagues?|collegues?|locums?|consultants?|recruiters?|someone|somebody|worker|workers|staff|reps?|isw|carers?|manager|sw|sws|lady|guy|woman|man|bloke)$/u;
/** Talk that makes a bare word after "with" or "through" a firm: agencies, placements, pay, interpreters, landlords. */
export const FIRM_TALK =
  /\b(?:agenc(?:y|ies)|locum\w*|recruit\w*|umbrella|timesheets?|payslips?|paid|pay|rates?|landlord|housing|interpret\w*|consultants?|ifas?|fostering|foster|provider|placement|placed|registered|contract|signed|perm|job)\b/iu;
const NOT_A_FIRM_TAGS = [
  "Determiner",
  "Pronoun",
  "Preposition",
  "Adverb",
  "Value",
  "Conjunction",
  "QuestionWord",
  "Modal",
];
const NOT_A_NAME_TAGS = [...NOT_A_FIRM_TAGS, "Verb", "Plural", "Adjective"];
/** Words typed in comments without their apostrophe or in short, which name nothing. */
export const CHAT_WORDS =
  /^(?:hes|shes|ive|im|id|ill|youre|theyre|weve|dont|cant|wont|didnt|isnt|wasnt|arent|cos|coz|tbh|obvs|lol|perm|temp|locum|agency|yrs|mths|wks|hrs|mins|asap|tho|thru|abt|mgmt|mgr|appt|xmas|esp|prob|def|uni|nqsw|asye)$/u;

/**
 * Step 2b, in lower case: after "with", "through", "via", "for" or "by" in talk of agencies, pay or placements, or
 * after someone "from", a word with no everyday sense is a firm; after "in", "near" or "around" it is a place.
 */
export function detectNamesInLowerCaseFrames(text: string): Detection[] {
  if (!isTypedInLowerCase(text)) return [];
  const tokens = tokeniseWords(text);
  const firmTalk = FIRM_TALK.test(text);
  return scanTokens(tokens, 1, (index) => {
    const token = tokens[index];
    const before = tokens[index - 1];
    // Note: every frame here opens with one of these words; any other word is passed before the word is read.
    if (token.capitalised || !CUE_WORDS.has(before.folded)) return null;
    // Note: "the interpreter from word perfect", "agency collegue from parallel": after someone "from", a firm's name
    // may be any word that is no word of the work or of talk.
    if (
      before.folded === "from" &&
      FROM_A_FIRM.test(tokens[index - 2]?.folded ?? "") &&
      !WHICH_OR_WHEN.test(token.folded)
    ) {
      const last = secondWord(text, tokens, index, (next) => couldNameAFirm(next) && !wordTags(next.base).has("Verb"));
      if (couldNameAFirm(token) && (last > index || findAllowedSpans(token.base, token.folded).length === 0)) {
        const reason = "Word after someone “from”, in lower case (“the interpreter from word perfect”)";
        return { detection: detection(token.start, tokens[last].baseEnd, "agency", reason, "nlp"), last };
      }
    }
    // Note: "in bluebell", "near cobweb": after a preposition of place a given name is a town's name too.
    // Note: "a locum role in medway thru forge, £42/hr": in talk of agencies, a plain noun after "thru" or "via",
    // closed by a pause or a word of when, is the firm, though an everyday word.
    if (
      firmTalk &&
      /^(?:thru|through|via)$/u.test(before.folded) &&
      isPlainWord(token) &&
      !CHANNELS.test(token.folded) &&
      !wordTags(token.base).has("Adjective") &&
      !ARRIVED.test(tokens[index - 2]?.folded ?? "")
    ) {
      const rest = text.slice(token.end, token.end + 12);
      if (
        /^(?:[ \t]*[,.;:!?)(£\n]|[ \t]*$|[ \t]+(?:for|then|and|n|since|till|until|but|before|after|now)\b)/u.test(rest)
      ) {
        const reason = "Plain word after “thru” or “via” in talk of agencies, in lower case (“thru forge, £42/hr”)";
        return { detection: detection(token.start, token.baseEnd, "agency", reason, "nlp"), last: index };
      }
    }
    // Note: "locum with harvest for 3 yrs": in talk of agencies, whom someone was with for a stretch of time.
    if (firmTalk && /^(?:with|w)$/u.test(before.folded) && isPlainWord(token) && !CHANNELS.test(token.folded)) {
      const person = ROLE_NOUNS.test(token.folded) || GENERIC_WORDS.has(token.folded) || isLexiconGivenName(token.base);
      if (!person && FOR_A_STRETCH.test(text.slice(token.end, token.end + 24))) {
        const reason =
          "Plain word someone was with for a stretch of time, in talk of agencies (“with forge for 3 yrs”)";
        return { detection: detection(token.start, token.baseEnd, "agency", reason, "nlp"), last: index };
      }
    }
    const pair = before.folded === "from" ? interpretingFirmPair(text, tokens, index) : index;
    if (pair > index) {
      const reason = "Two words after an interpreter “from”, in lower case (“the interpreter from tin kettle”)";
      return { detection: detection(token.start, tokens[pair].baseEnd, "interpreting", reason, "nlp"), last: pair };
    }
    const placeFrame = PLACE_PREPOSITIONS.test(before.folded) || isOfAnArea(tokens, index - 1);
    if (!couldName(token, placeFrame)) return null;
    if (
      !/^[ \t]+$/u.test(text.slice(before.end, token.start)) &&
      !/^\/[ \t]*$/u.test(text.slice(before.end, token.start))
    )
      return null;
    const last = secondWord(text, tokens, index);
    const end = tokens[last].baseEnd;
    if (placeFrame) {
      const reason = "Word with no everyday sense after a preposition of place, in lower case (“a unit in trellis”)";
      return { detection: place(token.start, end, reason), last };
    }
    // Note: "a contract through the pinnacle": in talk of agencies, "the" may stand between "through" and the firm.
    if (before.folded === "the") {
      const through = tokens[index - 2];
      if (!firmTalk || !through || !/^(?:thru|through|via)$/u.test(through.folded)) return null;
      // Note: "paid through the umbrella": a word of agency talk is what the firm works by, not its name.
      if (THROUGH_THE_IDIOMS.test(token.folded) || FIRM_TALK.test(token.folded)) return null;
      if (!/^[ \t]+$/u.test(text.slice(through.end, before.start)) || !isBare(text, tokens, index)) return null;
      const reason = "Word with no everyday sense after “through the” where a firm is named, in lower case";
      return { detection: detection(token.start, end, "agency", reason, "nlp"), last };
    }
    const fromSomeone = before.folded === "from" && FROM_A_FIRM.test(tokens[index - 2]?.folded ?? "");
    const inSequence = firmTalk && isNextInASequence(text, tokens, index, last);
    if (fromSomeone || inSequence || (firmTalk && FIRM_PREPOSITIONS.test(before.folded))) {
      const reason = "Word with no everyday sense where a firm is named, in lower case (“now with hammock”)";
      return { detection: detection(token.start, end, "agency", reason, "nlp"), last };
    }
    // Note: "sending me to trellis for court", "shes from kipper", "the hearing at wicker": a word no dictionary gives an
    // everyday sense, bare after "to", "from" or "at", is somewhere.
    if (/^(?:at|to|from)$/u.test(before.folded) && isBare(text, tokens, index) && !isInfinitive(tokens, index)) {
      const reason = "Word with no everyday sense after “at”, “to” or “from”, in lower case (“the hearing at wicker”)";
      return { detection: place(token.start, end, reason), last };
    }
    return null;
  });
}

/** "for 3 yrs", "for six months", "for a year": a stretch of time after whom someone was with. */
const FOR_A_STRETCH =
  /^[ \t]+for[ \t]+(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|about|nearly|over)[ \t]+(?:\w+[ \t]+)?(?:yrs?|years?|months?|mths?|wks|weeks)(?![\p{L}])/u;
/** "came thru late", "pulled through fine": "through" of arriving or getting past, which takes no firm. */
const ARRIVED =
  /^(?:came|come|comes|coming|pulled|pull|fell|fall|falls|sailed|pushed|broke|slipped|got|get|gets|getting|been)$/u;
/** What work or pay also comes through that names no firm: "thru email", "via teams", "through work", "thru uni". */
export const CHANNELS =
  /^(?:email|emails|text|texts|phone|call|calls|teams|zoom|work|uni|school|college|council|agency|agencies|umbrella|payroll|paye|linkedin|indeed|facebook|whatsapp|referral|friend|friends|word|mouth|post|portal|app|website|framework|contract|hmrc|dbs|it|them|that|this|mail|letter|court|cafcass|nhs|government|gov|recruitment|interview|training|placement|placements|hell|life|covid|lockdown|probation|asye|nqsw|supervision|practice|experience|volunteering|fostering|adoption|kinship|care|system|process|motions|doors|door|roof|floor|night|day|week|weeks|months|years)$/u;

/** Words that say which or when, not whose: "the interpreter from last week", "interpreters from other areas". */
export const WHICH_OR_WHEN =
  /^(?:last|next|other|another|different|same|previous|various|local|national|abroad|home|overseas|before|today|yesterday|time|week|weeks|month|months|year|years|day|days|now|then|court|school|work|agency|agencies|council|services?|hospital|there|here)$/u;

/**
 * "the interpreters from tin kettle are late": after an interpreter or translator "from", two plain words closed by a
 * verb or a pause are the firm's name, whatever they mean; the last of them, or `index` when there are none.
 */
function interpretingFirmPair(text: string, tokens: WordToken[], index: number): number {
  if (!/^(?:interpreters?|translators?)$/u.test(tokens[index - 2]?.folded ?? "")) return index;
  const [first, second, after] = [tokens[index], tokens[index + 1], tokens[index + 2]];
  if (!second || first.possessive || !/^[ \t]+$/u.test(text.slice(first.end, second.start))) return index;
  if (![first, second].every((word) => isPlainWord(word))) return index;
  const closed =
    /^[ \t]*(?:[,.;:!?)\n]|$)/u.test(text.slice(second.end, second.end + 2)) ||
    (after !== undefined &&
      /^(?:is|was|are|were|r|never|always|keep|kept|said|didnt|wont|cancelled|sent|turned|came)$/u.test(after.folded));
  return closed ? index + 1 : index;
}

function isPlainWord(token: WordToken): boolean {
  if (token.capitalised || token.base.length < 3 || /\p{N}/u.test(token.base) || WHICH_OR_WHEN.test(token.folded))
    return false;
  if (CHAT_WORDS.test(token.folded) || isLanguageName(token.folded) || isIdentityWord(token.base)) return false;
  const tags = wordTags(token.base);
  return !NOT_A_FIRM_TAGS.some((tag) => tags.has(tag)) && !tags.has("Plural") && !tags.has("PastTense");
}

/** "put through the wringer", "through the mill": idioms after "through the", which name no firm. */
const THROUGH_THE_IDIOMS = /^(?:wringer|ringer|mill|motions|roof|floor|grapevine|cracks|net|hoops|backdoor)$/u;

const CUE_WORDS = new Set(
  "with w thru through via for by joined recommend rejoined in near round around across outside of from at to then now that the".split(
    " ",
  ),
);

/** "word bridge", "lintel walnut": a second word with no everyday sense straight after the first is the name's too. */
function secondWord(
  text: string,
  tokens: WordToken[],
  index: number,
  accepts: (token: WordToken) => boolean = (next) => couldName(next),
): number {
  const next = tokens[index + 1];
  if (
    !next ||
    next.capitalised ||
    tokens[index].possessive ||
    !/^[ \t]+$/u.test(text.slice(tokens[index].end, next.start))
  )
    return index;
  return accepts(next) ? index + 1 : index;
}

/**
 * "went with Pinnacle first then Tribe then back to perm", "mostly with sprat personnel n now crumpet", "before that
 * Liberty.": in talk of agencies, a name after "then", "now" or "before that", closed by a pause or the next step, is
 * the next firm.
 */
export function isNextInASequence(text: string, tokens: WordToken[], index: number, last: number): boolean {
  const before = tokens[index - 1];
  const sequence =
    /^(?:then|now)$/u.test(before.folded) ||
    (before.folded === "that" && /^(?:before|after)$/u.test(tokens[index - 2]?.folded ?? ""));
  if (!sequence || !/^[ \t]+$/u.test(text.slice(before.end, tokens[index].start))) return false;
  const rest = text.slice(tokens[last].end, tokens[last].end + 12);
  return /^(?:['’]s)?[ \t]*(?:[,.;:!?)(]|$|(?:then|and|n|now|for|before|after)\b)/u.test(rest);
}

/** "need to rebook", "want to practise": after "to", a verb's infinitive; after "spoke to", a person. */
const TAKES_AN_INFINITIVE =
  /^(?:want|wants|wanted|need|needs|needed|have|has|had|going|gonna|able|try|trying|tried|used|like|love|hate|started|start|begin|how|got|ought|asked|told|having|supposed|meant|allowed|expected|trained|learn|learning|remember|forgot|chance|time|way)$/u;

/** "shoutout to marites", "spoke to tulip": after these, "to" opens a person. */
const TO_A_PERSON =
  /^(?:shoutout|shout|thanks|thank|spoke|speak|speaking|talk|talked|talking|said|say|told|listen|listened|chat|chatted|handed|gave|give|wrote|write|ask|married|engaged|related|sister|brother|mum|dad|next)$/u;

function isInfinitive(tokens: WordToken[], index: number): boolean {
  if (tokens[index - 1].folded !== "to") return false;
  if (TO_A_PERSON.test(tokens[index - 2]?.folded ?? "")) return true;
  return TAKES_AN_INFINITIVE.test(tokens[index - 2]?.folded ?? "") || /(?:ise|ize|ate)$/u.test(tokens[index].folded);
}

/** Not the first word of a longer phrase: "to trellis for court", not "to pewter dates". */
function isBare(text: string, tokens: WordToken[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || tokens[index].possessive || !/^[ \t]+$/u.test(text.slice(tokens[index].end, next.start))) return true;
  const tags = wordTags(next.base);
  return !tags.has("Noun") || tags.has("Pronoun");
}

/** Any word but a word of the work, of talk or of a fixed phrase: "word perfect", "parallel", "hell" not "home". */
function couldNameAFirm(token: WordToken): boolean {
  const { folded, base } = token;
  if (token.capitalised || base.length < 4 || /\p{N}/u.test(base) || CHAT_WORDS.test(folded)) return false;
  if (NOT_A_PLACE_IN_LOWER_CASE.test(folded) || IN_IDIOMS.test(folded) || isServiceWord(folded)) return false;
  if (isEverydayWord(base) || isIdentityWord(base) || isLanguageName(folded) || isCountryOrRegion(base)) return false;
  if (isListedPlaceWord(folded)) return false;
  const tags = wordTags(base);
  return (
    !NOT_A_FIRM_TAGS.some((tag) => tags.has(tag)) && !/^(?:hell|abroad|overseas|scratch|agency|another)$/u.test(folded)
  );
}

function couldName(token: WordToken, namesToo = false): boolean {
  const { folded, base } = token;
  if (base.length < 4 || /\p{N}/u.test(base) || CHAT_WORDS.test(folded) || NOT_A_PLACE_IN_LOWER_CASE.test(folded))
    return false;
  if (isServiceWord(folded) || isIdentityWord(base) || isLanguageName(folded) || isCountryOrRegion(base)) return false;
  // Note: "at christmas", "from cafcass": the terms that are never redacted, typed in lower case.
  if (isListedPlaceWord(folded) || findAllowedSpans(base, folded).length > 0) return false;
  // Note: a given name or surname in lower case is the name detector's to find, as a person.
  if (!namesToo && (isLexiconGivenName(base) || isLexiconFamilyName(base))) return false;
  const tags = wordTags(base);
  if (NOT_A_NAME_TAGS.some((tag) => tags.has(tag))) return false;
  return hasNoEverydaySense(token);
}

function place(start: number, end: number, reason: string): Detection {
  return { start, end, category: "place", reason, source: "nlp", replacement: "[place]" };
}
