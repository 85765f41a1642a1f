// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { TranscriptDocument } from "./editor/transcript-document";
import { TranscriptText } from "./editor/transcript-text";
import { Turn } from "./editor/turn";
import { turnsToContent } from "./editor/turns-to-content";
import { buildPositionMap, type TurnSpan } from "./position-map";

const SEPARATOR = "\n\n";

function layout(texts: string[]): { text: string; turns: TurnSpan[] } {
  const turns: TurnSpan[] = [];
  let offset = 0;
  for (const turnText of texts) {
    turns.push({ startOffset: offset, endOffset: offset + turnText.length });
    offset += turnText.length + SEPARATOR.length;
  }
  return { text: texts.join(SEPARATOR), turns };
}

const editors: Editor[] = [];

function createEditor(texts: string[]) {
  const { text, turns } = layout(texts);
  const editor = new Editor({
    extensions: [TranscriptDocument, TranscriptText, Turn],
    content: turnsToContent(
      text,
      turns.map((turn, index) => ({ ...turn, id: index + 1, speaker: `Speaker ${index + 1}`, startMs: index * 1000 })),
    ),
  });
  editors.push(editor);
  return { editor, text, turns, map: buildPositionMap(turns) };
}

afterEach(() => {
  while (editors.length > 0) editors.pop()!.destroy();
});

function selectedOffsets(editor: Editor, map: ReturnType<typeof buildPositionMap>) {
  const { from, to } = editor.state.selection;
  return map.posRangeToOffsets(from, to);
}

/** The text range after dropping a leading or trailing separator, as the map promises. */
function tighten(text: string, turns: TurnSpan[], start: number, end: number) {
  const inText = (offset: number) => turns.some((turn) => offset >= turn.startOffset && offset < turn.endOffset);
  let tightStart = start;
  while (tightStart < end && !inText(tightStart)) tightStart++;
  let tightEnd = end;
  while (tightEnd > tightStart && !inText(tightEnd - 1)) tightEnd--;
  return tightStart < tightEnd ? text.slice(tightStart, tightEnd) : "";
}

const TEXTS = ["Hello 😀 there", "Ja, pani Wójcik — cafe\u0301 👍🏿", "OK"];

describe("buildPositionMap with a real editor", () => {
  it("gives the editor document the size the map expects", () => {
    const { editor, map } = createEditor(TEXTS);
    expect(map.size).toBe(editor.state.doc.content.size);
    expect(editor.state.doc.childCount).toBe(3);
    expect(editor.state.doc.textBetween(0, editor.state.doc.content.size, SEPARATOR)).toBe(TEXTS.join(SEPARATOR));
  });

  it("maps every offset inside a turn to the position of the same character", () => {
    const { editor, text, turns, map } = createEditor(TEXTS);
    for (const turn of turns) {
      for (let offset = turn.startOffset; offset < turn.endOffset; offset++) {
        const pos = map.toPos(offset);
        expect(editor.state.doc.textBetween(pos, pos + 1)).toBe(text[offset]);
        expect(map.toOffset(pos)).toBe(offset);
      }
    }
  });

  it.each([
    ["a word", "Hello", "Hello"],
    ["an emoji", "😀", "😀"],
    ["an emoji with a skin-tone modifier", "👍🏿", "👍🏿"],
    ["a decomposed accent", "cafe\u0301", "cafe\u0301"],
    ["a precomposed name", "Wójcik", "Wójcik"],
  ])("selects %s and maps it back to the exact substring", (_name, needle, expected) => {
    const { editor, text, map } = createEditor(TEXTS);
    const start = text.indexOf(needle);
    const { from, to } = map.rangeToPos(start, start + needle.length);
    editor.commands.setTextSelection({ from, to });
    const { start: mappedStart, end: mappedEnd } = selectedOffsets(editor, map);
    expect(text.slice(mappedStart, mappedEnd)).toBe(expected);
    expect(editor.state.doc.textBetween(from, to)).toBe(expected);
  });

  it("maps a selection across two turns to a range covering the separator", () => {
    const { editor, text, map } = createEditor(TEXTS);
    const start = text.indexOf("there");
    const end = text.indexOf("pani") + "pani".length;
    const { from, to } = map.rangeToPos(start, end);
    editor.commands.setTextSelection({ from, to });
    const offsets = selectedOffsets(editor, map);
    expect(offsets).toEqual({ start, end });
    expect(text.slice(offsets.start, offsets.end)).toBe("there\n\nJa, pani");
  });

  it("maps a selection across all three turns", () => {
    const { editor, text, map } = createEditor(TEXTS);
    const start = text.indexOf("😀");
    const end = text.length - 1;
    editor.commands.setTextSelection(map.rangeToPos(start, end));
    const offsets = selectedOffsets(editor, map);
    expect(text.slice(offsets.start, offsets.end)).toBe("😀 there\n\nJa, pani Wójcik — cafe\u0301 👍🏿\n\nO");
  });

  it("round-trips every text range through editor positions", () => {
    const { editor, text, turns, map } = createEditor(["a😀", "e\u0301b", "", "xy"]);
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const expected = tighten(text, turns, start, end);
        const { from, to } = map.rangeToPos(start, end);
        expect(from).toBeLessThanOrEqual(to);
        expect(editor.state.doc.textBetween(from, to, SEPARATOR)).toBe(expected);
        const back = map.posRangeToOffsets(from, to);
        expect(text.slice(back.start, back.end)).toBe(expected);
      }
    }
  });

  it("maps every selection between inline positions back to the text it shows", () => {
    const { editor, text, map } = createEditor(["ab", "😀", "c"]);
    const { doc } = editor.state;
    const inline: number[] = [];
    doc.forEach((turn, offset) => {
      for (let pos = offset + 1; pos <= offset + 1 + turn.content.size; pos++) inline.push(pos);
    });
    for (const from of inline) {
      for (const to of inline.filter((pos) => pos >= from)) {
        editor.commands.setTextSelection({ from, to });
        const selected = editor.state.selection;
        const offsets = selectedOffsets(editor, map);
        const shown = doc.textBetween(selected.from, selected.to, SEPARATOR);
        expect(text.slice(offsets.start, offsets.end)).toBe(shown.replace(/^\n\n|\n\n$/g, ""));
      }
    }
  });
});

