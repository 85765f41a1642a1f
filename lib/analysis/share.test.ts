import { describe, expect, it } from "vitest";
import { formatPercent, shareOf } from "./share";

describe("shareOf", () => {
  it("divides, and is null for an empty base", () => {
    expect(shareOf(1, 8)).toBe(0.125);
    expect(shareOf(0, 5)).toBe(0);
    expect(shareOf(0, 0)).toBeNull();
  });
});

describe("formatPercent", () => {
  it("rounds to whole percentages, halves up", () => {
    expect(formatPercent(1, 8)).toBe("13%"); // 12.5 → 13
    expect(formatPercent(45, 200)).toBe("23%"); // 22.5 → 23
    expect(formatPercent(1, 200)).toBe("1%"); // 0.5 → 1
    expect(formatPercent(1, 400)).toBe("0%"); // 0.25 → 0
    expect(formatPercent(1, 3)).toBe("33%"); // 33.3…
    expect(formatPercent(2, 3)).toBe("67%"); // 66.6…
    expect(formatPercent(0, 5)).toBe("0%");
    expect(formatPercent(5, 5)).toBe("100%");
  });

  it("shows a dash for an empty base", () => {
    expect(formatPercent(0, 0)).toBe("–");
  });
});
