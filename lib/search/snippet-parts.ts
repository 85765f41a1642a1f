import { SNIPPET_CLOSE, SNIPPET_OPEN } from "../../db/search-queries";

export interface SnippetPart {
  text: string;
  /** A matched term, to be shown highlighted. */
  hit: boolean;
}

/**
 * Splits an FTS5 snippet marked with SNIPPET_OPEN / SNIPPET_CLOSE into plain and highlighted
 * parts, so the page renders them as React text (never as HTML). Stray markers are dropped.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let current = "";
  const flush = () => {
    if (current) {
      const previous = parts[parts.length - 1];
      if (previous && previous.hit === hit) previous.text += current;
      else parts.push({ text: current, hit });
    }
    current = "";
  };
  for (const character of snippet) {
    if (character === SNIPPET_OPEN || character === SNIPPET_CLOSE) {
      flush();
      hit = character === SNIPPET_OPEN;
    } else {
      current += character;
    }
  }
  flush();
  return parts;
}
