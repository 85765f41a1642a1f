import { describe, expect, it } from "vitest";
import type { ReviewFlag, ReviewRedaction } from "@/lib/quotes/review-types";
import { occurrences, pieces } from "./redaction-text";

const redaction = (start: number, end: number, undone = false) =>
  ({ id: `r${start}`, start, end, undone }) as unknown as ReviewRedaction;
const flag = (start: number, end: number) => ({ id: `f${start}`, start, end }) as unknown as ReviewFlag;

describe("occurrences", () => {
  it("finds a phrase in any case on word boundaries only (UTF-16 offsets)", () => {
    expect(occurrences("Ana met ANA, not Anabel; ś Ana 😀", "ana")).toEqual([
      { start: 0, end: 3 },
      { start: 8, end: 11 },
      { start: 27, end: 30 },
    ]);
    expect(occurrences("Zoë and zoëy", "zoë")).toEqual([{ start: 0, end: 3 }]);
  });
});

describe("pieces", () => {
  it("cuts the text at every boundary, the live redaction winning over an undone one", () => {
    const text = "abcdefghij";
    const result = pieces(text, [redaction(2, 5), redaction(4, 8, true)], [flag(7, 9)]);
    expect(
      result.map(({ start, end, redaction, undone, flag }) => [
        start,
        end,
        redaction?.id ?? null,
        undone,
        flag?.id ?? null,
      ]),
    ).toEqual([
      [0, 2, null, false, null],
      [2, 4, "r2", false, null],
      [4, 5, "r2", true, null],
      [5, 7, null, true, null],
      [7, 8, null, true, "f7"],
      [8, 9, null, false, "f7"],
      [9, 10, null, false, null],
    ]);
  });
});
