// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { TranscriptDocument } from "./transcript-document";
import { TranscriptText } from "./transcript-text";
import { Turn } from "./turn";
import { turnsToContent } from "./turns-to-content";

const editors: Editor[] = [];

afterEach(() => {
  while (editors.length > 0) editors.pop()!.destroy();
});

function createEditor(content: Parameters<typeof turnsToContent>) {
  const editor = new Editor({
    extensions: [TranscriptDocument, TranscriptText, Turn],
    content: turnsToContent(...content),
  });
  editors.push(editor);
  return editor;
}

describe("turnsToContent and Turn", () => {
  const text = "Hi 😀\n\n\n\nLine one\nline two";
  const turns = [
    { id: 11, speaker: "Moderator", startMs: 0, startOffset: 0, endOffset: 5 },
    { id: 12, speaker: null, startMs: null, startOffset: 7, endOffset: 7 },
    { id: 13, speaker: "P1", startMs: 61_500, startOffset: 9, endOffset: 26 },
  ];

  it("builds one turn node per turn holding exactly its text", () => {
    const editor = createEditor([text, turns]);
    const { doc } = editor.state;
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).textContent).toBe("Hi 😀");
    expect(doc.child(1).textContent).toBe("");
    expect(doc.child(2).textContent).toBe("Line one\nline two");
    expect(doc.child(2).attrs).toEqual({ turnId: 13, speaker: "P1", startMs: 61_500 });
    expect(doc.child(1).attrs).toEqual({ turnId: 12, speaker: null, startMs: null });
  });

  it("renders the attributes but not the speaker as text, and parses them back", () => {
    const editor = createEditor([text, turns]);
    const html = editor.getHTML();
    expect(html).toContain('data-turn-id="13"');
    expect(html).toContain('data-speaker="P1"');
    expect(html).toContain('data-start-ms="61500"');
    expect(editor.view.dom.textContent).not.toContain("Moderator");
    editor.commands.setContent(html);
    expect(editor.state.doc.child(2).attrs).toEqual({ turnId: 13, speaker: "P1", startMs: 61_500 });
    expect(editor.state.doc.child(2).textContent).toBe("Line one\nline two");
  });

  it("refuses marks inside a turn", () => {
    expect(Turn.config.marks).toBe("");
  });

  it.each([
    ["past the end of the text", { id: 1, speaker: null, startMs: null, startOffset: 0, endOffset: 99 }],
    ["reversed", { id: 1, speaker: null, startMs: null, startOffset: 3, endOffset: 1 }],
  ])("refuses a turn %s", (_name, turn) => {
    expect(() => turnsToContent("abc", [turn])).toThrow(AppError);
  });
});
