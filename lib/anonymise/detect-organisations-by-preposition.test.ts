import { describe, expect, it } from "vitest";
import { detectNamesByPreposition } from "./detect-organisations-by-preposition";

function found(text: string): string[] {
  return detectNamesByPreposition(text).map(
    (detection) => `${text.slice(detection.start, detection.end)}:${detection.category}`,
  );
}

describe("detectNamesByPreposition", () => {
  it("reads a capitalised ordinary word after a preposition of dealing with a firm as an organisation", () => {
    expect(found("I signed with Lantern last spring and the rates were fine.")).toEqual(["Lantern:organisation"]);
    expect(found("The contact is supervised through Copper Bay most weeks.")).toEqual(["Copper Bay:organisation"]);
    expect(found("She was admitted to Marble on the Tuesday night.")).toEqual(["Marble:organisation"]);
    expect(found("Missing episode, return interview booked with Safe Harbour Youth.")).toEqual([
      "Safe Harbour Youth:organisation",
    ]);
  });

  it("reads one after 'then' or 'before that' in talk of agencies as the next firm", () => {
    expect(found("Locum for six years: Pebble first, then Quarry, then back to the council.")).toEqual([
      "Quarry:organisation",
    ]);
    expect(found("We read the plan, then Quarry Road was closed.")).toEqual([]);
  });

  it("reads one after a preposition of place, or after a verb of moving and 'to', as a place", () => {
    expect(found("They put the family in a hotel in Pebble for a month.")).toEqual(["Pebble:place"]);
    expect(found("Dad moved to Thimble after the separation.")).toEqual(["Thimble:place"]);
  });

  it("reads one before what an organisation has or does as an organisation, at a sentence start too", () => {
    expect(found("Honestly Saddle were the best payers I had.")).toEqual(["Saddle:organisation"]);
    expect(found("Quill housing refuse to fix the damp.")).toEqual(["Quill:organisation"]);
  });

  it("leaves titles, given names, roles, days, known terms and capitalised titles of documents alone", () => {
    expect(found("Referral received from Mrs Kaur at the school on Friday.")).toEqual([]);
    expect(found("Email from Rev. Balogun about the visit, sent with Grace in copy.")).toEqual([]);
    expect(found("It is all in the Annual Report, page forty, agreed with the Head of Service.")).toEqual([]);
    expect(found("We went through Signs of Safety with the Guardian in Court.")).toEqual([]);
    expect(found("I'm off on leave, I'll be back in March.")).toEqual([]);
  });
});
