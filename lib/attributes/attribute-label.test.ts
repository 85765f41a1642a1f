import { describe, expect, it } from "vitest";
import { attributeLabel } from "./attribute-label";

describe("attributeLabel", () => {
  it("capitalises the first letter and reads underscores and runs of spaces as one space", () => {
    expect(attributeLabel("employment type")).toBe("Employment type");
    expect(attributeLabel(" employment_type ")).toBe("Employment type");
    expect(attributeLabel("years  qualified")).toBe("Years qualified");
    expect(attributeLabel("éthnicity")).toBe("Éthnicity");
    expect(attributeLabel("")).toBe("");
  });
});
