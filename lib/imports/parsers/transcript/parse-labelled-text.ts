import { buildTranscript } from "./build-transcript";
import { isNonSpeakerLabel } from "./is-non-speaker-label";
import { looksLikeSpeakerName } from "./looks-like-speaker-name";
import { type LineLabel, matchLineLabel } from "./match-line-label";
import { normaliseWhitespace } from "./normalise-whitespace";
import type { ParsedTranscript, ParsedTurn } from "./parsed-transcript";

interface Line {
  number: number;
  text: string;
  paragraphStart: boolean;
  label: LineLabel | null;
}

interface OpenTurn {
  speaker: string | null;
  startMs: number | null;
  line: number;
  paragraphs: string[][];
}

/**
 * Splits plain text (a .txt file or a .docx's paragraphs) into turns at speaker labels: "Name:",
 * "Speaker 3:", "[id1]", "Name (Facilitator):", Rev's "Speaker 1 (00:05):" and Teams' "Name   0:03"
 * line. A line without a label continues the current turn, and so does a paragraph without one;
 * paragraphs inside a turn are kept apart by "\n". Each label starts a new turn, even for the same
 * speaker. Text before the first label, or in a file without labels, gives one unattributed turn
 * per paragraph.
 */
export function parseLabelledText(text: string, format: "txt" | "docx"): ParsedTranscript {
  const lines = readLines(text);
  trustLabels(lines);

  const turns: ParsedTurn[] = [];
  const warnings: string[] = [];
  let blockCount = 0;
  let current: OpenTurn | null = null;

  const close = () => {
    if (!current) return;
    const turnText = current.paragraphs
      .map((paragraph) => paragraph.join(" "))
      .filter((paragraph) => paragraph.length > 0)
      .join("\n");
    if (turnText.length > 0) {
      turns.push({ speaker: current.speaker, startMs: current.startMs, endMs: null, text: turnText });
    } else if (current.speaker !== null) {
      warnings.push(`Line ${current.line}: the label "${current.speaker}" has no text after it; it was skipped.`);
    }
    current = null;
  };

  for (const line of lines) {
    if (line.label) {
      close();
      blockCount++;
      current = { speaker: line.label.label, startMs: line.label.startMs, line: line.number, paragraphs: [[]] };
      appendText(current, line.label.rest);
      continue;
    }
    if (line.text.trim().length === 0) continue;
    if (line.paragraphStart) {
      if (current && current.speaker !== null) {
        if (hasText(current)) blockCount++;
        current.paragraphs.push([]);
      } else {
        close();
        blockCount++;
        current = { speaker: null, startMs: null, line: line.number, paragraphs: [[]] };
      }
    }
    if (!current) {
      blockCount++;
      current = { speaker: null, startMs: null, line: line.number, paragraphs: [[]] };
    }
    appendText(current, line.text);
  }
  close();

  return buildTranscript(format, turns, blockCount, warnings);
}

function readLines(text: string): Line[] {
  let previousBlank = true;
  return text.split(/\r\n|\r|\n/).map((raw, index) => {
    const blank = raw.trim().length === 0;
    const line: Line = { number: index + 1, text: raw, paragraphStart: !blank && previousBlank, label: null };
    if (!blank) line.label = matchLineLabel(raw);
    previousBlank = blank;
    return line;
  });
}

/**
 * Keeps only labels that name a speaker. A label must look like a name ("Zofia Wójcik", "Speaker 3")
 * or be one recurring token ("admin-1", "id1"), and must not be a word like "Note". Inside a
 * paragraph (a hard-wrapped line) it must also recur or start some paragraph, so "Note: this" or
 * "the reason was: money" in running text stay text. Teams-style "Name   0:03" lines count only
 * when there are at least two of them.
 */
function trustLabels(lines: Line[]): void {
  const occurrences = new Map<string, number>();
  let headerCount = 0;
  for (const { label } of lines) {
    if (!label) continue;
    occurrences.set(label.label, (occurrences.get(label.label) ?? 0) + 1);
    if (label.kind === "header") headerCount++;
  }
  const isSpeaker = (label: LineLabel) => {
    if (label.kind === "header" && headerCount < 2) return false;
    if (isNonSpeakerLabel(label.label)) return false;
    const recurring = (occurrences.get(label.label) ?? 0) >= 2;
    return looksLikeSpeakerName(label.label) || (recurring && !/\s/.test(label.label));
  };

  const paragraphCount = lines.filter((line) => line.paragraphStart).length;
  const labelsStartingParagraphs = new Set<string>();
  for (const line of lines) {
    if (line.label && !isSpeaker(line.label)) line.label = null;
    if (line.label && line.paragraphStart) labelsStartingParagraphs.add(line.label.label);
  }
  if (paragraphCount < 2) return;
  for (const line of lines) {
    if (!line.label || line.paragraphStart) continue;
    const recurring = (occurrences.get(line.label.label) ?? 0) >= 2;
    if (!recurring && !labelsStartingParagraphs.has(line.label.label)) line.label = null;
  }
}

function appendText(turn: OpenTurn, text: string): void {
  const normalised = normaliseWhitespace(text);
  if (normalised.length > 0) turn.paragraphs[turn.paragraphs.length - 1].push(normalised);
}

function hasText(turn: OpenTurn): boolean {
  return turn.paragraphs.some((paragraph) => paragraph.length > 0);
}
