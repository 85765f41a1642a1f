import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { detectAddresses } from "./detect-structured-addresses";

const found = (text: string) => detectAddresses(text).map((detection) => text.slice(detection.start, detection.end));

describe("detectAddresses", () => {
  it("takes a house number with the street it is on", () => {
    expect(found("The family at 14 Elmfield Road moved; carers at 22a Tollgate Rd, then Flat 3, 9 Mill Lane.")).toEqual(
      ["14 Elmfield Road", "22a Tollgate Rd", "Flat 3, 9 Mill Lane"],
    );
  });

  it("takes streets typed in lower case and places named after a saint", () => {
    expect(found("st mungos hostel on tooley st wont take him; the school — St Paul's? — no, St Augustine's")).toEqual([
      "tooley st",
      "St Paul's",
      "St Augustine's",
    ]);
    expect(found("I live on the main road and went down memory lane.")).toEqual([]);
    expect(found("he came down to the lodge road office; the actual street, the ring road, down the road")).toEqual([
      "lodge road",
    ]);
    expect(found("families on the Ocean estate; the school was Sir Roger Manwood's")).toEqual([
      "Ocean estate",
      "Sir Roger Manwood's",
    ]);
  });

  it("leaves counts of things and numbers before ordinary words alone", () => {
    expect(found("I had 3 Team Managers, 2 big houses and 40 cases on Mill Lane.")).toEqual([]);
  });

  it("takes the town between an address's comma and its postcode, but not a region never redacted", () => {
    expect(found("Carer at 3 Kiln Way, Tolvey SW8 2PU; letter to 22 Mill Rd, Brackwater CO3.").sort()).toEqual([
      "22 Mill Rd",
      "3 Kiln Way",
      "Brackwater",
      "Tolvey",
    ]);
    expect(found("Office: 1 Main St, London SE1 7TP; seen by Ms Obi, Dr Lee SW8")).toEqual(["1 Main St"]);
  });
});

describe("addresses and dates typed in lower case", () => {
  const redacted = (text: string) =>
    anonymise(text).redactions.map((redaction) => [redaction.text, redaction.category]);

  it("finds a house number and a lower-case street before a pause", () => {
    expect(redacted("visited at 22 kestrel road, se15 3hp, mum not in")).toEqual(
      expect.arrayContaining([["22 kestrel road", "place"]]),
    );
    expect(redacted("young person moved to 7 harbour view, chatham")).toEqual(
      expect.arrayContaining([["7 harbour view", "place"]]),
    );
  });

  it("leaves counts that end in a street's word alone", () => {
    expect(redacted("it is 5 minutes walk.")).toEqual([]);
    expect(redacted("we had 12 young people close.")).toEqual([]);
  });

  it("reads 'may' as a month between a day and a year", () => {
    expect(redacted("hearing listed 14 may 2024 at the court")).toEqual([["14 may 2024", "date"]]);
    expect(redacted("i may 2024 be there")).toEqual([]);
  });

  it("reads 'may' as a month after a date's word and before a clause's end", () => {
    expect(redacted("final hearing listed at court on 9 may")).toEqual([["9 may", "date"]]);
    expect(redacted("it's listed for 3 may, at the court")).toEqual([["3 may", "date"]]);
    expect(redacted("on 9 may be too late")).toEqual([]);
    expect(redacted("I got 9 may as well")).toEqual([]);
  });
});
