import type { EditorView } from "@tiptap/pm/view";

const HIGHLIGHT = "find-hit";

/** Paints a text range with the `::highlight(find-hit)` style (CSS Custom Highlight API), or clears it. */
export function paintFindHit(range: Range | null): void {
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!highlights || !HighlightClass) return;
  if (range) highlights.set(HIGHLIGHT, new HighlightClass(range));
  else highlights.delete(HIGHLIGHT);
}

/**
 * Scrolls editor positions `from`–`to` to the middle of the screen and returns them as a DOM range.
 * Turns far below are laid out only once near the screen (content-visibility), which moves the text
 * after the first scroll, so the range is placed again on the next frames.
 */
export function revealRange(view: EditorView, from: number, to: number): Range | null {
  let range: Range;
  try {
    const start = view.domAtPos(from);
    const end = view.domAtPos(to);
    range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } catch {
    return null;
  }
  const container = range.startContainer;
  const element = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
  element?.closest(".turn")?.scrollIntoView({ block: "center" });
  let frames = 0;
  const settle = () => {
    const box = range.getBoundingClientRect();
    const middle = window.innerHeight / 2;
    if (Math.abs(box.top - middle) > window.innerHeight / 4) window.scrollBy({ top: box.top - middle });
    if (++frames < 3) requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
  return range;
}
