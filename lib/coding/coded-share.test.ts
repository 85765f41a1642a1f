import { describe, expect, it } from "vitest";
import { codedShare, sharePercent } from "./coded-share";

describe("codedShare", () => {
  const turns = [
    { startOffset: 0, endOffset: 10 },
    { startOffset: 12, endOffset: 20 },
    { startOffset: 22, endOffset: 32 },
  ];

  it("counts overlapping and nested codings once and never the separators", () => {
    const result = codedShare(turns, [
      { start: 2, end: 6 },
      { start: 4, end: 8 },
      { start: 5, end: 6 },
      { start: 8, end: 14 },
    ]);
    expect(result).toEqual({ codedCharacters: 8 + 2, totalCharacters: 28, codedTurns: 2, turnCount: 3 });
  });

  it("clips a coding across several turns to their text", () => {
    expect(codedShare(turns, [{ start: 0, end: 32 }])).toEqual({
      codedCharacters: 28,
      totalCharacters: 28,
      codedTurns: 3,
      turnCount: 3,
    });
  });

  it("is nothing for an uncoded document", () => {
    expect(codedShare(turns, [])).toEqual({ codedCharacters: 0, totalCharacters: 28, codedTurns: 0, turnCount: 3 });
  });
});

describe("sharePercent", () => {
  it("rounds but keeps 0% and 100% for nothing and all", () => {
    expect(sharePercent(0, 50)).toBe(0);
    expect(sharePercent(1, 1000)).toBe(1);
    expect(sharePercent(999, 1000)).toBe(99);
    expect(sharePercent(1000, 1000)).toBe(100);
    expect(sharePercent(1, 3)).toBe(33);
    expect(sharePercent(3, 0)).toBe(0);
  });
});
