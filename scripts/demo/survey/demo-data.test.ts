import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { assertKeys } from "./demo-data";
import { generateSurvey, toCsv } from "./generate-survey";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("the demo survey read from its data files", () => {
  // Hashes taken from the generator before its banks and tables moved from code to data/*.json.
  it("is byte for byte the export it was when the banks were code", () => {
    expect(sha256(toCsv(generateSurvey("2023")))).toBe(
      "226308da1e3dc757207cf0669ff740a596f8c1f3d65ecf37414e82f8c808260f",
    );
    expect(sha256(toCsv(generateSurvey("2025")))).toBe(
      "08a6db721d3c99d4e572f4c7e21c04632133cef704384602f10be8e696a9392d",
    );
    expect(sha256(toCsv(generateSurvey("2025", { seed: "other", scale: { london: 40, southEast: 30 } })))).toBe(
      "83c83323780d413c603aa308d35d9a01dec4c7afc44dfe2202a36af891a6572b",
    );
  });

  it("refuses a table that misses a key or names an unknown one", () => {
    expect(() => assertKeys("questions.json", "themePriors", { a: 1, b: 2 }, ["a", "b"])).not.toThrow();
    expect(() => assertKeys("questions.json", "themePriors", { a: 1 }, ["a", "b"])).toThrow(
      "questions.json: themePriors must name exactly a, b; it names a",
    );
    expect(() => assertKeys("questions.json", "themePriors", { a: 1, b: 2, c: 3 }, ["a", "b"])).toThrow(
      /it names a, b, c/,
    );
  });
});
