// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { buildPositionMap, type TurnSpan } from "../position-map";
import { CodingDecorations, getCodingDecorationsState } from "./coding-decorations";
import { DRAW_ALL_UP_TO, FIRST_DRAWN } from "./shown-range";
import { TranscriptDocument } from "./transcript-document";
import { TranscriptText } from "./transcript-text";
import { Turn } from "./turn";
import { turnsToContent } from "./turns-to-content";

const editors: Editor[] = [];
afterEach(() => {
  while (editors.length > 0) editors.pop()!.destroy();
});

/** A transcript of `turnCount` turns of `turnLength` characters each, and a coding at the start of every turn. */
function transcript(turnCount: number, turnLength: number) {
  const texts = Array.from({ length: turnCount }, (_, index) => `Turn ${index} ${"ś".repeat(turnLength - 7)}`);
  const text = texts.join("\n\n");
  let at = 0;
  const turns: TurnSpan[] = texts.map((turn) => {
    const span = { startOffset: at, endOffset: at + turn.length };
    at += turn.length + 2;
    return span;
  });
  const map = buildPositionMap(turns);
  const editor = new Editor({
    extensions: [TranscriptDocument, TranscriptText, Turn, CodingDecorations.configure({ onCodingsClick: null })],
    content: turnsToContent(
      text,
      turns.map((turn, index) => ({ ...turn, id: index + 1, speaker: null, startMs: null })),
    ),
  });
  editors.push(editor);
  const codings = turns.map((turn, index) => ({
    key: `c${index}`,
    ...map.rangeToPos(turn.startOffset, turn.startOffset + 4),
    codeId: 1,
    coderId: 1,
    colour: "#aa0000",
  }));
  editor.commands.setCodings(codings);
  const drawn = () =>
    [...editor.view.dom.querySelectorAll<HTMLElement>(".coding")].map((element) => element.dataset.codingKey);
  return { editor, codings, drawn };
}

describe("codings drawn where the reader is", () => {
  it("draws every coding of a transcript of ordinary length", () => {
    const { editor, drawn } = transcript(10, 1_000);
    expect(editor.state.doc.content.size).toBeLessThan(DRAW_ALL_UP_TO);
    expect(drawn()).toHaveLength(10);
    expect(getCodingDecorationsState(editor.state)!.shown).toBeNull();
  });

  it("draws a long transcript's opening stretch, then the stretch shown, keeping every coding in its state", () => {
    const { editor, codings, drawn } = transcript(40, 2_500);
    expect(editor.state.doc.content.size).toBeGreaterThan(DRAW_ALL_UP_TO);
    const opening = codings.filter((coding) => coding.to <= FIRST_DRAWN).map((coding) => coding.key);
    expect(drawn()).toEqual(opening);
    expect(getCodingDecorationsState(editor.state)!.codings.size).toBe(40);

    const last = codings.at(-1)!;
    expect(editor.commands.showCodingsIn(last.from - 10, last.to + 10)).toBe(true);
    expect(drawn()).toEqual([last.key]);
    // A stretch already drawn asks for nothing.
    expect(editor.commands.showCodingsIn(last.from, last.to)).toBe(false);

    editor.commands.showCodingsIn(0, editor.state.doc.content.size);
    expect(getCodingDecorationsState(editor.state)!.shown).toBeNull();
    expect(drawn()).toHaveLength(40);
  });
});

describe("a long transcript's codings before and after the full set is built", () => {
  it("adds a coding in a free lane and removes one, with only the stretch drawn", () => {
    const { editor, codings, drawn } = transcript(40, 2_500);
    const state = () => getCodingDecorationsState(editor.state)!;
    expect(state().all.isBuilt()).toBe(false);
    const first = codings[0];
    editor.commands.addCodings([{ ...first, key: "over", codeId: 2, to: first.to + 3 }]);
    expect(state().codings.get("over")!.lane).toBe(1);
    // The longer coding wraps the first and goes on after it: two spans of one coding.
    expect([...new Set(drawn())]).toEqual([
      "over",
      first.key,
      ...codings
        .slice(1)
        .filter((c) => c.to <= FIRST_DRAWN)
        .map((c) => c.key),
    ]);
    editor.commands.removeCodings([first.key]);
    expect(drawn()).not.toContain(first.key);
    expect(
      state()
        .decorations.find()
        .map((d) => (d.spec as { codingKey: string }).codingKey),
    ).toHaveLength(40);
  });
});
