import { describe, expect, it } from "vitest";
import type { Breakdown } from "./breakdown";
import { type SuppressedCell, suppressBreakdown, suppressCount, suppressRow } from "./suppression";

const shown = (value: number, display = String(value)): SuppressedCell => ({ value, display, suppressed: false });
const primary: SuppressedCell = { value: null, display: "<10", suppressed: true, reason: "primary" };
const secondary: SuppressedCell = { value: null, display: "[c]", suppressed: true, reason: "secondary" };

describe("suppressCount", () => {
  it("hides 1 to 9 and shows 0 and 10 up (threshold 10)", () => {
    expect(suppressCount(0)).toEqual(shown(0));
    expect(suppressCount(1)).toEqual(primary);
    expect(suppressCount(9)).toEqual(primary);
    expect(suppressCount(10)).toEqual(shown(10));
    expect(suppressCount(1035)).toEqual(shown(1035));
  });

  it("follows the project's threshold in the value and the display", () => {
    expect(suppressCount(4, { threshold: 5 })).toEqual({
      value: null,
      display: "<5",
      suppressed: true,
      reason: "primary",
    });
    expect(suppressCount(5, { threshold: 5 })).toEqual(shown(5));
    expect(suppressCount(1, { threshold: 1 })).toEqual(shown(1)); // threshold 1 hides nothing
  });

  it("refuses counts and thresholds that are not whole numbers", () => {
    expect(() => suppressCount(-1)).toThrow(RangeError);
    expect(() => suppressCount(2.5)).toThrow(RangeError);
    expect(() => suppressCount(Number.NaN)).toThrow(RangeError);
    expect(() => suppressCount(3, { threshold: 0 })).toThrow(RangeError);
    expect(() => suppressCount(3, { threshold: 7.5 })).toThrow(RangeError);
  });
});

describe("suppressRow", () => {
  it("shows a row with no small counts as it is", () => {
    expect(suppressRow([10, 0, 20])).toEqual({ cells: [shown(10), shown(0), shown(20)], total: shown(30) });
  });

  it("hides the next-smallest cell when exactly one is hidden", () => {
    // [25, 3, 40, 12] = 80. 3 is primary; alone it would be 80 − 25 − 40 − 12 = 3, so hide the smallest
    // shown cell, 12. Now the hidden pair sums to 80 − 25 − 40 = 15: the 3 could be 1 … 5 (the other ≥ 10),
    // the 12 could be 10 … 14. Neither can be derived.
    expect(suppressRow([25, 3, 40, 12])).toEqual({
      cells: [shown(25), primary, shown(40), secondary],
      total: shown(80),
    });
  });

  it("never picks a zero as the secondary cell", () => {
    // [5, 0, 0, 20] = 25: the zeros stay; 20 is hidden; the pair sums to 25, so 5 could be 1 … 9.
    expect(suppressRow([5, 0, 0, 20])).toEqual({
      cells: [primary, shown(0), shown(0), secondary],
      total: shown(25),
    });
  });

  it("breaks a tie between equal candidates by position", () => {
    // [5, 12, 12] = 29: the first 12 is hidden; the pair sums to 17, so 5 could be 1 … 7.
    expect(suppressRow([5, 12, 12]).cells).toEqual([primary, secondary, shown(12)]);
  });

  it("adds nothing when two hidden cells cannot be told apart", () => {
    // [4, 6, 30] = 40: the hidden pair sums to 10; the first could be 1 … 9, so no secondary cell.
    expect(suppressRow([4, 6, 30])).toEqual({ cells: [primary, primary, shown(30)], total: shown(40) });
  });

  it("hides another cell when several hidden cells are all 1 (sum = their count)", () => {
    // [1, 1, 30] = 32: the pair sums to 2, and each is at least 1, so both are 1: hide 30 too.
    // Then the three sum to 32: each small one could be 1 … 9, the 30 could be 14 … 30.
    expect(suppressRow([1, 1, 30])).toEqual({ cells: [primary, primary, secondary], total: shown(32) });
  });

  it("hides another cell when several hidden cells are all threshold − 1", () => {
    // [9, 9, 30] = 48: the pair sums to 18, and each is at most 9, so both are 9: hide 30 too.
    expect(suppressRow([9, 9, 30]).cells).toEqual([primary, primary, secondary]);
  });

  it("keeps going while the secondary cell still pins the primary one down", () => {
    // [1, 10, 50] = 61: hiding 10 leaves a pair summing to 11 = 1 + 10, the only split with the first
    // at least 1 and the second at least 10. So 50 goes too; the three sum to 61 and nothing is pinned.
    expect(suppressRow([1, 10, 50])).toEqual({ cells: [primary, secondary, secondary], total: shown(61) });
  });

  it("hides the total when no cell is left to hide", () => {
    // [1, 10] = 11: after hiding 10 the pair is still pinned (1 + 10) and nothing else is shown.
    expect(suppressRow([1, 10])).toEqual({ cells: [primary, secondary], total: secondary });
  });

  it("needs no secondary cell when the total itself is hidden", () => {
    // [3, 4, 0] = 7: the total is under 10 and hidden, so nothing can be subtracted.
    expect(suppressRow([3, 4, 0])).toEqual({ cells: [primary, primary, shown(0)], total: primary });
    // [5, 0, 0] = 5: a single non-zero cell equals the total, which is hidden.
    expect(suppressRow([5, 0, 0])).toEqual({ cells: [primary, shown(0), shown(0)], total: primary });
  });

  it("handles an empty row", () => {
    expect(suppressRow([])).toEqual({ cells: [], total: shown(0) });
  });

  it("takes a threshold and a display for secondary cells", () => {
    // threshold 5: [4, 7, 20] = 31: 4 is primary ("<5"), 7 secondary ("*"). The pair sums to 11 with the
    // secondary cell at least 5, so the primary one could be 1 … 4 and the secondary 7 … 10.
    expect(suppressRow([4, 7, 20], { threshold: 5, secondaryDisplay: "*" })).toEqual({
      cells: [
        { value: null, display: "<5", suppressed: true, reason: "primary" },
        { value: null, display: "*", suppressed: true, reason: "secondary" },
        shown(20),
      ],
      total: shown(31),
    });
  });

  it("refuses negative or fractional counts", () => {
    expect(() => suppressRow([3, -1])).toThrow(RangeError);
    expect(() => suppressRow([3, 0.5])).toThrow(RangeError);
  });
});

