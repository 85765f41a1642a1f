import { CUES } from "./detect-listed-organisations";
import {
  describeKind,
  detection,
  GENERIC_WORDS,
  type OrganisationKind,
  sentenceAround,
} from "./organisation-detection";
import { isServiceWord, NOT_A_PLACE_IN_LOWER_CASE } from "./place-word-senses";
import type { Detection } from "./types";

/** One to four capitalised words in quotation marks: "agency: 'Sagewood Recruitment'", "the firm was 'Global Tongue'". */
const QUOTED_NAME = /(?<=['‘"“])\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}&'’-]*){0,3}(?=['’"”])/gu;

/** "worked thru 'Thimble' and 'Walnut'": a quote opened straight after a preposition of work or a list's "and". */
const WORK_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:thru|through|via|with|for|at|joined|left|and|then)[ \t]+['‘"“]$/u;

/** "placed at 'the cedars' then 'hillcrest'": one to three lower-case words quoted after where someone is placed or works. */
const QUOTED_LOWER_CASE_AFTER_WORK =
  /(?<=(?:^|[^\p{L}])(?:placed at|placed with|worked at|working at|works at|works for|worked for|job at|shifts at|thru|through|via|then)[ \t]+['‘"“](?:the[ \t]+)?)(?!the[ \t])(\p{Ll}[\p{L}&'’-]*(?:[ \t]+\p{Ll}[\p{L}&'’-]*){0,2})(?=['’"”])/gu;

/** A quoted name in a sentence about an agency or an interpreting firm is that firm's name. */
export function detectQuotedOrganisations(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(QUOTED_NAME)) {
    const start = match.index;
    const end = start + match[0].length;
    // Note: "co." or "Ltd." would end the sentence early, so the cue is looked for in a window around the quote.
    const context = `${sentenceAround(text, start, end)} ${text.slice(Math.max(0, start - 60), start)}`;
    const kind: OrganisationKind | null = CUES.interpreting.test(context)
      ? "interpreting"
      : /\b(?:agenc(?:y|ies)|locum\w*|recruit\w*|firm|company|co\.|provider)/iu.test(context)
        ? "agency"
        : WORK_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && CUES.employer.test(context)
          ? "employer"
          : null;
    if (!kind) continue;
    detections.push(detection(start, end, kind, `Name of ${describeKind(kind)} in quotation marks`, "nlp"));
  }
  for (const match of text.matchAll(QUOTED_LOWER_CASE_AFTER_WORK)) {
    // Note: "placed at 'home'", "worked through 'the process'": quotes that only mark an everyday place say no name.
    const words = match[1].split(/[ \t]+/u);
    if (words.every((word) => GENERIC_WORDS.has(word) || isServiceWord(word) || NOT_A_PLACE_IN_LOWER_CASE.test(word)))
      continue;
    if (words.some((word) => /^(?:process|motions|system|wringer|mill)$/u.test(word))) continue;
    const start = match.index;
    const reason = "Name of employer in quotation marks after where someone is placed or works";
    detections.push(detection(start, start + match[1].length, "employer", reason, "nlp"));
  }
  return detections;
}
