import { snapToGraphemes } from "@/lib/coding/offsets";

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
 * the offset within it, widened so an emoji or accented letter is never cut in half.
 */
export function selectionToAnswerRange(
  element: Node,
  range: Range,
  answer: { start: number; text: string },
): { start: number; end: number } | null {
  const local = rangeOffsetsWithin(element, range);
  if (!local) return null;
  let { start, end } = snapToGraphemes(answer.text, local.start, Math.min(local.end, answer.text.length));
  // Leading and trailing spaces are not part of what a researcher means to code.
  const selected = answer.text.slice(start, end);
  start += selected.length - selected.trimStart().length;
  end -= selected.length - selected.trimEnd().length;
  if (end <= start) return null;
  return { start: answer.start + start, end: answer.start + end };
}
