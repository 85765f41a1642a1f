import { findPhoneNumbersInText, isPossiblePhoneNumber } from "libphonenumber-js";
import { detectSpokenPhoneNumbers } from "./detect-spoken-phone-numbers";
import { detectAddresses } from "./detect-structured-addresses";
import { detectDates } from "./detect-structured-dates";
import { codePointBefore, startingAtCapitals } from "./text-matching";
import type { Detection, RedactionCategory } from "./types";

export { detectDates };

const STRUCTURED_REPLACEMENT: Record<string, string> = {
  email: "[email]",
  phone: "[phone]",
  postcode: "[postcode]",
  nhs_number: "[NHS number]",
  ni_number: "[NI number]",
  url: "[url]",
  case_number: "[case number]",
  date: "[date]",
};

/**
 * Social Work England registration numbers: "SW" and four to seven digits, any case, with a space, hyphen, dot or
 * slash after "SW" and spaces or hyphens between groups of digits ("SW 1045 22"); a letter O typed for a zero among
 * at least four digits still counts ("sw 40O912").
 */
const REGISTRATION_NUMBER =
  /(?<![\p{L}\p{N}])sw[ \t./-]?\d(?:[ -]?\d){3,6}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])sw[ \t./-]?(?=[\dOo]{5,7}(?![\p{L}\p{N}]))(?=(?:[Oo]*\d){4})[\dOo]{5,7}(?![\p{L}\p{N}])/giu;

/**
 * Words that introduce a case, record, client or staff reference, a police log, incident or crime number, or a ticket or
 * complaint number.
 */
