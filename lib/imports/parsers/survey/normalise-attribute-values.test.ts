import { describe, expect, it } from "vitest";
import { buildAttributeValueMap } from "./normalise-attribute-values";

describe("buildAttributeValueMap", () => {
  it("merges case, space and hyphen variants under the most frequent spelling", () => {
    const map = buildAttributeValueMap([
      "london",
      "LONDON ",
      "London",
      "London",
      "South-East",
      "South East",
      "south east",
      "South East",
      "south_east",
    ]);
    expect(map.get("london")).toBe("London");
    expect(map.get("LONDON ")).toBe("London");
    expect(map.get("LONDON")).toBe("London");
    expect(map.get("London")).toBe("London");
    expect(map.get("South-East")).toBe("South East");
    expect(map.get("south east")).toBe("South East");
    expect(map.get("south_east")).toBe("South East");
  });

  it("breaks ties by the first spelling seen, trimmed", () => {
    const map = buildAttributeValueMap(["  Agency work ", "agency-work", "AGENCY WORK"]);
    expect(map.get("agency-work")).toBe("Agency work");
    expect(map.get("AGENCY WORK")).toBe("Agency work");
  });

  it("keeps distinct values apart, including accented ones", () => {
    const map = buildAttributeValueMap(["Łódź", "łódź", "Lodz", "Kraków"]);
    expect(map.get("łódź")).toBe("Łódź");
    expect(map.get("Lodz")).toBe("Lodz");
    expect(map.get("Kraków")).toBe("Kraków");
  });

  it("leaves out blanks", () => {
    const map = buildAttributeValueMap(["", "  ", "London"]);
    expect(map.has("")).toBe(false);
    expect(map.has("  ")).toBe(false);
    expect([...new Set(map.values())]).toEqual(["London"]);
  });
});
