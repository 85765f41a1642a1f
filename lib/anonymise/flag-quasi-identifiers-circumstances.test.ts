import { describe, expect, it } from "vitest";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";

const flagged = (text: string) => flagQuasiIdentifiers(text).map((flag) => [flag.kind, flag.text]);

describe("quasi-identifiers of circumstance", () => {
  it("flags how long something lasted in days, weeks or months", () => {
    expect(flagged("The new deputy lasted nine weeks and then went back to agency.")).toContainEqual([
      "years_of_service",
      "lasted nine weeks",
    ]);
    expect(flagged("They kept the baby on the ward twelve days because no carer would take her.")).toContainEqual([
      "years_of_service",
      "twelve days",
    ]);
    expect(flagged("I have worked at this borough seven months on a rolling contract.")).toContainEqual([
      "years_of_service",
      "seven months",
    ]);
    expect(flagged("I've been here a year and I've never met the director.")).toContainEqual([
      "years_of_service",
      "been here a year",
    ]);
  });

  it("leaves deadlines, rotas, ages in months and things long ago", () => {
    expect(flagged("Reports are due within 10 days and reviewed every six weeks.")).toEqual([]);
    expect(flagged("We work from home two days a week. It happened three months ago.")).toEqual([]);
    expect(flagged("She visited again six weeks later, in the next 3 months.")).toEqual([]);
  });

  it("flags an age at a turning point, in a possessive, or of 'one' of several", () => {
    expect(flagged("he went back to his nan in Deal at 16 with two bin bags")).toContainEqual(["age", "at 16"]);
    expect(flagged("Their daughter's seventeen now and wants to see her file.")).toContainEqual([
      "age",
      "Their daughter's seventeen",
    ]);
    expect(flagged("two of the carers are in their seventies and one is 83, still taking babies")).toContainEqual([
      "age",
      "one is 83",
    ]);
    expect(flagged("Mum was alone with three kids under five in a hostel.")).toContainEqual([
      "age",
      "three kids under five",
    ]);
  });

  it("does not read caseload caps, times or house numbers as ages", () => {
    expect(flagged("Caseloads were capped at eighteen and stayed at 19 all year.")).toEqual([]);
    expect(flagged("The visit is at 15:30 at 17 Harbour Road.")).toEqual([]);
  });

  it("flags a language someone speaks or interprets, and 'just one' of a kind", () => {
    expect(flagged("My colleague speaks Twi, so she gets every Ghanaian family in the area.")).toContainEqual([
      "unique_description",
      "speaks Twi",
    ]);
    expect(flagged("he used to translate for the Tamil families at the school gate")).toContainEqual([
      "unique_description",
      "translate for the Tamil families",
    ]);
    expect(flagged("There is literally one Welsh manager here and everyone knows it is me.")).toContainEqual([
      "unique_description",
      "literally one Welsh manager here",
    ]);
    expect(flagged("When I started there were four of us Nigerian social workers in one team.")).toContainEqual([
      "unique_description",
      "four of us Nigerian social workers in one team",
    ]);
  });

  it("leaves speaking English, speaking up and speaking to someone", () => {
    expect(flagged("She speaks English at school, speaks up in meetings and spoke to Legal.")).toEqual([]);
  });

  it("flags counts of children through a house, rare conditions and care needs", () => {
    expect(flagged("she's had over a hundred kids through that house")).toContainEqual([
      "unique_description",
      "over a hundred kids through that house",
    ]);
    expect(flagged("a boy with Batten disease, tube-fed, living with his gran")).toEqual([
      ["unique_description", "Batten disease"],
      ["unique_description", "tube-fed"],
    ]);
  });

  it("flags the night something happened, news stories, violent incidents and named days", () => {
    expect(flagged("I was on call the night of the flood at the unit, honestly.")).toContainEqual([
      "named_event",
      "the night of the flood at the unit",
    ]);
    expect(flagged("the placement that was on the news last spring")).toContainEqual([
      "named_event",
      "that was on the news",
    ]);
    expect(flagged("He was stabbed near the station a month later.")).toContainEqual([
      "named_event",
      "was stabbed near the station",
    ]);
    expect(flagged("I was the only one on duty on Boxing Day.")).toContainEqual(["named_event", "Boxing Day"]);
    expect(flagged("Christmas was hard; the day itself was quiet.")).toEqual([]);
  });
});
