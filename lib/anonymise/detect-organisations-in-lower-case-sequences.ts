// Firms named one after another in a comment typed in lower case: "went to bramble then ember", "i was at coastline,
// then harbour light", "pulse and hive both rang". One found, the words joined to it by "then", "and" or "or" are firms.
import { SpanIndex, wordTags } from "./known-words";
import { isFieldJargon } from "./name-unknown-words";
import { DEPARTMENTS } from "./name-word-classes";
import { detection, GENERIC_WORDS, GRAMMAR_TAGS } from "./organisation-detection";
import { isTypedInLowerCase } from "./text-matching";
import type { Detection } from "./types";

/** After a firm: a joining word, then one or two lower-case words before a pause or what the clause says next. */
const NEXT_IN_SEQUENCE =
  /^(?:[ \t]*,)?[ \t]+(?:then|and|or|n|&)[ \t]+(?:back[ \t]+to[ \t]+|now[ \t]+|later[ \t]+)?([a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:both|were|are|was|is|pay|paid|rang|offered|after|for|in|at|because|but|who|have|had)(?![\p{L}]))/u;
/** Before a firm: one or two lower-case words and a joining word ("bramble then …", "pulse and …"). */
const BEFORE_IN_SEQUENCE = /(?<![\p{L}'’-])([a-z][a-z'’-]+)(?:[ \t]*,)?[ \t]+(?:then|and|or|n)[ \t]+$/u;
const NOT_IN_NAMES = [...GRAMMAR_TAGS, "Verb"];
const BESIDE_A_FIRM = "Named beside a firm found, in lower case (“bramble then ember”)";

/** The firms joined to an organisation found in a comment typed in lower case, before or after it. */
export function detectOrganisationsInLowerCaseSequences(text: string, found: readonly Detection[]): Detection[] {
  if (!isTypedInLowerCase(text)) return [];
  const taken = new SpanIndex(found);
  const detections: Detection[] = [];
  for (const firm of found) {
    if (firm.category !== "organisation" || !/^\p{Ll}/u.test(text[firm.start] ?? "")) continue;
    const after = NEXT_IN_SEQUENCE.exec(text.slice(firm.end, firm.end + 60));
    if (after) {
      const start = firm.end + after[0].length - after[1].length;
      if (isFirmName(after[1]) && !taken.overlaps(start, start + after[1].length))
        detections.push(detection(start, start + after[1].length, "employer", BESIDE_A_FIRM, "nlp"));
    }
    const window = text.slice(Math.max(0, firm.start - 40), firm.start);
    const before = BEFORE_IN_SEQUENCE.exec(window);
    if (before) {
      const start = firm.start - window.length + before.index;
      if (isFirmName(before[1]) && !taken.overlaps(start, start + before[1].length))
        detections.push(detection(start, start + before[1].length, "employer", BESIDE_A_FIRM, "nlp"));
    }
  }
  return detections;
}

/** Words that may name a firm: no word of grammar, department, group or term of the work. */
function isFirmName(name: string): boolean {
  const words = name.split(/[ \t]+/u);
  return words.every(
    (word) =>
      word.length >= 3 &&
      !GENERIC_WORDS.has(word) &&
      !DEPARTMENTS.has(word) &&
      !isFieldJargon(word) &&
      ![...wordTags(word)].some((tag) => NOT_IN_NAMES.includes(tag)),
  );
}

/** "via shoreline", "booked through voicelink", "uses tongues & co for dari": a firm a service is had through. */
const THROUGH_A_FIRM =
  /(?<![\p{L}])(?<!\b(?:going|go|goes|went|gone|been|get|got|getting|come|came|live|lived|living)[ \t]+)(?:via|through|thru|uses|using|use)[ \t]+([a-z][a-z'’-]+(?:[ \t]+(?:&[ \t]+)?[a-z][a-z'’-]+){0,2})(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:for|in|who|which|and|but|instead|now|never|always)(?![\p{L}]))/gu;
/**
 * Channels, people, places and national products a thing goes through that name no firm: "via email", "using copilot".
 * "going through menopause" is looked behind for.
 */
const NOT_A_FIRM_THROUGH = new Set(
  `email e-mail emails phone phones text texts whatsapp teams zoom post letter letters portal website app link links
  referral referrals work school court duty supervision training uni agency agencies council la them him her us me
  it this that these those everyone someone something google linkedin facebook indeed mosaic liquidlogic eclipse
  interpreter interpreters translator family friends friend mum dad carers carer parents colleague colleagues manager
  managers team teams office hub system systems process processes panel legal hr payroll copilot chatgpt gpt ai
  magic notes`.split(/\s+/u),
);

/** In a comment typed in lower case, one to three words after "via", "through" or "uses" before a pause: the firm. */
export function detectFirmsHadThrough(text: string, found: readonly Detection[]): Detection[] {
  if (!isTypedInLowerCase(text)) return [];
  const taken = new SpanIndex(found);
  const detections: Detection[] = [];
  for (const match of text.matchAll(THROUGH_A_FIRM)) {
    const name = match[1];
    const words = name.split(/[ \t]+/u).filter((word) => word !== "&");
    if (words.some((word) => NOT_A_FIRM_THROUGH.has(word)) || !isFirmName(words.join(" "))) continue;
    const start = match.index + match[0].length - name.length;
    if (taken.overlaps(start, start + name.length)) continue;
    const reason = "Firm a service is had through, in lower case (“via shoreline”)";
    detections.push(detection(start, start + name.length, "employer", reason, "nlp"));
  }
  return detections;
}
