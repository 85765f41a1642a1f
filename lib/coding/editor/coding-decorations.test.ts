// @vitest-environment jsdom
import { Editor } from "@tiptap/core";
import { type Decoration, DecorationSet } from "@tiptap/pm/view";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildPositionMap, type TurnSpan } from "../position-map";
import {
  type CodingDecorationInput,
  CodingDecorations,
  codingDecorationsKey,
  getCodingDecorationsState,
} from "./coding-decorations";
import { TranscriptDocument } from "./transcript-document";
import { TranscriptText } from "./transcript-text";
import { Turn } from "./turn";
import { turnsToContent } from "./turns-to-content";

const TEXTS = ["Hello 😀 there, my friend", "Pani Wójcik says cafe\u0301 is open"];
const TEXT = TEXTS.join("\n\n");
const TURNS: TurnSpan[] = [
  { startOffset: 0, endOffset: TEXTS[0].length },
  { startOffset: TEXTS[0].length + 2, endOffset: TEXT.length },
];
const MAP = buildPositionMap(TURNS);

const editors: Editor[] = [];

afterEach(() => {
  while (editors.length > 0) editors.pop()!.destroy();
});

function createEditor(options: { editable?: boolean; onCodingsClick?: (keys: string[], pos: number) => void } = {}) {
  const editor = new Editor({
    editable: options.editable ?? true,
    extensions: [
      TranscriptDocument,
      TranscriptText,
      Turn,
      CodingDecorations.configure({ onCodingsClick: options.onCodingsClick ?? null }),
    ],
    content: turnsToContent(
      TEXT,
      TURNS.map((turn, index) => ({ ...turn, id: index + 1, speaker: null, startMs: null })),
    ),
  });
  editors.push(editor);
  return editor;
}

/** A coding over the first occurrence of `needle` (or from it through `through`). */
function coding(key: string, needle: string, extra: Partial<CodingDecorationInput> = {}, through?: string) {
  const start = TEXT.indexOf(needle);
  const end = through === undefined ? start + needle.length : TEXT.indexOf(through) + through.length;
  if (start === -1 || end < start) throw new Error(`no ${needle} in the text`);
  const { from, to } = MAP.rangeToPos(start, end);
  return { key, from, to, codeId: 1, coderId: 1, colour: "#aa0000", ...extra };
}

function pluginState(editor: Editor) {
  return getCodingDecorationsState(editor.state)!;
}

/** The text each coding key covers in the DOM, pieces joined. */
function renderedText(editor: Editor): Record<string, string> {
  const byKey: Record<string, string> = {};
  for (const element of editor.view.dom.querySelectorAll<HTMLElement>(".coding")) {
    const key = element.dataset.codingKey!;
    byKey[key] = (byKey[key] ?? "") + element.textContent;
  }
  return byKey;
}

/** The decorations each coding key has, as found in the DecorationSet. */
function foundDecorations(editor: Editor): Record<string, Decoration[]> {
  const byKey: Record<string, Decoration[]> = {};
  for (const decoration of pluginState(editor).decorations.find()) {
    const key = (decoration.spec as { codingKey: string }).codingKey;
    byKey[key] = [...(byKey[key] ?? []), decoration];
  }
  return byKey;
}

function lanes(editor: Editor): Record<string, number> {
  return Object.fromEntries([...pluginState(editor).codings].map(([key, placed]) => [key, placed.lane]));
}

