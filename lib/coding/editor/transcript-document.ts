import { Node } from "@tiptap/core";

/** The top node of a document in the coding editor: its turns (or answers), in order. */
export const TranscriptDocument = Node.create({
  name: "doc",
  topNode: true,
  content: "turn+",
});
