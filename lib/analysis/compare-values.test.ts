import { describe, expect, it } from "vitest";
import { compareValues } from "./compare-values";

describe("compareValues", () => {
  it("orders numbers numerically, before strings", () => {
    expect([10, 2, "b", 1, "a"].sort(compareValues)).toEqual([1, 2, 10, "a", "b"]);
  });

  it("orders strings naturally, digit runs as numbers", () => {
    expect(["10+", "3-5", "0-2", "6-10"].sort(compareValues)).toEqual(["0-2", "3-5", "6-10", "10+"]);
    expect(["Wave 10", "Wave 2"].sort(compareValues)).toEqual(["Wave 2", "Wave 10"]);
  });

  it("orders accented letters with their base letter and never calls different strings equal", () => {
    expect(["Zoë", "Éire", "Eton"].sort(compareValues)).toEqual(["Éire", "Eton", "Zoë"]);
    expect(compareValues("a", "a")).toBe(0);
    expect(compareValues("2", "02")).not.toBe(0);
  });
});
