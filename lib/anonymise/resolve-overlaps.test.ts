import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "./resolve-overlaps";
import type { Detection } from "./types";

const detection = (
  start: number,
  end: number,
  category: Detection["category"],
  source: Detection["source"],
): Detection => ({
  start,
  end,
  category,
  source,
  reason: "test",
});

const summary = (detections: Detection[]) => detections.map((d) => [d.start, d.end, d.category, d.source]);

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("resolveOverlaps", () => {
  it("keeps the longest of nested detections", () => {
    const inner = detection(3, 10, "authority", "list");
    const outer = detection(0, 20, "authority", "list");
    expect(summary(resolveOverlaps([inner, outer]))).toEqual([[0, 20, "authority", "list"]]);
  });

  it("puts structured identifiers first even when shorter", () => {
    const email = detection(5, 15, "email", "structured");
    const name = detection(0, 12, "person", "nlp");
    expect(summary(resolveOverlaps([name, email]))).toEqual([[0, 15, "email", "structured"]]);
  });

  it("prefers the roster over NLP for the same span", () => {
    expect(summary(resolveOverlaps([detection(0, 5, "person", "nlp"), detection(0, 5, "person", "roster")]))).toEqual([
      [0, 5, "person", "roster"],
    ]);
  });

  it("widens the winner over a partly overlapping loser so nothing is left showing", () => {
    expect(summary(resolveOverlaps([detection(0, 10, "place", "list"), detection(6, 14, "person", "nlp")]))).toEqual([
      [0, 14, "place", "list"],
    ]);
  });

  it("gives the same result whatever order the detections arrive in", () => {
    const items = [
      detection(0, 8, "date", "structured"),
      detection(0, 8, "case_number", "structured"),
      detection(4, 12, "person", "nlp"),
      detection(20, 25, "place", "nlp"),
    ];
    const expected = summary(resolveOverlaps(items));
    expect(expected).toEqual([
      [0, 12, "date", "structured"],
      [20, 25, "place", "nlp"],
    ]);
    for (const order of permutations(items)) expect(summary(resolveOverlaps(order))).toEqual(expected);
  });

  it("drops empty spans and handles no input", () => {
    expect(resolveOverlaps([detection(3, 3, "person", "nlp")])).toEqual([]);
    expect(resolveOverlaps([])).toEqual([]);
  });
});
