import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { detectOrganisationsInKindLists } from "./detect-organisations-in-kind-lists";

const listed = (text: string) =>
  detectOrganisationsInKindLists(text).map((detection) => text.slice(detection.start, detection.end));
const organisations = (text: string) =>
  anonymise(text)
    .redactions.filter((redaction) => redaction.category === "organisation")
    .map((redaction) => redaction.text);

describe("detectOrganisationsInKindLists", () => {
  it("takes each item of a list after a heading of its kind", () => {
    expect(listed("agencies i've worked with since 2016: acorn, lark, harbinger, blue fern")).toEqual([
      "acorn",
      "lark",
      "harbinger",
      "blue fern",
    ]);
    expect(listed("charity partners: bridges to work, the kindling project, safe steps south. all brilliant")).toEqual([
      "bridges to work",
      "kindling project",
      "safe steps south",
    ]);
    expect(
      listed("fostering agencies we place with most: rowan tree, hearth & home, driftwood (only for P&C)"),
    ).toEqual(["rowan tree", "hearth & home", "driftwood"]);
  });

  it("leaves what an item says about itself outside it", () => {
    expect(
      listed("agencies who've contacted me: pinnacle, redwood, pinnacle again, and the one with the logo"),
    ).toEqual(["pinnacle", "redwood", "pinnacle"]);
  });

  it("leaves lists that name no firm alone", () => {
    expect(listed("Agencies: too many to list, all the same.")).toEqual([]);
    expect(listed("What the agency said: nothing useful.")).toEqual([]);
    expect(listed("Issues with agencies: pay, caseloads and supervision.")).toEqual([]);
    expect(listed("Interpreter: Pashto, booked via the usual firm.")).toEqual([]);
    expect(listed("The best agency I've used is Tandem: small, local, quick.")).toEqual([]);
    expect(listed("Call from the agency re: cancelled session.")).toEqual([]);
    expect(listed("Meeting with the agency at 10:30: fine")).toEqual([]);
  });
});

describe("firms in comments typed in lower case", () => {
  it("takes a bare singular noun before a verb only a plural takes", () => {
    expect(organisations("pulse rang me twice. tidewater pay more tho, £42 an hour")).toContain("tidewater");
    expect(organisations("management are useless and duty are swamped")).toEqual([]);
    expect(organisations("the agency said sick pay is rubbish, better pay elsewhere")).toEqual([]);
  });

  it("takes a firm joined by 'then' or 'and' to one found", () => {
    expect(
      organisations("i was at coastline, then harbour light, then back to coastline. coastline are the only ones"),
    ).toEqual(expect.arrayContaining(["harbour light", "coastline"]));
    expect(organisations("agency was bramble and then we had a chat")).not.toContain("we");
  });
});

describe("detectFirmsHadThrough", () => {
  const organisationsOf = (text: string) =>
    anonymise(text)
      .redactions.filter((redaction) => redaction.category === "organisation")
      .map((redaction) => redaction.text);

  it("takes a firm a service is had through in a lower-case comment", () => {
    expect(organisationsOf("working 2 days on the edge of care project via shoreline")).toEqual(["shoreline"]);
  });

  it("leaves channels, products and what someone goes through alone", () => {
    expect(organisationsOf("sent it via email and through the portal")).toEqual([]);
    expect(organisationsOf("we write notes using copilot now")).toEqual([]);
    expect(organisationsOf("shes going through menopause and nobody cares")).toEqual([]);
  });
});
