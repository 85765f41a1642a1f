import { describe, expect, it } from "vitest";
import { coOccurrenceMatrix, coOccurrences, topCoOccurrences, type UnitCoding } from "./co-occurrence.reference";

// Units and their codes (answers a…, turns t…):
//   a1: A B C    a2: B A B (B on two segments)    a3: C B    a4: D    t1: C A    t2: A B
const codings: UnitCoding[] = [
  { unitId: "a1", codeId: "A" },
  { unitId: "a1", codeId: "B" },
  { unitId: "a1", codeId: "C" },
  { unitId: "a2", codeId: "B" },
  { unitId: "a2", codeId: "A" },
  { unitId: "a2", codeId: "B" },
  { unitId: "a3", codeId: "C" },
  { unitId: "a3", codeId: "B" },
  { unitId: "a4", codeId: "D" },
  { unitId: "t1", codeId: "C" },
  { unitId: "t1", codeId: "A" },
  { unitId: "t2", codeId: "A" },
  { unitId: "t2", codeId: "B" },
];

describe("coOccurrences", () => {
  it("counts unordered pairs once per unit, most frequent first", () => {
    // A–B: a1, a2, t2 = 3 (a2's second B adds nothing); A–C: a1, t1 = 2; B–C: a1, a3 = 2; D alone: no pair
    expect(coOccurrences(codings)).toEqual([
      { codeA: "A", codeB: "B", count: 3 },
      { codeA: "A", codeB: "C", count: 2 },
      { codeA: "B", codeB: "C", count: 2 },
    ]);
  });

  it("orders numeric code ids numerically inside a pair and among ties", () => {
    // unit 1: codes 10 and 2 → the pair (2, 10), not ("10", "2"); unit 2: 3 and 2 → (2, 3)
    const result = coOccurrences([
      { unitId: 1, codeId: 10 },
      { unitId: 1, codeId: 2 },
      { unitId: 2, codeId: 3 },
      { unitId: 2, codeId: 2 },
    ]);
    expect(result).toEqual([
      { codeA: 2, codeB: 3, count: 1 },
      { codeA: 2, codeB: 10, count: 1 },
    ]);
  });

  it("finds nothing in units with one code or none", () => {
    expect(coOccurrences([])).toEqual([]);
    expect(coOccurrences([{ unitId: "a4", codeId: "D" }])).toEqual([]);
  });
});

describe("topCoOccurrences", () => {
  it("cuts the sorted list at the limit", () => {
    expect(topCoOccurrences(codings, 2)).toEqual([
      { codeA: "A", codeB: "B", count: 3 },
      { codeA: "A", codeB: "C", count: 2 },
    ]);
    expect(topCoOccurrences(codings, 10)).toHaveLength(3);
    expect(topCoOccurrences(codings, 0)).toEqual([]);
  });

  it("refuses a negative or fractional limit", () => {
    expect(() => topCoOccurrences(codings, -1)).toThrow(RangeError);
    expect(() => topCoOccurrences(codings, 1.5)).toThrow(RangeError);
  });
});

describe("coOccurrenceMatrix", () => {
  it("gives a symmetric matrix in the order asked, with each code's units on the diagonal", () => {
    // C: a1, a3, t1 = 3; A: a1, a2, t1, t2 = 4; D: a4 = 1; E: never = 0
    // C–A = 2 (a1, t1); C–D, A–D, and everything with E = 0
    expect(coOccurrenceMatrix(codings, ["C", "A", "D", "E"])).toEqual({
      codes: ["C", "A", "D", "E"],
      counts: [
        [3, 2, 0, 0],
        [2, 4, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 0, 0],
      ],
    });
  });

  it("is empty for no codes and refuses a code listed twice", () => {
    expect(coOccurrenceMatrix(codings, [])).toEqual({ codes: [], counts: [] });
    expect(() => coOccurrenceMatrix(codings, ["A", "A"])).toThrow(RangeError);
  });
});
