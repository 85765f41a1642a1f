import { describe, expect, it } from "vitest";
import { AUTHORITIES } from "../anonymise/authorities";
import { parseSurvey, proposeMapping } from "../imports/parsers/survey";
import { isAuthorityHeader } from "../imports/parsers/survey/propose-mapping";

describe("the survey mapping recognises a local-authority column", () => {
  it("maps a column of 40 authority names to the attribute 'local authority', not to free text", async () => {
    const names = AUTHORITIES.slice(0, 40).map((authority) => authority.name);
    const rows = names.map(
      (name, index) => `R${index + 1},${index % 2 ? "London" : "South East"},"${name}",Some answer number ${index}`,
    );
    const csv = ["Respondent ID,Region,Local authority,What would help?", ...rows].join("\n");
    const survey = await parseSurvey("survey.csv", Buffer.from(csv, "utf8"));
    const mapping = proposeMapping(survey, []);
    expect(mapping.find((column) => column.header === "Local authority")).toMatchObject({
      role: "attribute",
      attribute: "local authority",
    });
    expect(mapping.find((column) => column.header === "What would help?")?.role).toBe("text");
  });

  it("knows the usual headers for it", () => {
    expect(
      ["Local authority", "Which council do you work for?", "LA", "Employer (local authority)", "Borough"].map(
        isAuthorityHeader,
      ),
    ).toEqual([true, true, true, true, true]);
    expect(["Region", "Role", "Laptop", "Authority to act?"].map(isAuthorityHeader)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
