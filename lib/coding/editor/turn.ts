import { mergeAttributes, Node } from "@tiptap/core";

export interface TurnAttributes {
  turnId: number | null;
  speaker: string | null;
  startMs: number | null;
}

function parseInteger(value: string | null): number | null {
  if (value === null || value === "") return null;
  const parsed = Number(value);
  return Number.isInteger(parsed) ? parsed : null;
}

/**
 * One turn (or answer) of a document: exactly its text, nothing else, so editor positions map
 * one-to-one onto text offsets. The speaker label is drawn by a node view or widget, never as text.
 */
export const Turn = Node.create({
  name: "turn",
  group: "block",
  content: "text*",
  marks: "",
  whitespace: "pre",
  defining: true,

  addAttributes() {
    return {
      turnId: {
        default: null,
        parseHTML: (element) => parseInteger(element.getAttribute("data-turn-id")),
        renderHTML: (attributes) => ({ "data-turn-id": attributes.turnId }),
      },
      speaker: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-speaker"),
        renderHTML: (attributes) => ({ "data-speaker": attributes.speaker }),
      },
      startMs: {
        default: null,
        parseHTML: (element) => parseInteger(element.getAttribute("data-start-ms")),
        renderHTML: (attributes) => ({ "data-start-ms": attributes.startMs }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "p[data-turn]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["p", mergeAttributes({ "data-turn": "", class: "turn" }, HTMLAttributes), 0];
  },
});
