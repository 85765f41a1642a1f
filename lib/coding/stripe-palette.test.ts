import { describe, expect, it } from "vitest";
import { colourDistance, distinctColours, MIN_COLOUR_DISTANCE, STRIPE_PALETTE, stripePattern } from "./stripe-palette";

describe("distinctColours", () => {
  it("keeps colours that stand apart", () => {
    const colours = distinctColours([
      { codeId: 1, colour: "#1971c2" },
      { codeId: 2, colour: "#2b8a3e" },
    ]);
    expect([...colours]).toEqual([
      [1, "#1971c2"],
      [2, "#2b8a3e"],
    ]);
  });

  it("replaces near-identical oranges so every pair can be told apart", () => {
    const oranges = ["#d9480f", "#e8590c", "#d9530f", "#e67700", "#f76707"];
    const colours = distinctColours(oranges.map((colour, index) => ({ codeId: index + 1, colour })));
    expect(colours.get(1)).toBe("#d9480f");
    const picked = [...colours.values()];
    for (const a of picked)
      for (const b of picked) if (a !== b) expect(colourDistance(a, b)).toBeGreaterThanOrEqual(MIN_COLOUR_DISTANCE);
    expect(new Set(picked).size).toBe(5);
  });

  it("gives an unusable colour a palette colour and each code one colour", () => {
    const colours = distinctColours([
      { codeId: 7, colour: "red" },
      { codeId: 7, colour: "#000000" },
    ]);
    expect(colours.size).toBe(1);
    expect(STRIPE_PALETTE).toContain(colours.get(7));
  });
});

describe("stripePattern", () => {
  it("differs between neighbouring codes", () => {
    for (let index = 0; index < 12; index++) expect(stripePattern(index)).not.toBe(stripePattern(index + 1));
  });
});
