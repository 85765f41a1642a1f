import { describe, expect, it } from "vitest";
import { arrowFor, levelChange, roundHalfAwayFromZero } from "./change";

describe("levelChange", () => {
  it("keeps the exact difference and rounds it for display", () => {
    // Supervision importance: 4.51 (2023) → 4.54 (2025). In binary 4.54 − 4.51 = 0.0300000000000002;
    // shown as +0.03 (the report prints 0.02, computed from its unrounded means).
    const change = levelChange(4.51, 4.54);
    expect(change.value).toBe(4.54 - 4.51);
    expect(change.rounded).toBe(0.03);
    expect(change.display).toBe("+0.03");
    expect(change.arrow).toBe("↑");
  });

  it("shows falls with a minus sign and ↓", () => {
    // percentages to whole points: 69 → 64 = −5
    expect(levelChange(69, 64, 0)).toEqual({ value: -5, rounded: -5, display: "-5", arrow: "↓" });
    expect(levelChange(3.2, 3.05)).toMatchObject({ rounded: -0.15, display: "-0.15", arrow: "↓" });
  });

  it("gives → for a change that rounds to zero, in either direction, never −0", () => {
    // 3.2004 − 3.2 = 0.0004 → 0.00; the reverse → −0.00, printed as 0.00
    const up = levelChange(3.2, 3.2004);
    expect(up).toMatchObject({ rounded: 0, display: "0.00", arrow: "→" });
    const down = levelChange(3.2004, 3.2);
    expect(Object.is(down.rounded, 0)).toBe(true);
    expect(down).toMatchObject({ display: "0.00", arrow: "→" });
    expect(down.value).toBeLessThan(0);
    expect(levelChange(4, 4)).toEqual({ value: 0, rounded: 0, display: "0.00", arrow: "→" });
  });

  it("refuses levels that are not finite numbers", () => {
    expect(() => levelChange(Number.NaN, 3)).toThrow(RangeError);
  });
});

describe("roundHalfAwayFromZero", () => {
  it("rounds halves away from zero as the decimal reads", () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01); // 1.005 × 100 = 100.49999… in binary
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(0.125, 2)).toBe(0.13);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(3.4 - 3.125, 2)).toBe(0.28); // 0.27499999999999991 in binary
    expect(roundHalfAwayFromZero(0.00000001, 2)).toBe(0);
  });

  it("refuses impossible numbers of decimal places", () => {
    expect(() => roundHalfAwayFromZero(1, -1)).toThrow(RangeError);
    expect(() => roundHalfAwayFromZero(1, 1.5)).toThrow(RangeError);
  });
});

describe("arrowFor", () => {
  it("points by sign", () => {
    expect(arrowFor(0.01)).toBe("↑");
    expect(arrowFor(-0.01)).toBe("↓");
    expect(arrowFor(0)).toBe("→");
    expect(arrowFor(-0)).toBe("→");
  });
});