describe("suppressBreakdown", () => {
  const breakdown: Breakdown = {
    attribute: "region",
    rows: [
      { value: "London", raised: 30, base: 120, share: 0.25 },
      { value: "South East", raised: 4, base: 60, share: 4 / 60 },
      { value: "North West", raised: 0, base: 8, share: 0 },
      { value: "Not stated", raised: 11, base: 12, share: 11 / 12 },
    ],
    total: { raised: 45, base: 200, share: 0.225 },
  };

  it("suppresses raised and base as rows and hides the shares they would reveal", () => {
    // raised [30, 4, 0, 11] = 45: 4 primary, then 11 secondary (0 is never picked); pair sums to 15.
    // base [120, 60, 8, 12] = 200: 8 primary, then 12 secondary; pair sums to 20 (8 could be 1 … 9).
    // Shares: London 30/120 = 25%; South East hidden (raised hidden); North West hidden (base hidden:
    // 0 of "<10" is shown, but a share would add nothing safe); Not stated hidden. Total 45/200 = 22.5% → 23%.
    const result = suppressBreakdown(breakdown);
    expect(result.attribute).toBe("region");
    expect(result.rows).toEqual([
      { value: "London", raised: shown(30), base: shown(120), share: shown(0.25, "25%") },
      { value: "South East", raised: primary, base: shown(60), share: secondary },
      { value: "North West", raised: shown(0), base: primary, share: secondary },
      { value: "Not stated", raised: secondary, base: secondary, share: secondary },
    ]);
    expect(result.total).toEqual({ raised: shown(45), base: shown(200), share: shown(0.225, "23%") });
  });

  it("hides the share when only the base is hidden (share × base would give it back)", () => {
    // raised [12, 20] shown; base [15, 9] → 9 primary, 15 secondary. 12 of [c] at 80% would give 15.
    const result = suppressBreakdown({
      attribute: "role",
      rows: [
        { value: "Manager", raised: 12, base: 15, share: 0.8 },
        { value: "Practitioner", raised: 0, base: 9, share: 0 },
      ],
      total: { raised: 12, base: 24, share: 0.5 },
    });
    expect(result.rows[0]).toEqual({ value: "Manager", raised: shown(12), base: secondary, share: secondary });
    expect(result.total).toEqual({ raised: shown(12), base: shown(24), share: shown(0.5, "50%") });
  });

  it("shows an empty breakdown's total share as a dash", () => {
    const result = suppressBreakdown({ attribute: "region", rows: [], total: { raised: 0, base: 0, share: null } });
    expect(result.total.share).toEqual({ value: null, display: "–", suppressed: false });
  });
});
