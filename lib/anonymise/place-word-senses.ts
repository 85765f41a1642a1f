// What a word after a preposition of place may be without naming a place: the words of services, fixed phrases with
// "in", and words with an everyday sense.
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { isEnglishWordForm, isEverydayWord, isOrdinaryWord } from "./known-words";
import { GENERIC_WORDS } from "./organisation-detection";
import type { WordToken } from "./text-matching";

/**
 * What a lower-case word after "moved to" or "lives in" may be without being a place ("lives in fear", "grew up in care",
 * "gone up in years").
 */
export const NOT_A_PLACE_IN_LOWER_CASE =
  /^(?:care|fear|hope|tears|foster|temporary|emergency|supported|residential|hospital|prison|school|work|town|london|england|britain|uk|a|an|the|my|her|his|their|our|your|this|that|there|here|with|together|and|now|again|back|home|bed|full|part|time|private|rented|council|housing|accommodation|fostering|kinship|custody|secure|sheltered|halls|flats?|houses?|homes?|years|yrs|months|weeks|wks|days|hours|hrs|ages|decades|mins|minutes)$/u;

/**
 * Nouns "in" takes in fixed phrases that the lexicon may not know as everyday words: "sent in error", "in fact", "in
 * therapy", "families in poverty"; the departments of an office ("in comms") and the folders of a mailbox ("to junk").
 */
export const IN_IDIOMS =
  /^(?:error|limbo|situ|vain|earnest|lieu|toto|utero|absentia|parentis|loco|tow|cahoots|arrears|fact|theory|particular|terms|front|therapy|recovery|debt|poverty|transit|hindsight|jeopardy|uniform|truth|principle|retrospect|sight|fashion|vogue|unison|turmoil|disarray|trauma|pieces|flux|custody|deficit|jest|kindness|crisis|denial|distress|shock|need|touch|charge|general|practice|person|place|common|future|advance|order|line|time|lockdown|quarantine|isolation|pain|agony|danger|doubt|despair|awe|hiding|labour|residence|attendance|detention|bits|tatters|mind|hand|case|return|turn|effect|total|short|public|private|half|office|law|session|post|role|team|group|supervision|class|meeting|panel|conference|court|school|work|care|progress|tears|question|use|contact|touch|writing|detail|summary|comms|hr|finance|legal|payroll|admin|procurement|ops|operations|marketing|commissioning|facilities|estates|reception|junk|spam|inbox|drafts|voicemail)$/u;

const SERVICE_WORDS =
  /^(?:universal|credit|benefits?|temporary|accommodation|semi-independent|semi|independent|independence|childcare|year|reception|nursery|sixth|uni|university|college|school|work|adults?|children['’]?s?|residential|foster|fostering|care|kinship|custody|hospital|prison|secure|supported|lodgings|bail|remand|court|rehab|detox|refuge|shelter|hostel|perm|permanent|locum|agency|hosp|hospice)$/u;

export function isServiceWord(folded: string): boolean {
  return SERVICE_WORDS.test(folded) || GENERIC_WORDS.has(folded) || TEAM_DESCRIPTORS.has(folded);
}

/** A word the lexicon gives no everyday sense, and no noun of a fixed phrase with "in". */
export function hasNoEverydaySense(token: WordToken): boolean {
  if (IN_IDIOMS.test(token.folded) || isEverydayWord(token.base)) return false;
  // Note: "in scbu", "in wfh": a short word no dictionary holds is as likely an acronym typed small.
  if (!isEnglishWordForm(token.base)) return token.base.length >= 5;
  return !isOrdinaryWord(token.base, false);
}