describe("buildPositionMap between turns", () => {
  const { turns } = layout(["ab", "cd"]); // "ab\n\ncd": turn 1 at 0–2, turn 2 at 4–6
  const map = buildPositionMap(turns);

  it("lays out positions like doc(turn(ab) turn(cd))", () => {
    expect(map.size).toBe(8);
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => map.toPos(offset))).toEqual([1, 2, 3, 5, 5, 6, 7]);
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => map.toPos(offset, -1))).toEqual([1, 2, 3, 3, 3, 6, 7]);
  });

  it("resolves positions outside turn text by association", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((pos) => map.toOffset(pos))).toEqual([0, 0, 1, 2, 4, 4, 5, 6, 6]);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((pos) => map.toOffset(pos, -1))).toEqual([0, 0, 1, 2, 2, 4, 5, 6, 6]);
  });

  it.each([
    [2, 4, 3, 3],
    [3, 3, 5, 5],
    [2, 5, 5, 6],
    [1, 4, 2, 3],
    [0, 6, 1, 7],
    [3, 6, 5, 7],
  ])("tightens text range %i–%i to positions %i–%i", (start, end, from, to) => {
    expect(map.rangeToPos(start, end)).toEqual({ from, to });
  });

  it.each([
    [3, 5, 2, 2],
    [4, 4, 4, 4],
    [3, 6, 4, 5],
    [0, 8, 0, 6],
    [2, 6, 1, 5],
  ])("tightens positions %i–%i to text range %i–%i", (from, to, start, end) => {
    expect(map.posRangeToOffsets(from, to)).toEqual({ start, end });
  });
});

describe("buildPositionMap with unusual layouts", () => {
  it("handles turns with no gap between them", () => {
    const map = buildPositionMap([
      { startOffset: 0, endOffset: 2 },
      { startOffset: 2, endOffset: 4 },
    ]);
    expect(map.toPos(2)).toBe(5);
    expect(map.toPos(2, -1)).toBe(3);
    expect(map.rangeToPos(1, 3)).toEqual({ from: 2, to: 6 });
    expect(map.rangeToPos(0, 2)).toEqual({ from: 1, to: 3 });
    expect(map.rangeToPos(2, 4)).toEqual({ from: 5, to: 7 });
  });

  it("skips empty turns when tightening", () => {
    const map = buildPositionMap([
      { startOffset: 0, endOffset: 1 },
      { startOffset: 3, endOffset: 3 },
      { startOffset: 5, endOffset: 6 },
    ]);
    expect(map.size).toBe(8);
    expect(map.rangeToPos(1, 5)).toEqual({ from: 2, to: 2 });
    expect(map.rangeToPos(0, 6)).toEqual({ from: 1, to: 7 });
    expect(map.posRangeToOffsets(2, 6)).toEqual({ start: 1, end: 1 });
  });

  it("handles a text that starts with a gap", () => {
    const map = buildPositionMap([{ startOffset: 2, endOffset: 4 }]);
    expect(map.toPos(0)).toBe(1);
    expect(map.toPos(3)).toBe(2);
    expect(map.toOffset(0)).toBe(2);
    expect(map.rangeToPos(0, 3)).toEqual({ from: 1, to: 2 });
  });

  it("handles a single empty turn", () => {
    const map = buildPositionMap([{ startOffset: 0, endOffset: 0 }]);
    expect(map.size).toBe(2);
    expect(map.toPos(0)).toBe(1);
    expect(map.rangeToPos(0, 0)).toEqual({ from: 1, to: 1 });
    expect(map.posRangeToOffsets(0, 2)).toEqual({ start: 0, end: 0 });
  });
});

describe("buildPositionMap refusals", () => {
  function expectInvalid(run: () => unknown) {
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (error) {
      expect((error as AppError).code).toBe("invalid_input");
    }
  }

  it.each([
    ["no turns", []],
    ["a reversed turn", [{ startOffset: 3, endOffset: 1 }]],
    [
      "overlapping turns",
      [
        { startOffset: 0, endOffset: 3 },
        { startOffset: 2, endOffset: 5 },
      ],
    ],
    ["a fractional offset", [{ startOffset: 0, endOffset: 1.5 }]],
  ])("refuses %s", (_name, turns) => {
    expectInvalid(() => buildPositionMap(turns));
  });

  const map = buildPositionMap(layout(["ab", "cd"]).turns);

  it.each([
    ["an offset before the text", () => map.toPos(-1)],
    ["an offset after the text", () => map.toPos(7)],
    ["a position after the document", () => map.toOffset(9)],
    ["a fractional position", () => map.toOffset(1.5)],
    ["a reversed range", () => map.rangeToPos(3, 1)],
    ["a reversed selection", () => map.posRangeToOffsets(5, 2)],
  ])("refuses %s", (_name, run) => {
    expectInvalid(run);
  });
});