describe("CodingDecorations", () => {
  it("starts empty", () => {
    const editor = createEditor();
    expect(pluginState(editor).codings.size).toBe(0);
    expect(pluginState(editor).rebuilds).toBe(0);
    expect(editor.view.dom.querySelectorAll(".coding")).toHaveLength(0);
  });

  it("draws overlapping codings, each with its own span and attributes", () => {
    const editor = createEditor();
    expect(
      editor.commands.setCodings([
        coding("a", "Hello 😀", { codeId: 7, coderId: 3, colour: "#112233" }),
        coding("b", "😀 there", { codeId: 8, coderId: 4, colour: "#445566" }),
      ]),
    ).toBe(true);
    expect(renderedText(editor)).toEqual({ a: "Hello 😀", b: "😀 there" });
    const emojiSpans = [...editor.view.dom.querySelectorAll<HTMLElement>(".coding")].filter(
      (element) => element.textContent === "😀",
    );
    expect(emojiSpans.map((element) => element.dataset.codingKey).sort()).toEqual(["a", "b"]);
    const first = editor.view.dom.querySelector<HTMLElement>('[data-coding-key="a"]')!;
    expect(first.tagName).toBe("SPAN");
    expect(first.dataset).toMatchObject({ codeId: "7", lane: "0" });
    expect(first.getAttribute("style")).toContain("#112233");
    const second = editor.view.dom.querySelector<HTMLElement>('[data-coding-key="b"]')!;
    expect(second.dataset).toMatchObject({ codeId: "8", lane: "1" });
    expect(second.getAttribute("style")).toContain("#445566");
    // The stylesheet lifts each lane's stripe by this (non-inherited) custom property.
    expect(second.style.getPropertyValue("--coding-lane")).toBe("1");
    expect(first.style.getPropertyValue("--coding-lane")).toBe("");
  });

  it("draws nested codings in successive lanes", () => {
    const editor = createEditor();
    editor.commands.setCodings([
      coding("inner", "😀"),
      coding("outer", "Hello 😀 there, my friend"),
      coding("middle", "Hello 😀 there"),
    ]);
    expect(renderedText(editor)).toEqual({
      outer: "Hello 😀 there, my friend",
      middle: "Hello 😀 there",
      inner: "😀",
    });
    expect(lanes(editor)).toEqual({ outer: 0, middle: 1, inner: 2 });
    const emoji = [...editor.view.dom.querySelectorAll<HTMLElement>(".coding")].filter(
      (element) => element.textContent === "😀",
    );
    expect(emoji).toHaveLength(3);
  });

  it("finds each coding's decorations in the DecorationSet", () => {
    const editor = createEditor();
    const a = coding("a", "Hello 😀");
    const b = coding("b", "there", {}, "Pani");
    editor.commands.setCodings([a, b]);
    const found = foundDecorations(editor);
    expect(found.a.map((d) => [d.from, d.to])).toEqual([[a.from, a.to]]);
    expect(found.b.map((d) => [d.from, d.to])).toEqual([[b.from, b.to]]);
    expect(
      pluginState(editor)
        .decorations.find(a.from, a.from)
        .map((d) => d.spec.codingKey),
    ).toEqual(["a"]);
    expect(renderedText(editor).b).toBe("there, my friendPani");
    expect(editor.view.dom.querySelectorAll('[data-coding-key="b"]')).toHaveLength(2);
  });

  it("adds a coding without rebuilding or replacing the other decorations", () => {
    const editor = createEditor();
    editor.commands.setCodings([coding("a", "Hello"), coding("b", "Wójcik"), coding("c", "friend", {}, "Pani")]);
    expect(pluginState(editor).rebuilds).toBe(1);
    const before = foundDecorations(editor);
    const create = vi.spyOn(DecorationSet, "create");

    expect(editor.commands.addCodings([coding("d", "lo 😀", { colour: "#00aa00" })])).toBe(true);

    expect(create).not.toHaveBeenCalled();
    create.mockRestore();
    expect(pluginState(editor).rebuilds).toBe(1);
    const after = foundDecorations(editor);
    for (const key of ["a", "b", "c"]) {
      expect(after[key].map((d) => d.spec)).toHaveLength(before[key].length);
      after[key].forEach((decoration, index) => {
        expect(decoration.spec).toBe(before[key][index].spec);
      });
    }
    expect(renderedText(editor)).toMatchObject({ a: "Hello", d: "lo 😀" });
    expect(lanes(editor)).toEqual({ a: 0, b: 0, c: 0, d: 1 });
  });

  it("gives an added coding the lowest lane free along its range", () => {
    const editor = createEditor();
    editor.commands.setCodings([coding("a", "Hello 😀"), coding("b", "😀 there")]);
    expect(lanes(editor)).toEqual({ a: 0, b: 1 });
    editor.commands.addCodings([coding("c", "there"), coding("d", "Hello"), coding("e", "ello")]);
    expect(lanes(editor)).toEqual({ a: 0, b: 1, c: 0, d: 1, e: 2 });
    expect(pluginState(editor).rebuilds).toBe(1);
  });

  it("removes codings without rebuilding or replacing the others", () => {
    const editor = createEditor();
    editor.commands.setCodings([coding("a", "Hello 😀"), coding("b", "😀 there"), coding("c", "cafe\u0301")]);
    const before = foundDecorations(editor);
    const create = vi.spyOn(DecorationSet, "create");

    expect(editor.commands.removeCodings(["b", "unknown"])).toBe(true);

    expect(create).not.toHaveBeenCalled();
    create.mockRestore();
    expect(pluginState(editor).rebuilds).toBe(1);
    expect([...pluginState(editor).codings.keys()].sort()).toEqual(["a", "c"]);
    expect(renderedText(editor)).toEqual({ a: "Hello 😀", c: "cafe\u0301" });
    const after = foundDecorations(editor);
    expect(after.b).toBeUndefined();
    expect(after.a[0].spec).toBe(before.a[0].spec);
    expect(after.c[0].spec).toBe(before.c[0].spec);
  });

  it("syncs to a store snapshot: redraws only what differs and marks pending codings", () => {
    const editor = createEditor();
    editor.commands.setCodings([coding("a", "Hello 😀"), coding("b", "😀 there"), coding("c", "cafe\u0301")]);
    const before = foundDecorations(editor);
    const create = vi.spyOn(DecorationSet, "create");

    expect(
      editor.commands.syncCodings([
        coding("a", "Hello 😀"),
        coding("c", "cafe\u0301", { pending: true }),
        coding("d", "there", { pending: true }),
      ]),
    ).toBe(true);

    expect(create).not.toHaveBeenCalled();
    create.mockRestore();
    expect(pluginState(editor).rebuilds).toBe(1);
    expect(renderedText(editor)).toEqual({ a: "Hello 😀", c: "cafe\u0301", d: "there" });
    expect(foundDecorations(editor).a[0].spec).toBe(before.a[0].spec);
    const pending = [...editor.view.dom.querySelectorAll<HTMLElement>(".coding[data-pending]")].map(
      (element) => element.dataset.codingKey,
    );
    expect(pending.sort()).toEqual(["c", "d"]);

    // The server answers: the same keys, no longer pending.
    editor.commands.syncCodings([coding("a", "Hello 😀"), coding("c", "cafe\u0301"), coding("d", "there")]);
    expect(editor.view.dom.querySelectorAll(".coding[data-pending]")).toHaveLength(0);
    expect(renderedText(editor)).toEqual({ a: "Hello 😀", c: "cafe\u0301", d: "there" });
    expect(pluginState(editor).rebuilds).toBe(1);
  });

  it("removes a coding that spans two turns", () => {
    const editor = createEditor();
    editor.commands.setCodings([coding("a", "friend", {}, "Pani"), coding("b", "Hello")]);
    editor.commands.removeCodings(["a"]);
    expect(renderedText(editor)).toEqual({ b: "Hello" });
    expect(pluginState(editor).decorations.find()).toHaveLength(1);
  });

  it("redraws a coding added again under the same key", () => {
    const editor = createEditor();
    editor.commands.setCodings([coding("a", "Hello")]);
    editor.commands.addCodings([coding("a", "there", { colour: "#0000ff" })]);
    expect(renderedText(editor)).toEqual({ a: "there" });
    expect(editor.view.dom.querySelector(".coding")!.getAttribute("style")).toContain("#0000ff");
    expect(pluginState(editor).decorations.find()).toHaveLength(1);
  });

  it("rebuilds on setCodings, as when the filter changes to one coder", () => {
    const editor = createEditor();
    const all = [
      coding("a", "Hello", { coderId: 1 }),
      coding("b", "Hello 😀", { coderId: 2 }),
      coding("c", "Wójcik", { coderId: 1 }),
    ];
    editor.commands.setCodings(all);
    editor.commands.setCodings(all.filter((item) => item.coderId === 1));
    expect(pluginState(editor).rebuilds).toBe(2);
    expect(renderedText(editor)).toEqual({ a: "Hello", c: "Wójcik" });
    expect(lanes(editor)).toEqual({ a: 0, c: 0 });
    editor.commands.setCodings([]);
    expect(editor.view.dom.querySelectorAll(".coding")).toHaveLength(0);
  });

  it("applies chained operations in order", () => {
    const editor = createEditor();
    editor
      .chain()
      .setCodings([coding("a", "Hello"), coding("b", "there")])
      .removeCodings(["a"])
      .addCodings([coding("c", "Pani")])
      .run();
    expect(renderedText(editor)).toEqual({ b: "there", c: "Pani" });
    expect(pluginState(editor).rebuilds).toBe(1);
  });

  it.each([
    ["a colour that is not #rrggbb", [coding("a", "Hello", { colour: "red; background: url(x)" })]],
    ["a range past the end", [{ ...coding("a", "Hello"), to: 10_000 }]],
    ["an empty range", [{ ...coding("a", "Hello"), to: coding("a", "Hello").from }]],
    ["a fractional position", [{ ...coding("a", "Hello"), from: 1.5 }]],
    ["a key used twice", [coding("a", "Hello"), coding("a", "there")]],
  ])("refuses %s and draws nothing", (_name, codings) => {
    const editor = createEditor();
    expect(editor.commands.setCodings(codings)).toBe(false);
    expect(editor.commands.addCodings(codings)).toBe(false);
    expect(editor.can().addCodings(codings)).toBe(false);
    expect(pluginState(editor).codings.size).toBe(0);
    expect(editor.view.dom.querySelectorAll(".coding")).toHaveLength(0);
  });

  it("keeps codings out of the document and the undo history", () => {
    const editor = createEditor();
    const before = editor.state.doc;
    editor.commands.setCodings([coding("a", "Hello")]);
    expect(editor.state.doc).toBe(before);
    expect(editor.getJSON()).toEqual(turnsToContentForTest());
  });

  it("still draws codings in a read-only editor", () => {
    const editor = createEditor({ editable: false });
    expect(editor.isEditable).toBe(false);
    expect(editor.view.dom.getAttribute("contenteditable")).toBe("false");
    editor.commands.setCodings([coding("a", "Hello 😀"), coding("b", "😀")]);
    editor.commands.addCodings([coding("c", "cafe\u0301")]);
    editor.commands.removeCodings(["a"]);
    expect(renderedText(editor)).toEqual({ b: "😀", c: "cafe\u0301" });
  });

  it("maps codings through a document change", () => {
    const editor = createEditor();
    const hello = coding("a", "Hello");
    editor.commands.setCodings([hello]);
    editor.commands.insertContentAt(1, "Oh ");
    const placed = pluginState(editor).codings.get("a")!;
    expect([placed.from, placed.to]).toEqual([hello.from + 3, hello.to + 3]);
    expect(renderedText(editor)).toEqual({ a: "Hello" });
    editor.commands.addCodings([coding("b", "there")]);
    expect(renderedText(editor)).toMatchObject({ a: "Hello" });
  });

  describe("clicks", () => {
    function click(editor: Editor, pos: number, target: EventTarget) {
      const event = new MouseEvent("click", { bubbles: true });
      Object.defineProperty(event, "target", { value: target });
      return editor.view.someProp("handleClick", (handle) => handle(editor.view, pos, event));
    }

    it("reports the codings under the clicked element, innermost first", () => {
      const onCodingsClick = vi.fn();
      const editor = createEditor({ onCodingsClick });
      editor.commands.setCodings([coding("outer", "Hello 😀 there"), coding("inner", "😀")]);
      const emoji = [...editor.view.dom.querySelectorAll<HTMLElement>('[data-coding-key="inner"]')][0];
      const pos = coding("x", "😀").from;
      expect(click(editor, pos, emoji)).toBeFalsy();
      expect(onCodingsClick).toHaveBeenCalledWith(["inner", "outer"], pos);
    });

    it("falls back to the clicked position, innermost first", () => {
      const onCodingsClick = vi.fn();
      const editor = createEditor({ onCodingsClick });
      editor.commands.setCodings([coding("outer", "Hello 😀 there"), coding("inner", "😀")]);
      const pos = coding("x", "😀").from;
      click(editor, pos, editor.view.dom.querySelector("p")!);
      expect(onCodingsClick).toHaveBeenCalledWith(["inner", "outer"], pos);
    });

    it("stays quiet on uncoded text", () => {
      const onCodingsClick = vi.fn();
      const editor = createEditor({ onCodingsClick });
      editor.commands.setCodings([coding("a", "Hello")]);
      click(editor, coding("x", "friend").from, editor.view.dom.querySelector("p")!);
      expect(onCodingsClick).not.toHaveBeenCalled();
    });
  });

  it("exposes its plugin state under codingDecorationsKey", () => {
    const editor = createEditor();
    expect(codingDecorationsKey.getState(editor.state)).toBe(pluginState(editor));
  });
});

function turnsToContentForTest() {
  return turnsToContent(
    TEXT,
    TURNS.map((turn, index) => ({ ...turn, id: index + 1, speaker: null, startMs: null })),
  );
}
