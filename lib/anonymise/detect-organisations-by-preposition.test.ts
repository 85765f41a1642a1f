import { describe, expect, it } from "vitest";
import { detectNamesByPreposition } from "./detect-organisations-by-preposition";

function found(text: string): string[] {
  return detectNamesByPreposition(text).map(
    (detection) => `${text.slice(detection.start, detection.end)}:${detection.category}`,
  );
}

describe("detectNamesByPreposition", () => {
  it("reads a capitalised ordinary word after a preposition of dealing with a firm as an organisation", () => {
    expect(found("I signed with Trellis last spring and the rates were fine.")).toEqual(["Trellis:organisation"]);
    expect(found("The contact is supervised through Walnut Bay most weeks.")).toEqual(["Walnut Bay:organisation"]);
    expect(found("She was admitted to Wicker on the Tuesday night.")).toEqual(["Wicker:organisation"]);
    expect(found("Missing episode, return interview booked with Safe Harbour Youth.")).toEqual([
      "Safe Harbour Youth:organisation",
    ]);
  });

  it("reads one after 'then' or 'before that' in talk of agencies as the next firm", () => {
    expect(found("Locum for six years: Hammock first, then Ladle, then back to the council.")).toEqual([
      "Ladle:organisation",
    ]);
    expect(found("We read the plan, then Ladle Road was closed.")).toEqual([]);
  });

  it("reads one anywhere in a sentence about agencies or firms as one of them", () => {
    expect(found("The home was run by a company, um, Turnip? Then it was something else.")).toEqual([
      "Turnip:organisation",
    ]);
    expect(found("The home was lovely, um, Turnip? No, not Turnip.")).toEqual([]);
  });

  it("reads one after a preposition of place, or after a verb of moving and 'to', as a place", () => {
    expect(found("They put the family in a hotel in Hammock for a month.")).toEqual(["Hammock:place"]);
    expect(found("Dad moved to Thimble after the separation.")).toEqual(["Thimble:place"]);
    expect(found("I cover all of Trellis, out of Wicker mostly, but not the rest of the Team.")).toEqual([
      "Trellis:place",
      "Wicker:place",
    ]);
  });

  it("reads one before what an organisation has or does as an organisation, at a sentence start too", () => {
    expect(found("Honestly Thimble were the best payers I had.")).toEqual(["Thimble:organisation"]);
    expect(found("Tinsel housing refuse to fix the damp.")).toEqual(["Tinsel:organisation"]);
  });

  it("leaves titles, given names, roles, days, known terms and capitalised titles of documents alone", () => {
    expect(found("Referral received from Mrs Kaur at the school on Friday.")).toEqual([]);
    expect(found("Email from Rev. Balogun about the visit, sent with Grace in copy.")).toEqual([]);
    expect(found("It is all in the Annual Report, page forty, agreed with the Head of Service.")).toEqual([]);
    expect(found("We went through Signs of Safety with the Guardian in Court.")).toEqual([]);
    expect(found("I'm off on leave, I'll be back in March.")).toEqual([]);
  });
});
