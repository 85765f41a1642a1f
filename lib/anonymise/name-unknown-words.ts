// Lower-case words that no word list knows: field jargon, slips of typing, and the rest, which are likely names.
import { isListedEnglishWord, isListedProperNoun, isRarerEnglishWord } from "./english-words";
import { isKnownAcronym } from "./known-acronyms";
import { isEnglishWordForm, isOrdinaryWord } from "./known-words";
import { PERSON_INTRODUCERS } from "./name-cues";
import { nameLikeness } from "./name-likeness";
import { isAnyGivenName, type TokenFacts } from "./name-token-facts";

/** A lower-case word of four letters or more that is no English word, acronym of the field or near-miss typo. */
export function unknownLowerCaseWord(fact: TokenFacts): string | null {
  const { token } = fact;
  // Note: "o'brien", "o'connor": an Irish surname keeps its apostrophe, which no English word but "o'clock" has.
  if (!token.capitalised && /^o['’]\p{Ll}{3,}$/u.test(token.base) && token.folded.slice(2) !== "clock")
    return "Unknown word in a comment typed in lower case (most likely a name)";
  if (token.capitalised || token.base.length < 3 || /[\p{N}'’-]/u.test(token.base)) return null;
  if (token.base.length === 3 && !isAnyGivenName(token.base)) return null;
  if (fact.ordinary || fact.identity || fact.country || isEnglishWordForm(token.folded)) return null;
  if (isKnownAcronym(token.base) || PERSON_INTRODUCERS.has(token.folded) || JARGON.has(token.folded)) return null;
  if (isPluralOfJargon(token.folded)) return null;
  if (isTypoOfEnglish(token.folded) || isRarerEnglishWord(token.folded)) return null;
  if (isListedProperNoun(token.folded) && nameLikeness(token.base) <= PROPER_NOUN_NAME_LIKENESS) return null;
  return "Unknown word in a comment typed in lower case (most likely a name)";
}

/**
 * A dictionary's proper noun typed in lower case ("bowen", "vaughan") counts as a name when spelt a little more like one
 * than like English; festivals, brands and products ("christmas", "google") mostly fall below.
 */
const PROPER_NOUN_NAME_LIKENESS = 0.1;

/** Words of the field and of typing that no dictionary lists, and the capital and nations typed in lower case. */
export const JARGON = new Set(
  `cohort cohorts intake perinatal antenatal postnatal lado mash camhs ehcp sgo asye nqsw iro iros dsl cafcass ofsted caseload caseloads signposting signposted
  safeguarding workload workloads wellbeing rota rotas nrpf uasc yot yos cwd edt ftmr irh plo pep peps chrono
  chronology chronologies genogram genograms ecomap mosaic liquidlogic lcs ehm bsl esol adhd asd send sencos senco
  gonna wanna gotta innit tbh imo imho lol omg asap btw fyi etc aswell alot abit thats dont cant wont isnt didnt
  doesnt wasnt havent hasnt couldnt shouldnt wouldnt ive youre theyre theres whats lets thankyou ok okay hmm
  covid wfh hybrid teams zoom whatsapp email emails emailed emailing online offline shoutout shoutouts cert certs qual
  quals prac pracs mentee mentees resi resis perm perms temp temps bc bcos cos coz idk pls plz thx ty nb ps wk wks yr
  yrs mth mths hrs reg regs rec recs mgmt obvs locum locums helpdesk frontline rebook rebooked um umm erm er uh uhm ah
  eh hmm mm mmm timesheet timesheets handover handovers liaison brill domiciliary hijab uni ext tel mob dob ppl swe
  obs cin xmas appt appts incl conf accom indep approx hadnt arent werent aint mustnt neednt theyve youve weve theyll youll itll shes hes
  ive wouldve couldve shouldve mustve theyd youd payslip payslips paye regrade regraded
  london england scotland wales britain`.split(/\s+/u),
);

/**
 * "my manager tendai is great" in a comment otherwise typed with capitals: a lower-case word no word list, acronym
 * or jargon knows, that is no slip for an English word and is spelt clearly like a name.
 */
export function nameSpeltInLowerCase(fact: TokenFacts): string | null {
  if (!unknownLowerCaseWord(fact) || nameLikeness(fact.token.base) <= 0) return null;
  return "Lower-case word that is no English word and is spelt like a name";
}

/** "nqsws", "sws", "peps": an acronym or word of the field with a plural "s" typed on. */
function isPluralOfJargon(folded: string): boolean {
  const single = folded.replace(/s$/u, "");
  return single !== folded && single.length >= 2 && (JARGON.has(single) || isKnownAcronym(single.toUpperCase()));
}

/** A word of the field or of typing that no dictionary lists ("camhs", "tbh", "wfh"). */
export function isFieldJargon(folded: string): boolean {
  return JARGON.has(folded);
}

/** One slip from an English word: two letters swapped, or (for longer words) one letter too many. */
function isTypoOfEnglish(folded: string): boolean {
  for (let index = 0; index + 1 < folded.length; index++) {
    const swapped = folded.slice(0, index) + folded[index + 1] + folded[index] + folded.slice(index + 2);
    if (swapped !== folded && isWordAfterSlip(swapped, index + 2)) return true;
  }
  if (folded.length >= 6) {
    for (let index = 0; index < folded.length; index++) {
      if (isWordAfterSlip(folded.slice(0, index) + folded.slice(index + 1), index + 1)) return true;
    }
  }
  return false;
}

/** A word as listed, or an inflection of one when the slip is not in its ending ("heledd" is no slip for "helded"). */
function isWordAfterSlip(candidate: string, slipEnd: number): boolean {
  if (isOrdinaryWord(candidate) || isListedEnglishWord(candidate)) return true;
  return slipEnd <= candidate.length - 3 && isEnglishWordForm(candidate);
}
