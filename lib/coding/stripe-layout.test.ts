import { describe, expect, it } from "vitest";
import { codingsByTurn, describeCodes, firstTurnEndingAfter, layoutStripes, type StripeCoding } from "./stripe-layout";

function coding(key: string, start: number, end: number, codeName = key, codeId = key.charCodeAt(0)): StripeCoding {
  return { key, start, end, codeId, codeName };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

function summary(span: { startOffset: number; endOffset: number }, codings: StripeCoding[]) {
  const { stripes, laneCount, codeNames } = layoutStripes(span, codings);
  return {
    laneCount,
    codeNames,
    stripes: Object.fromEntries(stripes.map((s) => [s.coding.key, [s.lane, s.top, s.height]])),
  };
}

describe("layoutStripes", () => {
  const turn = { startOffset: 100, endOffset: 200 };

  it("stacks two overlapping codings in two lanes, whatever their order", () => {
    const a = coding("a", 100, 150, "Caseloads");
    const b = coding("b", 120, 200, "Pay");
    for (const order of permutations([a, b])) {
      expect(summary(turn, order)).toEqual({
        laneCount: 2,
        codeNames: ["Caseloads", "Pay"],
        stripes: { a: [0, 0, 0.5], b: [1, 0.2, 0.8] },
      });
    }
  });

  it("puts a nested coding beside the one around it and reuses a lane once a coding ends", () => {
    const outer = coding("o", 100, 200);
    const inner = coding("i", 130, 140);
    const later = coding("l", 150, 160);
    for (const order of permutations([outer, inner, later])) {
      const result = summary(turn, order);
      expect(result.laneCount).toBe(2);
      expect(result.stripes.o).toEqual([0, 0, 1]);
      expect(result.stripes.i).toEqual([1, 0.3, 0.1]);
      expect(result.stripes.l).toEqual([1, 0.5, 0.1]);
    }
  });

  it("uses as many lanes as the deepest overlap, in every order of three chained codings", () => {
    const codings = [coding("a", 100, 130), coding("b", 110, 160), coding("c", 150, 190), coding("d", 120, 155)];
    for (const order of permutations(codings)) {
      const { stripes, laneCount } = layoutStripes(turn, order);
      expect(laneCount).toBe(3);
      for (const x of stripes)
        for (const y of stripes) {
          const overlap = x.coding.start < y.coding.end && y.coding.start < x.coding.end;
          if (x !== y && overlap) expect(x.lane).not.toBe(y.lane);
        }
    }
  });

  it("clips codings that run over the turn's edges and says they go on", () => {
    const { stripes } = layoutStripes(turn, [coding("a", 50, 120), coding("b", 180, 260), coding("c", 0, 100)]);
    expect(stripes.map((s) => [s.coding.key, s.top, s.height, s.continuesBefore, s.continuesAfter])).toEqual([
      ["a", 0, 0.2, true, false],
      ["b", 0.8, 0.2, false, true],
    ]);
  });

  it("measures by UTF-16 offsets, so emoji and accents keep their place", () => {
    const text = "Caseloads 😩 at Śródmieście é";
    const start = text.indexOf("Ś");
    const { stripes } = layoutStripes({ startOffset: 0, endOffset: text.length }, [
      coding("x", text.indexOf("😩"), text.indexOf("😩") + 2, "Stress"),
      coding("y", start, start + "Śródmieście".length, "Place"),
    ]);
    expect(stripes.map((s) => [s.coding.codeName, s.lane])).toEqual([
      ["Stress", 0],
      ["Place", 0],
    ]);
    expect(stripes[0].height).toBeCloseTo(2 / text.length);
  });

  it("names each code once, in name order, for screen readers", () => {
    const names = layoutStripes(turn, [
      coding("1", 100, 110, "Pay"),
      coding("2", 105, 130, "Éducation"),
      coding("3", 150, 160, "Pay"),
      coding("4", 170, 180, "caseloads"),
    ]).codeNames;
    expect(names).toEqual(["caseloads", "Éducation", "Pay"]);
    expect(describeCodes(names)).toBe("Coded: caseloads, Éducation, Pay");
    expect(describeCodes([])).toBe("Not coded");
  });

  it("draws nothing for an empty turn or codings outside it", () => {
    expect(layoutStripes({ startOffset: 5, endOffset: 5 }, [coding("a", 0, 10)]).stripes).toEqual([]);
    expect(layoutStripes(turn, [coding("a", 0, 100), coding("b", 200, 300)])).toEqual({
      stripes: [],
      laneCount: 0,
      more: null,
      codeNames: [],
    });
  });

  it("draws at most the lanes shown, the last one a bar for all the codings beyond them", () => {
    // Ten nested codings of one turn: 100–200, 105–195, … each inside the one before.
    const nested = Array.from({ length: 10 }, (_, index) => coding(`n${index}`, 100 + index * 5, 200 - index * 5));
    const layout = layoutStripes(turn, nested, 4);
    expect(layout.laneCount).toBe(4);
    expect(layout.stripes.map((stripe) => [stripe.coding.key, stripe.lane])).toEqual([
      ["n0", 0],
      ["n1", 1],
      ["n2", 2],
    ]);
    expect(layout.more?.lane).toBe(3);
    expect(layout.more?.codings.map((shown) => shown.key)).toEqual(["n3", "n4", "n5", "n6", "n7", "n8", "n9"]);
    // The bar reaches from the outermost hidden coding's start to its end.
    expect(layout.more?.top).toBeCloseTo(0.15);
    expect(layout.more?.height).toBeCloseTo(0.7);
    expect([layout.more?.start, layout.more?.end]).toEqual([115, 185]);
    expect(layout.more?.codeNames).toEqual(["n3", "n4", "n5", "n6", "n7", "n8", "n9"]);
    // Exactly as many lanes as shown: no bar.
    expect(layoutStripes(turn, nested.slice(0, 4), 4).more).toBeNull();
    expect(layoutStripes(turn, nested.slice(0, 4), 4).stripes).toHaveLength(4);
  });
});

describe("codingsByTurn", () => {
  const turns = [
    { startOffset: 0, endOffset: 10 },
    { startOffset: 12, endOffset: 20 },
    { startOffset: 22, endOffset: 40 },
  ];

  it("lists a coding under every turn it touches, and none that only cover a separator", () => {
    const long = coding("long", 5, 30);
    const gap = coding("gap", 10, 12);
    const last = coding("last", 39, 40);
    const byTurn = codingsByTurn(turns, [long, gap, last]);
    expect(byTurn.get(0)).toEqual([long]);
    expect(byTurn.get(1)).toEqual([long]);
    expect(byTurn.get(2)).toEqual([long, last]);
  });

  it("finds the first turn ending after an offset", () => {
    expect(firstTurnEndingAfter(turns, 0)).toBe(0);
    expect(firstTurnEndingAfter(turns, 10)).toBe(1);
    expect(firstTurnEndingAfter(turns, 39)).toBe(2);
    expect(firstTurnEndingAfter(turns, 40)).toBe(3);
  });
});
