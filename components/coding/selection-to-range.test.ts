// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { TextSelection } from "@tiptap/pm/state";
import { afterEach, describe, expect, it } from "vitest";
import { TranscriptDocument } from "@/lib/coding/editor/transcript-document";
import { TranscriptText } from "@/lib/coding/editor/transcript-text";
import { Turn } from "@/lib/coding/editor/turn";
import { turnsToContent } from "@/lib/coding/editor/turns-to-content";
import { buildPositionMap } from "@/lib/coding/position-map";
import { type CaretMove, moveCaret } from "./caret-moves";
import { inVivoName, selectionToRange } from "./selection-to-range";

// Three turns joined by "\n\n" as the importer stores them; the middle one holds emoji and accents.
const TURN_TEXTS = ["Hello there, Ewa.", "My caseload 👩🏽‍💻 is cafe\u0301 and 😀 fine", "Pay – “not great”."];
const TEXT = TURN_TEXTS.join("\n\n");
const TURNS = TURN_TEXTS.map((text, index) => {
  const startOffset = TURN_TEXTS.slice(0, index).reduce((sum, t) => sum + t.length + 2, 0);
  return { id: index + 1, speaker: `S${index}`, startMs: null, startOffset, endOffset: startOffset + text.length };
});
const MAP = buildPositionMap(TURNS);

const editors: Editor[] = [];
afterEach(() => {
  while (editors.length > 0) editors.pop()!.destroy();
});

function createEditor() {
  const editor = new Editor({
    editable: false,
    extensions: [TranscriptDocument, TranscriptText, Turn],
    content: turnsToContent(TEXT, TURNS),
  });
  editors.push(editor);
  return editor;
}

/** Selects the editor's text from `from` to `to` (positions) and returns the coded text. */
function codedText(editor: Editor, from: number, to: number): string | null {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
  const { selection } = editor.state;
  const range = selectionToRange(MAP, TEXT, selection.anchor, selection.head);
  return range ? TEXT.slice(range.start, range.end) : null;
}

const posOf = (needle: string, extra = 0) => MAP.toPos(TEXT.indexOf(needle) + extra);

describe("selectionToRange in a real editor", () => {
  it("maps a selection to the UTF-16 offsets of the same text, after emoji", () => {
    const editor = createEditor();
    const from = posOf("is cafe");
    const to = posOf("and") + 3;
    expect(editor.state.doc.textBetween(from, to)).toBe("is cafe\u0301 and");
    expect(codedText(editor, from, to)).toBe("is cafe\u0301 and");
  });

  it("widens a selection that cuts an emoji or an accent to the whole character", () => {
    const editor = createEditor();
    // Start inside the skin-toned emoji sequence, end between "e" and its combining accent.
    const from = posOf("👩🏽‍💻", 3);
    const to = posOf("cafe\u0301", 4);
    expect(codedText(editor, from, to)).toBe("👩🏽‍💻 is cafe\u0301");
  });

  it("drops spaces at either end and refuses a selection of spaces only", () => {
    const editor = createEditor();
    expect(codedText(editor, posOf(" is cafe"), posOf(" is cafe", 4))).toBe("is");
    expect(codedText(editor, posOf(" is cafe"), posOf(" is cafe", 1))).toBeNull();
    expect(codedText(editor, 3, 3)).toBeNull();
  });

  it("codes across turns with the separators inside but never at the ends", () => {
    const editor = createEditor();
    const from = posOf("Ewa.");
    const to = posOf("My caseload") + 2;
    expect(codedText(editor, from, to)).toBe("Ewa.\n\nMy");
    const wholeDocument = codedText(editor, 1, editor.state.doc.content.size - 1);
    expect(wholeDocument).toBe(TEXT);
  });

  it("reads a backwards selection (anchor after head) the same way", () => {
    const editor = createEditor();
    expect(codedText(editor, posOf("😀") + 2, posOf("and"))).toBe("and 😀");
  });
});

describe("moveCaret", () => {
  function walk(moves: CaretMove[], start: number) {
    const editor = createEditor();
    const doc = editor.state.doc;
    let pos = start;
    return moves.map((move) => {
      pos = moveCaret(doc, pos, move);
      return pos;
    });
  }

  it("steps over an emoji sequence as one character, and an accented letter as one", () => {
    const start = posOf("👩🏽‍💻");
    const [afterEmoji] = walk(["characterForward"], start);
    expect(afterEmoji - start).toBe("👩🏽‍💻".length);
    const accent = posOf("e\u0301");
    expect(walk(["characterForward"], accent)[0] - accent).toBe(2);
    expect(walk(["characterBackward"], afterEmoji)[0]).toBe(start);
  });

  it("moves by words and across turn boundaries", () => {
    const doc = createEditor().state.doc;
    const text = (from: number, to: number) => doc.textBetween(from, to, "|");
    const [hello, there, ewa, my] = walk(["wordForward", "wordForward", "wordForward", "wordForward"], 1);
    expect(text(1, hello)).toBe("Hello");
    expect(text(1, there)).toBe("Hello there");
    expect(text(1, ewa)).toBe("Hello there, Ewa");
    expect(text(1, my)).toBe("Hello there, Ewa.|My");
    const end = walk(["turnEnd"], 1)[0];
    expect(walk(["characterForward"], end)[0]).toBe(posOf("My caseload"));
    expect(walk(["characterBackward"], posOf("My caseload"))[0]).toBe(end);
    expect(walk(["wordBackward"], posOf("My caseload"))[0]).toBe(posOf("Ewa."));
  });

  it("stops at the ends of the document", () => {
    const doc = createEditor().state.doc;
    const end = moveCaret(doc, 1, "documentEnd");
    expect(doc.textBetween(moveCaret(doc, end, "turnStart"), end)).toBe(TURN_TEXTS[2]);
    expect(moveCaret(doc, end, "characterForward")).toBe(end);
    expect(moveCaret(doc, end, "wordForward")).toBe(end);
    expect(moveCaret(doc, 1, "characterBackward")).toBe(1);
    expect(moveCaret(doc, 1, "wordBackward")).toBe(1);
    expect(moveCaret(doc, 0, "characterForward")).toBe(2);
  });
});

describe("inVivoName", () => {
  it("keeps short selections and cuts long ones at a word", () => {
    expect(inVivoName("  not  great\nat all ")).toBe("not great at all");
    const long = "the caseload keeps growing and nobody seems to notice until somebody finally leaves the team";
    const name = inVivoName(long, 40);
    expect(name.length).toBeLessThanOrEqual(40);
    expect(name).toBe("the caseload keeps growing and nobody…");
  });
});
