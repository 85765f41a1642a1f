import { matchLineLabel } from "../imports/parsers/transcript/match-line-label";

export interface RefiTurn {
  startOffset: number;
  endOffset: number;
  speaker: string | null;
}

/**
 * Turns of a text that came from another tool, as ranges of that text (which is kept as it is):
 * one per block of lines between blank lines. A block that opens with a speaker label used at
 * least twice in the text ("Speaker 1:", "[id1]") belongs to that speaker, and the turn starts
 * after the label, so the label stays in the text between turns.
 */
export function refiTurns(text: string): RefiTurn[] {
  const blocks: { start: number; end: number; firstLineEnd: number }[] = [];
  let block: { start: number; end: number; firstLineEnd: number } | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    const line = text.slice(lineStart, contentEnd);
    if (line.trim() === "") {
      if (block) blocks.push(block);
      block = null;
    } else if (block) {
      block.end = contentEnd;
    } else {
      block = { start: lineStart, end: contentEnd, firstLineEnd: contentEnd };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (block) blocks.push(block);

  const labels = blocks.map((entry) => {
    const label = matchLineLabel(text.slice(entry.start, entry.firstLineEnd));
    return label && (label.kind === "colon" || label.kind === "bracket") ? label : null;
  });
  const uses = new Map<string, number>();
  for (const label of labels) if (label) uses.set(label.label, (uses.get(label.label) ?? 0) + 1);

  return blocks.map((entry, index) => {
    let start = entry.start;
    while (start < entry.end && /\s/.test(text[start])) start++;
    const end = trimEnd(text, start, entry.end);
    const label = labels[index];
    if (!label || (uses.get(label.label) ?? 0) < 2) return { startOffset: start, endOffset: end, speaker: null };
    const rest = label.rest;
    const restAt = rest ? text.indexOf(rest, start) : -1;
    if (rest && restAt >= 0 && restAt < entry.firstLineEnd) {
      return { startOffset: restAt, endOffset: end, speaker: label.label };
    }
    // The label stands alone on its line: the turn is the lines after it.
    let next = entry.firstLineEnd;
    while (next < end && /\s/.test(text[next])) next++;
    return next < end
      ? { startOffset: next, endOffset: end, speaker: label.label }
      : { startOffset: start, endOffset: end, speaker: null };
  });
}

function trimEnd(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && /\s/.test(text[index - 1])) index--;
  return index;
}
