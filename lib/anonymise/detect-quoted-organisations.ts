import { CUES } from "./detect-listed-organisations";
import { describeKind, detection, type OrganisationKind, sentenceAround } from "./organisation-detection";
import type { Detection } from "./types";

/** One to four capitalised words in quotation marks: "agency: 'Sagewood Recruitment'", "the firm was 'Global Tongue'". */
const QUOTED_NAME = /(?<=['‘"“])\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{N}&'’-]*){0,3}(?=['’"”])/gu;

/** "worked thru 'Thimble' and 'Walnut'": a quote opened straight after a preposition of work or a list's "and". */
const WORK_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:thru|through|via|with|for|at|joined|left|and|then)[ \t]+['‘"“]$/u;

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
  return detections;
}
