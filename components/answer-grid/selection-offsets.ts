import { snapToGraphemes } from "@/lib/coding/offsets";
import { snapToWords } from "@/lib/coding/snap-to-words";

/**
 * Where a DOM range lies inside an element's text, in UTF-16 code units from the element's
 * start (end exclusive), clamped to the element; null when the range misses it or is empty.
 * The element must hold only the answer's text (highlight spans are fine: their text is the text).
 */
export function rangeOffsetsWithin(element: Node, range: Range): { start: number; end: number } | null {
  const document = element.ownerDocument;
  if (!document) return null;
  const whole = document.createRange();
  whole.selectNodeContents(element);
  // A range that ends before the element or starts after it misses it.
  if (range.compareBoundaryPoints(Range.END_TO_START, whole) >= 0) return null;
  if (range.compareBoundaryPoints(Range.START_TO_END, whole) <= 0) return null;
  const length = (whole.toString() as string).length;
  const measure = (container: Node, offset: number): number => {
    const before = document.createRange();
    before.setStart(element, 0);
    before.setEnd(container, offset);
    return before.toString().length;
  };
  const start =
    range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0
      ? 0
      : measure(range.startContainer, range.startOffset);
  const end =
    range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0 ? length : measure(range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

/**
 * The answer's document range for a selection inside its text element: the answer's start plus
 * the offset within it, widened so an emoji or accented letter is never cut in half, and to whole
 * words unless `words` is false (Alt held as the selection was made).
 */
export function selectionToAnswerRange(
  element: Node,
  range: Range,
  answer: { start: number; text: string },
  words = false,
): { start: number; end: number } | null {
  const local = rangeOffsetsWithin(element, range);
  if (!local) return null;
  const localEnd = Math.min(local.end, answer.text.length);
  if (words) {
    const snapped = snapToWords(answer.text, local.start, localEnd);
    return snapped ? { start: answer.start + snapped.start, end: answer.start + snapped.end } : null;
  }
  let { start, end } = snapToGraphemes(answer.text, local.start, localEnd);
  // Leading and trailing spaces are not part of what a researcher means to code.
  const selected = answer.text.slice(start, end);
  start += selected.length - selected.trimStart().length;
  end -= selected.length - selected.trimEnd().length;
  if (end <= start) return null;
  return { start: answer.start + start, end: answer.start + end };
}

/** A DOM range over `start`–`end` (UTF-16 offsets) of an element's text, across its highlight spans. */
export function rangeWithin(element: Node, start: number, end: number): Range | null {
  const document = element.ownerDocument;
  if (!document) return null;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.length;
    if (!started && start <= at + length) {
      range.setStart(node, start - at);
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
  }
  return null;
}
