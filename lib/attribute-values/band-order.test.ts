import { describe, expect, it } from "vitest";
import { compareValues } from "../analysis/compare-values";

describe("banded values in filters", () => {
  it("sort in numeric order, not as text", () => {
    expect(["11+", "0-2", "6-10", "3-5"].sort(compareValues)).toEqual(["0-2", "3-5", "6-10", "11+"]);
  });

  it("sort numerically with en dashes and words around the numbers", () => {
    expect(["11 years or more", "6–10 years", "Under 2 years", "3–5 years"].sort(compareValues)).toEqual([
      "3–5 years",
      "6–10 years",
      "11 years or more",
      "Under 2 years",
    ]);
    expect(["25-34", "18-24", "65+", "100+"].sort(compareValues)).toEqual(["18-24", "25-34", "65+", "100+"]);
  });

  it("keeps text without numbers in alphabetical order", () => {
    expect(["South East", "London", "east"].sort(compareValues)).toEqual(["east", "London", "South East"]);
  });
});
