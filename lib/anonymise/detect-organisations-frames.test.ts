import { describe, expect, it } from "vitest";
import { detectOrganisations } from "./detect-organisations";

const found = (text: string) =>
  detectOrganisations(text).map((detection) => text.slice(detection.start, detection.end));

describe("organisations named by the sentence's frame", () => {
  it("reads a capitalised name after a work frame as an employer, whatever word it is", () => {
    expect(found("Before this I was employed by Sunrise for three years.")).toEqual(["Sunrise"]);
    expect(found("I temped with Blossom for six months.")).toEqual(["Blossom"]);
    expect(found("I did two years at Brightwater before going perm.")).toEqual(["Brightwater"]);
    expect(found("My first job was at Meadowbank, a home in Kent.")).toEqual(["Meadowbank"]);
    expect(found("I worked at the Lantern for a while.")).toEqual(["Lantern"]);
    expect(found("I left Kestrel and joined Tapestry in 2019.")).toEqual(["Kestrel", "Tapestry"]);
  });

  it("leaves pronouns, people's titles and units named by what they do", () => {
    expect(found("After I left I joined the team.")).toEqual([]);
    expect(found("My placement was with the Youth Offending Service in Plymouth.")).toEqual([]);
    expect(found("I worked for the Council for years.")).toEqual([]);
  });
});
