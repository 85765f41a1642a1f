import { isPlausibleSpeakerLabel } from "./is-plausible-speaker-label";
import { parseClockTime } from "./parse-clock-time";

export interface LineLabel {
  /**
   * `colon`: "Name: text", also "Speaker 1 (00:05): text" and a chat's "00:05:16⇥Name:⇥text";
   * `bracket`: "[id1] text"; `header`: a Teams or Word line "Name   0:03" (or "0:03 Name") alone.
   */
  kind: "colon" | "bracket" | "header";
  label: string;
  startMs: number | null;
  /** The text after the label on the same line, trimmed (may be empty). */
  rest: string;
}

const TIME = String.raw`\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?`;
const COLON_LABEL = new RegExp(
  String.raw`^(?:[[(]?(?<leadingTime>${TIME})[)\]]?[ \t]+)?(?<label>[^:：\t]{1,80}?)[ \t]*(?:[([](?<time>${TIME})[)\]])?[ \t]*(?::(?:[ \t]+(?<rest>.*))?|：[ \t]*(?<wideRest>.*))$`,
  "u",
);
const BRACKET_LABEL = /^\[(?<label>[^[\]]{1,60})\][ \t]*[:：]?[ \t]+(?<rest>\S.*)$/u;
const NAME_THEN_TIME = /^(?<label>\S.*?)[ \t]+(?<time>\d{1,2}:\d{2}(?::\d{2})?)[ \t]*$/u;
const TIME_THEN_NAME = /^(?<time>\d{1,2}:\d{2}(?::\d{2})?)[ \t]+(?<label>\S.*?)[ \t]*$/u;

/**
 * Recognises a speaker label at the start of one line by its shape alone; whether the label is
 * trusted depends on the rest of the document (see `parseLabelledText`).
 */
export function matchLineLabel(line: string): LineLabel | null {
  const text = line.replace(/^[ \t]+/, "").replace(/[ \t]+$/, "");
  const colon = COLON_LABEL.exec(text)?.groups;
  if (colon && isPlausibleSpeakerLabel(colon.label)) {
    const startMs = timeOrNull(colon.time ?? colon.leadingTime);
    return { kind: "colon", label: tidyLabel(colon.label), startMs, rest: colon.rest ?? colon.wideRest ?? "" };
  }
  const bracket = BRACKET_LABEL.exec(text)?.groups;
  if (bracket && isPlausibleSpeakerLabel(bracket.label)) {
    return { kind: "bracket", label: tidyLabel(bracket.label), startMs: null, rest: bracket.rest };
  }
  const header = (NAME_THEN_TIME.exec(text) ?? TIME_THEN_NAME.exec(text))?.groups;
  if (header && isPlausibleSpeakerLabel(header.label)) {
    return { kind: "header", label: tidyLabel(header.label), startMs: timeOrNull(header.time), rest: "" };
  }
  return null;
}

function tidyLabel(label: string): string {
  return label.trim().replace(/[ \t]+/g, " ");
}

function timeOrNull(time: string | undefined): number | null {
  return time === undefined ? null : parseClockTime(time);
}
