import { describe, expect, it } from "vitest";
import type { DocumentCoding } from "@/lib/coding/list-document-codings";
import { decodeRows, encodeRows, type PackedCodings, type PackedRow } from "@/lib/coding/packed-codings";
import { buildPositionMap } from "@/lib/coding/position-map";
import { isShown, legendOf, toDecorations, unpackCodings } from "./coding-records";

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

/** The page packs from SQL rows (listPackedDocumentCodings); the tests pack from whole codings. */
function packCodings(codings: readonly DocumentCoding[]): PackedCodings {
  const codes: PackedCodings["codes"] = {};
  const coders: PackedCodings["coders"] = {};
  const rows: PackedRow[] = [];
  for (const coding of codings) {
    codes[coding.codeId] ??= { name: coding.codeName, colour: coding.colour };
    coders[coding.coderId] ??= coding.coderName;
    rows.push([
      coding.id,
      coding.segmentId,
      coding.start,
      coding.end,
      coding.codeId,
      coding.coderId,
      new Date(coding.createdAt).getTime(),
    ]);
  }
  return { codes, coders, rows: encodeRows(rows) };
}

describe("coding records", () => {
  it("packs codings into rows with names once, and unpacks them unchanged", () => {
    const packed = packCodings(CODINGS);
    expect(decodeRows(packed.rows)).toHaveLength(3);
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

  it("encodes rows in any order, with negative steps and large times, and decodes them exactly", () => {
    const rows: [number, number, number, number, number, number, number][] = [
      [900_001, 5, 295_000, 295_084, 3, 2, 1_796_595_892_155],
      [12, 4, 0, 0, 40, 1, 1_600_000_000_000],
      [12_345, 77, 17, 4_000, 1, 9, 1_796_595_892_155],
    ];
    const encoded = encodeRows(rows);
    expect(encoded.split(";")).toHaveLength(3);
    expect(decodeRows(encoded)).toEqual(rows);
    expect(decodeRows(encodeRows([]))).toEqual([]);
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
