import { describe, expect, it } from "vitest";
import type { DocumentCoding } from "@/lib/coding/list-document-codings";
import { buildPositionMap } from "@/lib/coding/position-map";
import { isShown, legendOf, packCodings, toDecorations, unpackCodings } from "./coding-records";

const CODINGS: DocumentCoding[] = [
  {
    id: 7,
    segmentId: 3,
    start: 0,
    end: 5,
    codeId: 1,
    codeName: "Pay – ś",
    colour: "#112233",
    coderId: 10,
    coderName: "Ana",
    createdAt: new Date(1_700_000_000_000),
  },
  {
    id: 8,
    segmentId: 3,
    start: 0,
    end: 5,
    codeId: 2,
    codeName: "Workload",
    colour: "#445566",
    coderId: 11,
    coderName: "Ben",
    createdAt: new Date(1_700_000_000_500),
  },
  {
    id: 9,
    segmentId: 4,
    start: 5,
    end: 9,
    codeId: 1,
    codeName: "Pay – ś",
    colour: "#112233",
    coderId: 10,
    coderName: "Ana",
    createdAt: new Date(1_700_000_001_000),
  },
];

describe("coding records", () => {
  it("packs codings into rows with names once, and unpacks them unchanged", () => {
    const packed = packCodings(CODINGS);
    expect(packed.rows).toHaveLength(3);
    expect(Object.keys(packed.codes)).toEqual(["1", "2"]);
    expect(packed.coders).toEqual({ 10: "Ana", 11: "Ben" });
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(CODINGS).length);
    const records = unpackCodings(JSON.parse(JSON.stringify(packed)));
    expect(
      records.map((r) => [r.key, r.id, r.segmentId, r.start, r.end, r.codeName, r.colour, r.coderName, r.createdAt]),
    ).toEqual([
      ["7", 7, 3, 0, 5, "Pay – ś", "#112233", "Ana", 1_700_000_000_000],
      ["8", 8, 3, 0, 5, "Workload", "#445566", "Ben", 1_700_000_000_500],
      ["9", 9, 4, 5, 9, "Pay – ś", "#112233", "Ana", 1_700_000_001_000],
    ]);
  });

  it("filters by coder, counts codes for the legend and skips ranges that cover only a separator", () => {
    const records = unpackCodings(packCodings(CODINGS));
    expect(records.filter((r) => isShown(r, "mine", 10)).map((r) => r.id)).toEqual([7, 9]);
    expect(records.filter((r) => isShown(r, 11, 10)).map((r) => r.id)).toEqual([8]);
    expect(records.filter((r) => isShown(r, "all", 10))).toHaveLength(3);
    expect(legendOf(records).map((entry) => [entry.codeName, entry.count])).toEqual([
      ["Pay – ś", 2],
      ["Workload", 1],
    ]);
    // Turns "Hello" (0–5) and "World" (7–12): a coding of the separator alone has nothing to draw.
    const map = buildPositionMap([
      { startOffset: 0, endOffset: 5 },
      { startOffset: 7, endOffset: 12 },
    ]);
    const separatorOnly = { ...records[0], key: "s", start: 5, end: 7 };
    const decorations = toDecorations([records[0], separatorOnly], map);
    expect(decorations.map((d) => [d.key, d.from, d.to])).toEqual([["7", 1, 6]]);
  });
});
