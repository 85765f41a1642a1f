import { describe, expect, it } from "vitest";
import { NOT_STATED, type RespondentAttributes } from "./breakdown";
import { breakdownByAttribute } from "./breakdown.reference";

const respondents: RespondentAttributes[] = [
  { respondentId: "r1", attributes: { region: "London", years_qualified: "10+" } },
  { respondentId: "r2", attributes: { region: "London", years_qualified: "0-2" } },
  { respondentId: "r3", attributes: { region: " London ", years_qualified: "3-5" } },
  { respondentId: "r4", attributes: { region: "South East", years_qualified: "3-5" } },
  { respondentId: "r5", attributes: { region: null } },
  { respondentId: "r6", attributes: { region: "   " } },
  { respondentId: "r7", attributes: { region: "London" } }, // not in the base
  // r8 is in the base with no attributes row at all
];
const reach = {
  base: new Set(["r1", "r2", "r3", "r4", "r5", "r6", "r8"]),
  raised: new Set(["r1", "r2", "r5", "r7"]),
};

describe("breakdownByAttribute", () => {
  it("splits the wave's base by attribute value, with blanks and missing values as Not stated", () => {
    // London: r1, r2, r3 (trimmed) → base 3, raised r1, r2 = 2 → 2/3
    // South East: r4 → base 1, raised 0 → 0
    // Not stated: r5 (null), r6 (blank), r8 (no row) → base 3, raised r5 = 1 → 1/3
    // r7 is outside the base, so its raised flag is ignored. Total: raised 3 of 7.
    expect(breakdownByAttribute(respondents, reach, "region")).toEqual({
      attribute: "region",
      rows: [
        { value: "London", raised: 2, base: 3, share: 2 / 3 },
        { value: "South East", raised: 0, base: 1, share: 0 },
        { value: NOT_STATED, raised: 1, base: 3, share: 1 / 3 },
      ],
      total: { raised: 3, base: 7, share: 3 / 7 },
    });
  });

  it("lists the values of `order` first, including empty ones, then the rest naturally", () => {
    const result = breakdownByAttribute(respondents, reach, "region", { order: ["South East", "North West"] });
    expect(result.rows).toEqual([
      { value: "South East", raised: 0, base: 1, share: 0 },
      { value: "North West", raised: 0, base: 0, share: null },
      { value: "London", raised: 2, base: 3, share: 2 / 3 },
      { value: NOT_STATED, raised: 1, base: 3, share: 1 / 3 },
    ]);
  });

  it("orders values naturally (0-2, 3-5, 10+) and the rows add up to the total", () => {
    // 0-2: r2 (raised); 3-5: r3, r4; 10+: r1 (raised); Not stated: r5 (raised), r6, r8
    const result = breakdownByAttribute(respondents, reach, "years_qualified");
    expect(result.rows.map((row) => [row.value, row.raised, row.base])).toEqual([
      ["0-2", 1, 1],
      ["3-5", 0, 2],
      ["10+", 1, 1],
      [NOT_STATED, 1, 3],
    ]);
    expect(result.rows.reduce((sum, row) => sum + row.base, 0)).toBe(result.total.base);
  });

  it("takes a custom label for missing values", () => {
    const result = breakdownByAttribute(respondents, reach, "gender", { notStatedLabel: "Prefer not to say" });
    expect(result.rows).toEqual([{ value: "Prefer not to say", raised: 3, base: 7, share: 3 / 7 }]);
  });

  it("is empty with an empty base", () => {
    expect(breakdownByAttribute(respondents, { base: new Set(), raised: new Set() }, "region")).toEqual({
      attribute: "region",
      rows: [],
      total: { raised: 0, base: 0, share: null },
    });
  });
});
