// A firm named in apposition to the noun for its kind, whatever its words mean: "our ifa bramble yard pays more",
// "a charity (open door) ran it", "the agency we use, tin kettle, never answer", "the charity paper lantern on cse".
import { isEnglishWordForm, isIdentityWord, wordTags } from "./known-words";
import { isLexiconGivenName } from "./name-lexicon";
import {
  DAYS_AND_MONTHS,
  detection,
  GENERIC_WORDS,
  insideAny,
  isLanguageName,
  type OrganisationKind,
  scanTokens,
} from "./organisation-detection";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Singular nouns for a kind of organisation, and the kind they name. */
const KIND_NOUNS: Record<string, OrganisationKind> = {
  ifa: "employer",
  agency: "agency",
  recruiter: "agency",
  charity: "employer",
  firm: "employer",
  company: "employer",
  provider: "employer",
  organisation: "employer",
  organization: "employer",
  nursery: "school",
  playgroup: "school",
  preschool: "school",
};
/** What opens a noun phrase, so that the kind word is a noun: "our ifa", "the charity", "a firm". */
const DETERMINERS = /^(?:the|our|my|their|a|an|this|that|his|her|your)$/u;
/** What a clause says after the firm's name, straight after it: "pays", "were", "never", "on", "for". */
const AFTER_A_NAME =
  /^(?:pays?|paid|are|were|is|was|r|never|always|still|have|has|had|do|does|did|said|says|told|sent|ran|runs|run|on|for|in|at|who|which|that|and|but|because|cos|so|then|keep|kept|took|takes|wont|wouldnt|didnt|dont|doesnt|cant)$/u;
/** Nouns that make a compound with the kind word ("the agency staff", "our ifa carers", "a charity shop"). */
const COMPOUND_NOUNS =
  /^(?:staff|workers?|social|carers?|placements?|rates?|fees?|pay|work|shop|shops|sector|model|lot|locums?|contracts?|managers?|spend|costs?|cover|nurses?|team|teams|side|shifts?|bank|bill|bills|reps?|consultants?|route|world|market|car|cars|policy|policies|rules?|system|website|site|app|email|emails|phone|number|office|offices|hours?|money|budget|funding|sw|sws|nqsw|asye|standards?|checks?|portal|timesheets?|payslips?|invoices?|profile|visit|visits|supervisor|supervision|training|panel|assessment|assessments|report|reports|worker's|director|boss|owner|name|names|people|person|guy|lady|woman|man)$/u;
/** Word classes no name's word is: what points, joins, describes how, counts or asks. */
const NOT_A_NAME_TAGS = [
  "Determiner",
  "Pronoun",
  "Preposition",
  "Conjunction",
  "Adverb",
  "Value",
  "QuestionWord",
  "Modal",
  "Copula",
  "Auxiliary",
  "Negative",
  "Possessive",
];
const MOST_WORDS = 3;
/** Words typed in comments that name nothing: "tbh", "lol", "obvs". */
const CHAT_WORDS =
  /^(?:tbh|lol|obvs|imo|tho|btw|fyi|idk|ngl|innit|etc|aka|eg|ie|ok|okay|yeah|yes|no|um|er|erm|uh|couldnt|wouldnt|shouldnt|didnt|doesnt|dont|cant|wont|isnt|wasnt|arent|werent|havent|hasnt|hadnt|aint|ive|ill|id|im)$/u;

/** Step 2b: "our ifa bramble yard pays", "a charity (open door)", "the agency we use, tin kettle, never answer". */
export function detectOrganisationsInApposition(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  return scanTokens(tokens, 1, (index) => {
    const noun = tokens[index];
    const kind = KIND_NOUNS[noun.folded];
    if (!kind || noun.possessive || !DETERMINERS.test(tokens[index - 1].folded)) return null;
    let first = index + 1;
    let gap = text.slice(noun.end, tokens[first]?.start ?? noun.end);
    // Note: "the ifa we use, tin kettle,": a short clause of who uses the firm may stand before the comma.
    if (/^[ \t]+$/u.test(gap) && /^(?:we|i|they)$/u.test(tokens[first]?.folded ?? "")) {
      const verb = tokens[first + 1];
      if (!verb || !/^(?:use|used|have|had|got)$/u.test(verb.folded)) return null;
      first += 2;
      gap = text.slice(verb.end, tokens[first]?.start ?? verb.end);
      if (!/^,[ \t]*$/u.test(gap)) return null;
    }
    const opening = /^(?:[ \t]*\([ \t]*|,[ \t]*|:[ \t]*|[ \t]+)$/u.exec(gap)?.[0];
    if (opening === undefined || !tokens[first]) return null;
    const last = lastNameWord(text, tokens, first);
    if (last < first) return null;
    const closing = text.slice(tokens[last].end, tokens[last].end + 3);
    const words = tokens.slice(first, last + 1);
    const bracketed = opening.includes("(") && /^[ \t]*\)/u.test(closing);
    const setOff = /^[,:]/u.test(opening.trim()) && /^[ \t]*(?:[,;.!?)\n-]|$)/u.test(closing);
    // Note: straight after the noun, the words name the firm only before a pause or what a clause says next, and one
    // word only if no dictionary holds it ("the charity shop", "our agency lot" are compounds).
    const after = tokens[last + 1];
    const closes =
      /^[ \t]*(?:[,;.!?)\n]|$)/u.test(closing) ||
      (after !== undefined &&
        /^[ \t]+$/u.test(text.slice(tokens[last].end, after.start)) &&
        AFTER_A_NAME.test(after.folded));
    // Note: "a nursery, bramble tots on the parade": after a comma too, the words run to what the clause says next.
    const direct =
      /^(?:[ \t]+|,[ \t]*)$/u.test(opening) &&
      closes &&
      !words.some(isVerbForm) &&
      (words.length > 1 || !isEnglishWordForm(words[0].base));
    if (!bracketed && !setOff && !direct) return null;
    // Note: "moved to an IFA last year": words of when after the kind say when, not which.
    if (words.some((word) => WHEN_WORDS.test(word.folded))) return null;
    // Note: "the agency, Priya, rang": one given name set off after the kind is who spoke for it.
    if (words.length === 1 && isLexiconGivenName(words[0].base)) return null;
    if (insideAny(allowed, tokens[first].start, tokens[last].baseEnd)) return null;
    const reason = "Firm named beside the noun for its kind (“our ifa bramble yard”)";
    return { detection: detection(tokens[first].start, tokens[last].baseEnd, kind, reason, "nlp"), last };
  });
}

