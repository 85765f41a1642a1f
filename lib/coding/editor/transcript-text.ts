import { Node } from "@tiptap/core";

/** Plain text inside a turn; codings are decorations, so no marks are ever applied to it. */
export const TranscriptText = Node.create({
  name: "text",
  group: "inline",
});