const REFERENCE_CUE =
  /(?<![\p{L}\p{N}])(?:ref(?:erence)?s?|case|cases|record|records|file|client|child|person|worker|staff|employee|payroll|registration|reg|mosaic|lcs|ics|ehm|eclipse|liquidlogic|carefirst|protocol|id|cid|pid|upn|uln|nhs|swe|referral|referrals|cin|cp|cla|lac|cpp|no\.?|number|#|log|incident|crime|occurrence|cad|urn|crn|pnc|ticket|complaint)(?![\p{L}\p{N}])/giu;
/** The words that introduce a reference are redacted with it ("case ref 22/0417" → "[case number]"). */
const REFERENCE_LABEL =
  /(?<![\p{L}\p{N}])(?:(?:mosaic|lcs|ics|ehm|eclipse|liquidlogic|carefirst|case|client|child|person|record|file|referral|worker|staff|swe|registration|reg|nhs|cin|cp|cla|lac|cpp)\s+)?(?:ref(?:erence)?s?|number|no\.?|id|num)?(?:\s+for\s+(?:him|her|them|the\s+\p{L}+))?(?:\s+(?:is|was))?\s*[:#.]?\s*$/iu;
/** What may stand between the cue and the reference: "no.", "number", "ref", "ID", "is", ":", "#". */
const REFERENCE_LINK =
  /^(?:[ \t]*(?:no\.?|nos\.?|number|num|ref\.?|reference|id|is|was|was:|of|#|:|-|–|for (?:him|her|them|the (?:child|baby|mum|mother|dad|father|family|boy|girl))|['’]s|,|er|erm|um|uh)(?![\p{L}\p{N}]))*[ \t]*[:#]?[ \t]*/iu;
/**
 * A reference with at least three digits, in many shapes: 88213, 22/0417, CN-20931, AB12/3345, 2023-0045-C, in
 * groups with a check digit ("55 0912 3"), or read out digit by digit ("0 4 5 6 7 8").
 */
const REFERENCE =
  /^(?:\d(?: \d){4,11}(?![\p{L}\p{N}])|(?:\p{Lu}{1,5}[ \t]?[-/]?[ \t]?|\p{L}{1,5}[-/]|\p{Ll}{1,2}(?=\d)){0,2}\d[\d/.-]{0,14}(?:(?: \d{2,5}(?![.,]\d)){1,2}(?: \d(?=[ \t]*(?:[,;:)!?]|\.(?!\d)|$)|\s+(?:is|was|has|had|and|but|for|on|in|which|that|closed|opened)\b))?)?(?:[\p{L}]{1,3}\d{0,6})?(?![\p{L}\p{N}]))/u;

const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

// Note: a match may start only where the address's first part does, so a long run without "@" is read once, not once a letter.
/** An address from where its local part starts; each "@" is looked for first and its local part walked back to. */
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const EMAIL_LOCAL_CHARACTER = /^[\p{L}\p{N}._%+'-]$/u;
const URL_WITH_SCHEME_OR_WWW = /(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)[^\s<>"]+/giu;
/** A domain with a known ending, any country's second level ("co.za", "org.ng") included, or any domain with a path ("bit.ly/…"). */
const BARE_DOMAIN =
  /(?<![\p{L}\p{N}@./-])(?:[a-z0-9-]+\.)+(?:(?:gov|org|co|nhs|ac|sch|police|com|net|edu)\.[a-z]{2}|com|org|net|io|info|biz|app|online|site|uk|ie|eu|za|ng|gh|ly|me|tv)(?:\/[^\s<>"]*)?(?![\p{L}\p{N}])/giu;
const DOMAIN_WITH_PATH = /(?<![\p{L}\p{N}@./-])(?:[a-z0-9-]+\.)+[a-z]{2,6}\/[^\s<>"]*[\p{L}\p{N}]/giu;

const UK_PHONE = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:\\+|00)\\s?44[\\s.-]?(?:\\(0\\)[\\s.-]?)?|\\(?0)\\d(?:[\\s.-]?\\)?[\\s.-]?\\d){8,10}(?!\\p{N})`,
  "gu",
);

// Note: a look-ahead for the first letter, before the look-behind, lets most positions fail at once on long text.
const POSTCODE = new RegExp(
  `(?=[A-PR-UWYZ])${NOT_WORD_BEFORE}[A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?\\s?[0-9][ABD-HJLNP-UW-Z]{2}${NOT_WORD_AFTER}`,
  "giu",
);
/** The two-letter postcode areas of London and the South East. */
const SOUTH_EAST_AREAS =
  "BN BR CR CT DA EC EN GU HA HP IG KT ME MK NW OX PO RG RH RM SE SL SM SO SW TN TW UB WC WD".split(" ");
const POSTCODE_DISTRICT = new RegExp(
  `(?=[A-Z]{2}[0-9])${NOT_WORD_BEFORE}(?:${SOUTH_EAST_AREAS.join("|")})[0-9]{1,2}[A-Z]?${NOT_WORD_AFTER}`,
  "gu",
);
/**
 * Phone-shaped numbers a validity check would miss: mistyped lengths ("07700 900 1234"), "44" without its plus,
 * and a spaced leading zero ("0 7700 900 123"). An extension alone ("ext. 310") is not one.
 */
const PHONE_SHAPE = /(?<![\p{L}\p{N}+])(?:0 ?[1-9](?:[ .-]?\d){8,11}|44[ .-]?[1-9](?:[ .-]?\d){8,9})(?![\p{N}])/gu;
/** The UK's other postcode areas: a district of one counts only after a place name ("Hinckley LE10", "Colchester, CO3"). */
const POSTCODE_DISTRICT_AFTER_PLACE = new RegExp(
  `(?=[A-Z]{2}[0-9])(?<=\\p{Lu}[\\p{L}'’-]+,?[ \t]+)(?:AB|AL|BA|BB|BD|BH|BL|BS|CA|CB|CF|CH|CM|CO|CV|CW|DD|DE|DG|DH|DL|DN|DT|DY|EH|EX|FK|FY|GL|HD|HG|HR|HU|HX|IP|KA|KW|KY|LA|LD|LE|LL|LN|LS|LU|ML|NE|NG|NN|NP|NR|PA|PE|PH|PL|PR|SA|SG|SK|SN|SP|SR|SS|ST|SY|TA|TD|TF|TQ|TR|TS|WA|WF|WN|WR|WS|WV|YO|ZE)[0-9]{1,2}[A-Z]?${NOT_WORD_AFTER}`,
  "gu",
);
/** "Northfields Surgery, W13", "London E17": London's one-letter areas after a name's comma mid-sentence, or "London". */
const LONDON_DISTRICT_IN_ADDRESS = new RegExp(
  `(?=[ENW][0-9])(?<=(?:\\p{L}[ \t]+\\p{Lu}[\\p{L}'’-]+,|London)[ \t]+)[ENW][0-9]{1,2}[A-Z]?${NOT_WORD_AFTER}`,
  "gu",
);
/**
 * A district said as where someone is, in any case ("from e15 to ig11", "moved to N17"): London's one-letter areas
 * and the areas of London and the South East, only straight after a word of place, as "w1" or "e5" alone could be
 * anything (Medway's "ME" is left to the upper-case rule: "to me2" is text speak).
 */
const POSTCODE_DISTRICT_AFTER_PREPOSITION = new RegExp(
  `(?=[A-Z]{1,2}[0-9])(?<=(?<![\\p{L}\\p{N}])(?:in|from|to|at|near|round|around|towards|and|or)[ \t]+)(?:${[...SOUTH_EAST_AREAS.filter((area) => area !== "ME"), "E", "N", "W"].join("|")})[0-9]{1,2}[A-Z]?${NOT_WORD_AFTER}`,
  "giu",
);
const NHS_NUMBER = /(?<![\p{N}])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\p{N}])/gu;
const NI_NUMBER = new RegExp(
  `${NOT_WORD_BEFORE}[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D]${NOT_WORD_AFTER}`,
  "giu",
);
/**
 * Letters and digits joined by "/" or "-", from where such a run starts, and only a run with a digit in it. Note: the
 * look-ahead spares a long text a match for each of its words; a run with a digit starts where a run would start.
 */
const ALPHANUMERIC_CODE =
  /(?<![\p{L}\p{N}]|[\p{L}\p{N}][/-])(?=[\p{L}\p{N}/-]*?[0-9])[\p{L}\p{N}](?:[\p{L}\p{N}]|[/-](?=[\p{L}\p{N}]))*/gu;

/** Step 1: identifiers with a recognisable shape (contact details, reference numbers, specific dates). */
export function detectStructured(text: string): Detection[] {
  return [
    ...detectEmails(text),
    ...detectUrls(text),
    ...detectPhones(text),
    ...detectPostcodes(text),
    ...detectNhsNumbers(text),
    ...detectNiNumbers(text),
    ...detectCaseNumbers(text),
    ...detectRegistrationNumbers(text),
    ...detectReferences(text),
    ...detectCodes(text),
    ...detectDates(text),
    ...detectAddresses(text),
  ];
}

function structured(category: RedactionCategory, start: number, end: number, reason: string): Detection {
  return { start, end, category, reason, source: "structured", replacement: STRUCTURED_REPLACEMENT[category] };
}

export function detectEmails(text: string): Detection[] {
  const detections: Detection[] = [];
  let floor = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const start = localPartStart(text, at);
    if (start === at || start < floor) continue;
    EMAIL.lastIndex = start;
    const match = EMAIL.exec(text);
    if (!match) continue;
    floor = start + match[0].length;
    const value = match[0].replace(/[.-]+$/u, "");
    detections.push(structured("email", start, start + value.length, "Email address"));
  }
  return detections;
}

/** Where the run of characters an address's local part may hold, ending at `at`, starts (a whole code point at a time). */
function localPartStart(text: string, at: number): number {
  let start = at;
  while (start > 0) {
    const before = codePointBefore(text, start);
    if (!EMAIL_LOCAL_CHARACTER.test(before)) break;
    start -= before.length;
  }
  return start;
}

export function detectUrls(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const pattern of [URL_WITH_SCHEME_OR_WWW, BARE_DOMAIN, DOMAIN_WITH_PATH]) {
    for (const match of text.matchAll(pattern)) {
      const value = trimUrl(match[0]);
      if (value.length < 5 || detections.some((found) => found.start === match.index)) continue;
      detections.push(structured("url", match.index, match.index + value.length, "Web address"));
    }
  }
  return detections;
}

function trimUrl(value: string): string {
  let trimmed = value.replace(/[.,;:!?'’"]+$/u, "");
  while (trimmed.endsWith(")") && count(trimmed, "(") < count(trimmed, ")")) {
    trimmed = trimmed.slice(0, -1).replace(/[.,;:!?]+$/u, "");
  }
  return trimmed;
}

function count(value: string, character: string): number {
  return value.split(character).length - 1;
}

export function detectPhones(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(UK_PHONE)) {
    const unbalanced = match[0].startsWith("(") && !match[0].includes(")");
    const start = unbalanced ? match.index + 1 : match.index;
    if (isPossibleUkNumber(match[0])) {
      detections.push(structured("phone", start, match.index + match[0].length, "UK phone number"));
    }
  }
  detections.push(...detectSpokenPhoneNumbers(text));
  for (const match of text.matchAll(PHONE_SHAPE)) {
    detections.push(structured("phone", match.index, match.index + match[0].length, "Number in phone shape"));
  }
  for (const found of findPhoneNumbersInText(text, { defaultCountry: "GB" })) {
    // Note: the matcher sometimes runs on across ", " into the next number; cut there and re-check.
    const raw = text.slice(found.startsAt, found.endsAt);
    const cut = raw.search(/[,;\n]/u);
    const value = (cut === -1 ? raw : raw.slice(0, cut)).trimEnd();
    if (!isPossiblePhoneNumber(value, "GB")) continue;
    detections.push(structured("phone", found.startsAt, found.startsAt + value.length, "Phone number"));
  }
  return detections;
}

function isPossibleUkNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "");
  let national: string;
  if (/^\s*(?:\+|00)/u.test(candidate)) {
    const afterCountryCode = digits.replace(/^(?:00)?44/u, "");
    national = candidate.includes("(0)") ? afterCountryCode.replace(/^0/u, "") : afterCountryCode;
  } else {
    national = digits.slice(1);
  }
  if (national.length < 9 || national.length > 10 || !/^[1235789]/u.test(national)) return false;
  return isPossiblePhoneNumber(`+44${national}`);
}

export function detectPostcodes(text: string): Detection[] {
  // Note: "London E17 2nd floor": an inward code typed as an ordinal in lower case is the ordinal.
  const detections = [...text.matchAll(POSTCODE)]
    .filter((match) => !/\d(?:st|nd|rd|th)$/u.test(match[0]))
    .map((match) => structured("postcode", match.index, match.index + match[0].length, "UK postcode"));
  const districts = [
    ...text.matchAll(POSTCODE_DISTRICT),
    ...text.matchAll(POSTCODE_DISTRICT_AFTER_PLACE),
    ...text.matchAll(LONDON_DISTRICT_IN_ADDRESS),
    ...text.matchAll(POSTCODE_DISTRICT_AFTER_PREPOSITION),
  ];
  for (const match of districts) {
    const end = match.index + match[0].length;
    if (detections.some((full) => full.start <= match.index && end <= full.end)) continue;
    detections.push(structured("postcode", match.index, end, "Postcode district"));
  }
  return detections;
}

/** The NHS number's mod-11 check digit: weights 10..2 over the first nine digits. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, "");
  if (!/^\d{10}$/u.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

export function detectNhsNumbers(text: string): Detection[] {
  return [...text.matchAll(NHS_NUMBER)]
    .filter((match) => isValidNhsNumber(match[0]))
    .map((match) =>
      structured("nhs_number", match.index, match.index + match[0].length, "NHS number (valid check digit)"),
    );
}

export function detectNiNumbers(text: string): Detection[] {
  return [...text.matchAll(NI_NUMBER)].map((match) =>
    structured("ni_number", match.index, match.index + match[0].length, "National Insurance number"),
  );
}

/** Any code with six or more digits (case, client and worker IDs); the more specific shapes win overlaps. */
export function detectCaseNumbers(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(ALPHANUMERIC_CODE)) {
    const digitCount = match[0].replace(/\D/g, "").length;
    if (digitCount < 6 || /^(?:19|20)\d{2}[-/](?:19|20)\d{2}$/u.test(match[0])) continue;
    detections.push(
      structured("case_number", match.index, match.index + match[0].length, "Long number (case or reference number)"),
    );
  }
  return detections;
}

/**
 * Codes with letters, a separator and three or more digits, or a two-digit year and a number, with or without a word
 * before them: "CP-2023-118", "LAC/0931", "LADO-23-114".
 */
const CODE_SHAPE = startingAtCapitals(
  /(?=\p{Lu})(?:(?<![\p{L}\p{N}/-])\p{Lu}{1,5}(?:[-/]\p{Lu}{1,5})?[-/](?:\d{3,}|\d{2}[-/]\d{3,})(?:[-/][\p{L}\p{N}]{1,6}){0,3}(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}{1,3}\d{5,}(?![\p{L}\p{N}]))/gu,
);
/** Ten digits in NHS shape (3-3-4) even when the check digit is wrong: a typed or misremembered NHS number. */
const NHS_SHAPE = /(?<![\p{N}])\d{3}[ -]\d{3}[ -]\d{4}(?![\p{N}])/gu;

export function detectCodes(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(CODE_SHAPE)) {
    detections.push(structured("case_number", match.index, match.index + match[0].length, "Reference code"));
  }
  for (const match of text.matchAll(NHS_SHAPE)) {
    detections.push(structured("nhs_number", match.index, match.index + match[0].length, "Number in NHS number shape"));
  }
  return detections;
}

export function detectRegistrationNumbers(text: string): Detection[] {
  return [...text.matchAll(REGISTRATION_NUMBER)].map((match) => ({
    ...structured("case_number", match.index, match.index + match[0].length, "Social Work England registration number"),
    replacement: "[registration number]",
  }));
}

/**
 * Case, record and staff references after a word that introduces them ("case ref 22/0417", "LCS 88213",
 * "Mosaic ID 4471903"). A bare year ("the case in 2019") or a short number ("Section 47") is not one.
 */
export function detectReferences(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const cue of text.matchAll(REFERENCE_CUE)) {
    const afterCue = cue.index + cue[0].length;
    const link = REFERENCE_LINK.exec(text.slice(afterCue, afterCue + 40));
    // Note: "a log of 1500 calls", "an incident of 300 people": a police word joined by "of" counts, not numbers.
    if (POLICE_CUE.test(cue[0]) && link && /\bof\b/iu.test(link[0])) continue;
    const start = afterCue + (link ? link[0].length : 0);
    const found = REFERENCE.exec(text.slice(start, start + 40));
    if (!found) continue;
    const value = found[0].replace(/[./-]+$/u, "");
    if (!isReference(value)) continue;
    const label = REFERENCE_LABEL.exec(text.slice(Math.max(0, cue.index - 40), start));
    const labelStart = label?.[0].trim()
      ? start - label[0].length + (label[0].length - label[0].trimStart().length)
      : start;
    let end = start + value.length;
    // Note: "refs 4471 and 4472": a list of references shares its cue.
    for (let more = LISTED_REFERENCE.exec(text.slice(end, end + 40)); more; ) {
      if (!isReference(more[1])) break;
      end += more[0].length;
      more = LISTED_REFERENCE.exec(text.slice(end, end + 40));
    }
    detections.push(structured("case_number", labelStart, end, "Case or record reference"));
  }
  return detections;
}

const POLICE_CUE = /^(?:log|incident|crime|occurrence|cad|urn|crn|pnc|ticket|complaint)$/iu;

const LISTED_REFERENCE = /^(?:\s*,\s*|\s+(?:and|or|&)\s+)(\p{Lu}{0,5}[-/]?\d[\d/-]{2,14})(?![\p{L}\p{N}])/u;

function isReference(value: string): boolean {
  const digits = value.replace(/\D/gu, "").length;
  if (digits < 3) return false;
  if (/^(?:19|20)\d{2}$/u.test(value)) return false;
  if (/^\d{1,2}[./]\d{1,2}$/u.test(value)) return false;
  if (/^\d+\.\d+$/u.test(value)) return false;
  return digits >= 4 || /[\p{L}/-]/u.test(value);
}
