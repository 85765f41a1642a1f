import "./pending-highlight.css";

const NAME = "coding-pending";

/**
 * Keeps the text about to be coded highlighted while the picker has the focus (the browser's own
 * selection leaves with the focus), through the CSS Custom Highlight API: nothing is added to the DOM.
 */
export function showPendingHighlight(range: Range | null): void {
  if (typeof CSS === "undefined" || !("highlights" in CSS) || typeof Highlight === "undefined") return;
  if (range && !range.collapsed) CSS.highlights.set(NAME, new Highlight(range));
  else CSS.highlights.delete(NAME);
}
