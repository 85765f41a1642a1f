import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { applyRedactions } from "./apply-redactions";

function span(text: string, word: string, replacement: string) {
  const start = text.indexOf(word);
  return { start, end: start + word.length, replacement, text: word };
}

describe("applyRedactions", () => {
  it("replaces spans given in any order", () => {
    const text = "Priya rang Kwame in Lambeth.";
    const redactions = [
      span(text, "Lambeth", "[London borough]"),
      span(text, "Priya", "[colleague 1]"),
      span(text, "Kwame", "[person 1]"),
    ];
    expect(applyRedactions(text, redactions)).toBe("[colleague 1] rang [person 1] in [London borough].");
  });

  it("counts offsets in UTF-16 units, so emoji and accents do not shift them", () => {
    const text = "😂👩🏽‍⚕️ Siobhán 😂 Łukasz";
    expect(applyRedactions(text, [span(text, "Siobhán", "[person 1]"), span(text, "Łukasz", "[person 2]")])).toBe(
      "😂👩🏽‍⚕️ [person 1] 😂 [person 2]",
    );
  });

  it("supports undoing one redaction and adding a manual one", () => {
    const text = "Priya rang Kwame.";
    const proposed = [span(text, "Priya", "[colleague 1]"), span(text, "Kwame", "[person 1]")];
    const afterUndo = proposed.filter((redaction) => redaction.text !== "Kwame");
    expect(applyRedactions(text, afterUndo)).toBe("[colleague 1] rang Kwame.");
    expect(applyRedactions(text, [...afterUndo, span(text, "rang", "[manual]")])).toBe("[colleague 1] [manual] Kwame.");
  });

  it("merges overlapping redactions under the first rather than leaving text showing", () => {
    const text = "Adaeze Okonkwo-Smith";
    expect(
      applyRedactions(text, [
        { start: 0, end: 14, replacement: "[person 1]" },
        { start: 7, end: 20, replacement: "[person 2]" },
      ]),
    ).toBe("[person 1]");
  });

  it("returns the input unchanged with no redactions, including empty input", () => {
    expect(applyRedactions("Nothing here.", [])).toBe("Nothing here.");
    expect(applyRedactions("", [])).toBe("");
  });

  it("refuses offsets outside the text, empty spans and split surrogate pairs", () => {
    expect(() => applyRedactions("abc", [{ start: 1, end: 9, replacement: "x" }])).toThrow(AppError);
    expect(() => applyRedactions("abc", [{ start: 2, end: 2, replacement: "x" }])).toThrow(AppError);
    expect(() => applyRedactions("a😂b", [{ start: 2, end: 4, replacement: "x" }])).toThrow(/split a character/);
  });

  it("refuses a redaction whose text no longer matches", () => {
    expect(() => applyRedactions("Priya rang.", [{ start: 0, end: 5, replacement: "x", text: "Kwame" }])).toThrow(
      /no longer covers/,
    );
  });
});
