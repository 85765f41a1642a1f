import { describe, expect, it } from "vitest";
import { orderSegments } from "./order-segments";

describe("orderSegments", () => {
  it("puts listed values first, the rest naturally, Not stated last", () => {
    expect(orderSegments(["White", "Not stated", "Black", "Asian"], ["White"], "Not stated")).toEqual([
      "White",
      "Asian",
      "Black",
      "Not stated",
    ]);
  });

  it("keeps listed values that were not found, and Not stated where it is listed", () => {
    expect(orderSegments(["London", "Not stated"], ["Not stated", "North West"], "Not stated")).toEqual([
      "Not stated",
      "North West",
      "London",
    ]);
  });

  it("is empty with nothing found or listed", () => {
    expect(orderSegments([], [], "Not stated")).toEqual([]);
  });
});
