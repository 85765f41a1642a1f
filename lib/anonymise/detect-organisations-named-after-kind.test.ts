import { describe, expect, it } from "vitest";
import { detectOrganisationsNamedAfterKind } from "./detect-organisations-named-after-kind";

const named = (text: string) =>
  detectOrganisationsNamedAfterKind(text).map((found) => [found.category, text.slice(found.start, found.end)]);

describe("organisations named in a list after their kind", () => {
  it("takes each member after a colon, a copula or 'like', whatever its words mean", () => {
    expect(named("went through 4 agencies in 6 yrs: thimble, then copper kettle, now walnut. awful")).toEqual([
      ["organisation", "thimble"],
      ["organisation", "copper kettle"],
      ["organisation", "walnut"],
    ]);
    expect(named("the other teams r badger and stoat lol")).toEqual([
      ["organisation", "badger"],
      ["organisation", "stoat"],
    ]);
    expect(named("agencies like Thimble and Walnut pay more")).toEqual([
      ["organisation", "Thimble"],
      ["organisation", "Walnut"],
    ]);
  });

  it("takes members after a singular 'agency' and 'mostly' or 'like', not a note's field", () => {
    expect(named("4 of us have gone to agency mostly thimble and walnut")).toEqual([
      ["organisation", "thimble"],
      ["organisation", "walnut"],
    ]);
    expect(named("Agency: Tidewater, contact Ms Obi. the agency r useless, an agency like ours")).toEqual([]);
  });

  it("names nothing in an opinion about a kind", () => {
    expect(named("the agencies were awful and the teams are a nightmare")).toEqual([]);
    expect(named("agencies like ours are fine, most agencies are paying more now")).toEqual([]);
    expect(named("the agencies were terrible, expensive and slow; the hospitals were full")).toEqual([]);
  });

  it("takes capitalised names said to be the locums or the interpreters, not what they are like", () => {
    expect(named("half our locums are TKR or Quillon, the rest perm")).toEqual([
      ["organisation", "TKR"],
      ["organisation", "Quillon"],
    ]);
    expect(named("the interpreters r hit and miss and our locums are great")).toEqual([]);
  });

  it("takes a later member that the dictionary holds as a verb's plain form, not a past tense", () => {
    expect(named("3 agencies in 5 yrs: quill, then tin kettle, now forge. awful")).toEqual([
      ["organisation", "quill"],
      ["organisation", "tin kettle"],
      ["organisation", "forge"],
    ]);
    expect(named("agencies: quill, then went perm")).toEqual([["organisation", "quill"]]);
  });

  it("takes a list set off by commas after a full stop, and no sentence that follows the kind", () => {
    expect(named("phoned by like 5 agencies a week. vertex, bloom, and one that calls itself the agency")).toEqual([
      ["organisation", "vertex"],
      ["organisation", "bloom"],
    ]);
    expect(named("Used two agencies. Pay was better, hours worse")).toEqual([]);
    expect(named("I've worked across four teams. Duty, assessment, long term")).toEqual([]);
    expect(named("three teams. Fostering service, leaving care, then MASH")).toEqual([]);
  });
});