const WHEN_WORDS =
  /^(?:last|next|year|years|week|weeks|month|months|day|days|night|term|yesterday|today|tomorrow|ago)$/u;

/** The last of up to three spaced words from `first` that could be a name's; `first - 1` when the first is none. */
function lastNameWord(text: string, tokens: WordToken[], first: number): number {
  let last = first - 1;
  for (let at = first; at < tokens.length && at - first < MOST_WORDS; at++) {
    const word = tokens[at];
    if (at > first && !/^[ \t]+$/u.test(text.slice(tokens[at - 1].end, word.start))) break;
    if (at > first && tokens[at - 1].possessive) break;
    if (!couldBeNameWord(word)) break;
    last = at;
  }
  // Note: "the agency staff", "our ifa carers": a compound's noun first is no name.
  if (last >= first && COMPOUND_NOUNS.test(tokens[first].folded)) return first - 1;
  return last;
}

function couldBeNameWord(token: WordToken): boolean {
  const { folded, base } = token;
  if (base.length < 2 || /\p{N}/u.test(base) || GENERIC_WORDS.has(folded) || KIND_NOUNS[folded]) return false;
  if (isIdentityWord(base) || isLanguageName(folded) || AFTER_A_NAME.test(folded) || CHAT_WORDS.test(folded))
    return false;
  const tags = wordTags(base);
  return !NOT_A_NAME_TAGS.some((tag) => tags.has(tag));
}

/** "the agency found nobody": a word the dictionary holds only as a verb's form tells what the firm did. */
function isVerbForm(token: WordToken): boolean {
  const tags = wordTags(token.base);
  return (tags.has("PastTense") || tags.has("PresentTense") || tags.has("Gerund")) && !tags.has("Noun");
}

/**
 * "run by Kinship, the charity, and", "Bridgeway, an agency in Kent,": capitalised words set off before "the" or "a"
 * and the noun for their kind name a firm, even one named by a word of the field ("Kinship"). A national body the
 * project never redacts ("Cafcass, the agency") stays.
 */
export function detectOrganisationsBeforeTheirKind(
  text: string,
  tokens: WordToken[],
  allowed: { start: number; end: number }[],
): Detection[] {
  const detections: Detection[] = [];
  for (let index = 2; index < tokens.length; index++) {
    const kind = KIND_NOUNS[tokens[index].folded];
    if (!kind || !/^(?:the|a|an)$/u.test(tokens[index - 1].folded)) continue;
    const last = index - 2;
    if (!/^,[ \t]+$/u.test(text.slice(tokens[last].end, tokens[index - 1].start))) continue;
    if (
      !/^[ \t]*(?:[,;.!?)\n]|$|[ \t]+(?:in|on|that|which|who|run|based)(?![\p{L}]))/u.test(
        text.slice(tokens[index].end),
      )
    )
      continue;
    let first = last;
    while (
      first > 0 &&
      last - first < MOST_WORDS - 1 &&
      tokens[first - 1].capitalised &&
      !tokens[first].sentenceInitial
    ) {
      if (!/^[ \t]+$/u.test(text.slice(tokens[first - 1].end, tokens[first].start))) break;
      first--;
    }
    // Note: "In September, a company …": a preposition opening the sentence, a month or a day names no firm.
    while (first < last && wordTags(tokens[first].folded).has("Preposition")) first++;
    const words = tokens.slice(first, last + 1);
    if (!words.every((word) => word.capitalised) || words.some((word) => isIdentityWord(word.base))) continue;
    if (words.some((word) => DAYS_AND_MONTHS.test(word.folded))) continue;
    if (words.length === 1 && (words[0].sentenceInitial || isLexiconGivenName(words[0].base))) continue;
    const start = tokens[first].start;
    const end = tokens[last].baseEnd;
    if (insideAny(allowed, start, end) && !words.every((word) => isEnglishWordForm(word.folded))) continue;
    detections.push(
      detection(start, end, kind, "Firm set off before the noun for its kind (“Kinship, the charity,”)", "nlp"),
    );
  }
  return detections;
}
