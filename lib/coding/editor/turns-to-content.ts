import type { JSONContent } from "@tiptap/core";
import { AppError } from "../../errors";
import type { TurnSpan } from "../position-map";

export interface TurnForEditor extends TurnSpan {
  id: number | null;
  speaker: string | null;
  startMs: number | null;
}

/** The editor document for a document's plain text and its turns (or answers), one turn node each. */
export function turnsToContent(text: string, turns: readonly TurnForEditor[]): JSONContent {
  return {
    type: "doc",
    content: turns.map((turn, index) => {
      if (turn.startOffset < 0 || turn.endOffset > text.length || turn.startOffset > turn.endOffset) {
        throw new AppError("invalid_input", `Turn ${index + 1} lies outside the document text.`);
      }
      const turnText = text.slice(turn.startOffset, turn.endOffset);
      return {
        type: "turn",
        attrs: { turnId: turn.id, speaker: turn.speaker, startMs: turn.startMs },
        content: turnText === "" ? [] : [{ type: "text", text: turnText }],
      };
    }),
  };
}
