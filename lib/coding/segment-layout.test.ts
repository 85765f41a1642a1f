import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { assignLanes, type LayoutSegment, layoutSegments } from "./segment-layout";

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

function segment(id: number, startOffset: number, endOffset: number, codeIds: number[]): LayoutSegment {
  return { id, startOffset, endOffset, codeIds };
}

function expectSameForEveryOrder(segments: LayoutSegment[]) {
  const reference = layoutSegments(segments);
  for (const order of permutations(segments)) {
    const layout = layoutSegments(order);
    expect(layout.pieces).toEqual(reference.pieces);
    expect([...layout.lanes]).toEqual([...reference.lanes]);
    expect(layout.laneCount).toBe(reference.laneCount);
  }
  return reference;
}

describe("layoutSegments", () => {
  it("returns nothing for no segments", () => {
    expect(layoutSegments([])).toEqual({ pieces: [], lanes: new Map(), laneCount: 0 });
  });

  it("lays out one segment", () => {
    const layout = layoutSegments([segment(1, 3, 8, [7, 7, 2])]);
    expect(layout.pieces).toEqual([{ startOffset: 3, endOffset: 8, segmentIds: [1], codeIds: [2, 7] }]);
    expect([...layout.lanes]).toEqual([[1, 0]]);
  });

  it("splits two overlapping segments, in either order", () => {
    const layout = expectSameForEveryOrder([segment(1, 0, 10, [1]), segment(2, 5, 15, [2])]);
    expect(layout.pieces).toEqual([
      { startOffset: 0, endOffset: 5, segmentIds: [1], codeIds: [1] },
      { startOffset: 5, endOffset: 10, segmentIds: [1, 2], codeIds: [1, 2] },
      { startOffset: 10, endOffset: 15, segmentIds: [2], codeIds: [2] },
    ]);
    expect([...layout.lanes]).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(layout.laneCount).toBe(2);
  });

  it("splits nested segments, in every order", () => {
    const layout = expectSameForEveryOrder([
      segment(1, 0, 20, [1]),
      segment(2, 5, 10, [2]),
      segment(3, 12, 15, [1, 3]),
    ]);
    expect(layout.pieces).toEqual([
      { startOffset: 0, endOffset: 5, segmentIds: [1], codeIds: [1] },
      { startOffset: 5, endOffset: 10, segmentIds: [1, 2], codeIds: [1, 2] },
      { startOffset: 10, endOffset: 12, segmentIds: [1], codeIds: [1] },
      { startOffset: 12, endOffset: 15, segmentIds: [1, 3], codeIds: [1, 3] },
      { startOffset: 15, endOffset: 20, segmentIds: [1], codeIds: [1] },
    ]);
    expect([...layout.lanes]).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
    ]);
  });

  it("puts the outer of two segments with the same start in the inner lane", () => {
    const layout = expectSameForEveryOrder([segment(1, 0, 5, [1]), segment(2, 0, 10, [2])]);
    expect([...layout.lanes]).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it("separates segments with the same range by id", () => {
    const layout = expectSameForEveryOrder([segment(9, 2, 4, [1]), segment(4, 2, 4, [2])]);
    expect(layout.pieces).toEqual([{ startOffset: 2, endOffset: 4, segmentIds: [4, 9], codeIds: [1, 2] }]);
    expect([...layout.lanes]).toEqual([
      [4, 0],
      [9, 1],
    ]);
  });

  it("lets touching segments share a lane (ends are exclusive)", () => {
    const layout = expectSameForEveryOrder([segment(1, 0, 5, [1]), segment(2, 5, 10, [1])]);
    expect(layout.pieces).toEqual([
      { startOffset: 0, endOffset: 5, segmentIds: [1], codeIds: [1] },
      { startOffset: 5, endOffset: 10, segmentIds: [2], codeIds: [1] },
    ]);
    expect(layout.laneCount).toBe(1);
  });

  it("leaves uncoded gaps out of the pieces", () => {
    const layout = expectSameForEveryOrder([segment(1, 0, 2, [1]), segment(2, 5, 7, [2])]);
    expect(layout.pieces.map((piece) => [piece.startOffset, piece.endOffset])).toEqual([
      [0, 2],
      [5, 7],
    ]);
  });

  it("handles a chain of overlapping and nested segments, in all 120 orders", () => {
    const layout = expectSameForEveryOrder([
      segment(1, 0, 10, [1]),
      segment(2, 2, 4, [2]),
      segment(3, 3, 12, [3]),
      segment(4, 11, 14, [1]),
      segment(5, 4, 6, [2, 1]),
    ]);
    expect(
      layout.pieces.map(({ startOffset, endOffset, segmentIds, codeIds }) => [
        `${startOffset}-${endOffset}`,
        segmentIds.join(","),
        codeIds.join(","),
      ]),
    ).toEqual([
      ["0-2", "1", "1"],
      ["2-3", "1,2", "1,2"],
      ["3-4", "1,2,3", "1,2,3"],
      ["4-6", "1,3,5", "1,2,3"],
      ["6-10", "1,3", "1,3"],
      ["10-11", "3", "3"],
      ["11-12", "3,4", "1,3"],
      ["12-14", "4", "1"],
    ]);
    expect(Object.fromEntries(layout.lanes)).toEqual({ 1: 0, 2: 1, 3: 2, 4: 0, 5: 1 });
    expect(layout.laneCount).toBe(3);
  });

  it("accepts string ids and string code ids", () => {
    const layout = layoutSegments([
      { id: "b", startOffset: 0, endOffset: 4, codeIds: ["pay"] },
      { id: "a", startOffset: 2, endOffset: 6, codeIds: ["hours", "pay"] },
    ]);
    expect(layout.pieces[1]).toEqual({
      startOffset: 2,
      endOffset: 4,
      segmentIds: ["a", "b"],
      codeIds: ["hours", "pay"],
    });
    expect(Object.fromEntries(layout.lanes)).toEqual({ b: 0, a: 1 });
  });

  it("agrees with a brute-force check on random layouts", () => {
    let seed = 42;
    const random = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % limit;
    };
    for (let round = 0; round < 200; round++) {
      const segments = Array.from({ length: 1 + random(8) }, (_, index) => {
        const start = random(20);
        return segment(index + 1, start, start + 1 + random(8), [1 + random(4)]);
      });
      const layout = layoutSegments(segments);
      const covering = (offset: number) =>
        segments.filter((s) => s.startOffset <= offset && offset < s.endOffset).map((s) => s.id);
      for (let offset = 0; offset < 30; offset++) {
        const piece = layout.pieces.find((p) => p.startOffset <= offset && offset < p.endOffset);
        expect(piece?.segmentIds ?? []).toEqual(covering(offset));
      }
      for (const a of segments) {
        for (const b of segments) {
          if (a.id !== b.id && a.startOffset < b.endOffset && b.startOffset < a.endOffset) {
            expect(layout.lanes.get(a.id)).not.toBe(layout.lanes.get(b.id));
          }
        }
      }
      const deepest = Math.max(...Array.from({ length: 30 }, (_, offset) => covering(offset).length));
      expect(layout.laneCount).toBe(deepest);
    }
  });

  it.each([
    ["a duplicate id", [segment(1, 0, 2, []), segment(1, 3, 4, [])]],
    ["an empty segment", [segment(1, 2, 2, [])]],
    ["a reversed segment", [segment(1, 4, 2, [])]],
    ["a negative offset", [segment(1, -1, 2, [])]],
    ["a fractional offset", [segment(1, 0, 2.5, [])]],
  ])("refuses %s", (_name, segments) => {
    expect(() => layoutSegments(segments)).toThrow(AppError);
  });
});

describe("assignLanes", () => {
  it("reuses the lowest free lane", () => {
    const { lanes, laneCount } = assignLanes([
      { id: 1, startOffset: 0, endOffset: 4 },
      { id: 2, startOffset: 1, endOffset: 9 },
      { id: 3, startOffset: 5, endOffset: 6 },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ 1: 0, 2: 1, 3: 0 });
    expect(laneCount).toBe(2);
  });
});
