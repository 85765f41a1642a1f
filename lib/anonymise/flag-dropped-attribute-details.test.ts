import { describe, expect, it } from "vitest";
import { flagDroppedAttributeDetails } from "./flag-dropped-attribute-details";

const flagged = (text: string, attribute: string, value: string) =>
  flagDroppedAttributeDetails(text, [{ attribute, value }]).map((flag) => [flag.kind, flag.text]);

describe("flagDroppedAttributeDetails", () => {
  it("flags a dropped role that the text still gives (the new-user trial)", () => {
    expect(flagged("I manage an assessment team in the north of the county.", "role", "Team manager")).toEqual([
      ["unique_description", "I manage an assessment team"],
    ]);
  });

  it("flags the role's own words and 'my team'", () => {
    expect(flagged("As a team manager I back my team every time.", "role", "Team manager")).toEqual([
      ["unique_description", "As a team manager"],
      ["unique_description", "my team"],
    ]);
  });

  it("flags the other ways a dropped role or gender shows", () => {
    const kinds = (text: string, attribute: string, value: string) =>
      flagDroppedAttributeDetails(text, [{ attribute, value }]).map((flag) => flag.text);
    expect(kinds("I'm a TM so I see it all.", "role", "Team manager")).toEqual(["I'm a TM"]);
    expect(kinds("I line manage six workers.", "role", "Team manager")).toEqual(["line manage six workers"]);
    expect(kinds("In my first year after qualifying it was tough.", "role", "NQSW")).toEqual([
      "my first year after qualifying",
    ]);
    expect(kinds("As one of two men in the team I stand out.", "gender", "Male")).toEqual(["one of two men"]);
    expect(kinds("I manage my time badly.", "gender", "Male")).toEqual([]);
  });

  it("flags a dropped employment type, region, ethnicity and length of service", () => {
    expect(flagged("Being agency, nobody asks me.", "employment type", "Agency")).toEqual([
      ["unique_description", "agency"],
    ]);
    expect(flagged("Working in Kent is hard.", "region", "Kent")).toEqual([["unique_description", "Kent"]]);
    expect(flagged("As a Somali worker families trust me.", "ethnicity", "Black African (Somali)")).toEqual([
      ["unique_description", "Somali"],
    ]);
    expect(flagged("I've done this for over a decade.", "years qualified", "11+")).toEqual([
      ["years_of_service", "for over a decade"],
    ]);
  });

  it("flags nothing when the text does not give the detail, or nothing was dropped", () => {
    expect(flagged("Supervision is rushed.", "role", "Team manager")).toEqual([]);
    expect(flagDroppedAttributeDetails("I manage an assessment team.", [])).toEqual([]);
  });

  it("gives UTF-16 offsets that slice back to the flag's text", () => {
    const text = "😀 Nous gérons — I manage the duty team.";
    for (const flag of flagDroppedAttributeDetails(text, [{ attribute: "role", value: "Service manager" }])) {
      expect(text.slice(flag.start, flag.end)).toBe(flag.text);
    }
  });
});
