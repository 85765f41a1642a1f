import { describe, expect, it } from "vitest";
import { emptySegmentUnits, segmentSpanOf, segmentUnitOf, setSegmentUnits } from "./segment-units";

describe("segment table", () => {
  it("keeps each segment's units and span in the dense array, and after falling back to a map", () => {
    const table = emptySegmentUnits();
    table.base = 100;
    table.dense = new Int32Array(3).fill(-1);
    table.spans = new Int32Array(9);
    setSegmentUnits(table, 100, [4], [7, 0, 12]);
    setSegmentUnits(table, 102, [5, 6], [7, 20, 90]);
    const span: [number, number, number] = [0, 0, 0];
    expect(segmentSpanOf(table, 101, span)).toBe(false);
    expect(segmentSpanOf(table, 102, span)).toBe(true);
    expect(span).toEqual([7, 20, 90]);
    expect(segmentUnitOf(table, 102)).toBe(-2);

    // A segment far beyond the range (other projects' ids in between) turns the table into maps.
    setSegmentUnits(table, 5_000_000, [8], [9, 1, 2]);
    expect(table.dense).toBeNull();
    expect(segmentSpanOf(table, 100, span)).toBe(true);
    expect(span).toEqual([7, 0, 12]);
    expect(segmentSpanOf(table, 5_000_000, span)).toBe(true);
    expect(span).toEqual([9, 1, 2]);
    expect(segmentSpanOf(table, 101, span)).toBe(false);
    expect(segmentUnitOf(table, 100)).toBe(4);
    expect(segmentUnitOf(table, 5_000_000)).toBe(8);
  });

  it("grows the dense array with its spans", () => {
    const table = emptySegmentUnits();
    table.base = 1;
    table.dense = new Int32Array(1).fill(-1);
    table.spans = new Int32Array(3);
    setSegmentUnits(table, 1, [0], [3, 0, 5]);
    setSegmentUnits(table, 4, [], [3, 50, 60]);
    const span: [number, number, number] = [0, 0, 0];
    expect(segmentSpanOf(table, 4, span)).toBe(true);
    expect(span).toEqual([3, 50, 60]);
    expect(segmentUnitOf(table, 4)).toBe(-1);
    expect(segmentSpanOf(table, 1, span)).toBe(true);
    expect(span).toEqual([3, 0, 5]);
  });
});
