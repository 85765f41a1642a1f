import { describe, expect, it } from "vitest";
import { scoreLikert } from "./score-likert";

describe("scoreLikert", () => {
  it.each([
    ["Strongly agree", 5],
    ["Agree", 4],
    ["Neither agree nor disagree", 3],
    ["Neutral", 3],
    ["Disagree", 2],
    ["Strongly disagree", 1],
    ["  STRONGLY   AGREE. ", 5],
    ["Very helpful", 5],
    ["Not at all helpful", 1],
    ["Very dissatisfied", 1],
    ["1", 1],
    ["5", 5],
    ["3.0", 3],
    ["5 - Strongly agree", 5],
    ["1 = Not at all", 1],
    ["Agree (4)", 4],
  ])("scores %j as %i", (value, score) => {
    expect(scoreLikert(value)).toBe(score);
  });

  it("trusts the label over a reversed digit", () => {
    expect(scoreLikert("1 - Strongly agree")).toBe(5);
  });

  it.each(["", "   ", "N/A", "Don’t know", "Prefer not to say"])("treats %j as missing", (value) => {
    expect(scoreLikert(value)).toBeNull();
  });

  it.each(["0", "6", "10", "Maybe", "London", "2-5 years", "1 year", "Agreeable", "4.5"])(
    "does not score %j",
    (value) => {
      expect(scoreLikert(value)).toBeUndefined();
    },
  );
});
