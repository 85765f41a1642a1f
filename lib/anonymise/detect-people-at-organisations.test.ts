import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";

const people = (text: string) =>
  anonymise(text)
    .redactions.filter((redaction) => redaction.category === "person")
    .map((redaction) => redaction.text);

describe("detectPeopleAtOrganisations", () => {
  it("finds a given name before 'at' or 'from' and an organisation", () => {
    expect(people("Penny at Reed said they'd get me £42 an hour.")).toContain("Penny");
    expect(people("Will at Hays sorted it.")).toEqual(["Will"]);
    expect(people("Speaker 6: Sol from Randstad rang me at 7am.")).toEqual(["Sol"]);
  });

  it("finds a lower-case name in a comment typed in lower case", () => {
    expect(people("had a call from chinedu at reed, he said west berks pay better")).toEqual(["chinedu"]);
    expect(people("pulse and hive both rang me, dean from hive rang twice.")).toContain("dean");
    expect(people("got a job at reed said my mate")).toEqual([]);
  });

  it("leaves words that are no one's name alone", () => {
    expect(people("Staff at Hays were rude.")).toEqual([]);
    expect(people("Job at Hays was fine.")).toEqual([]);
    expect(people("got a new job at reed, better pay")).toEqual([]);
    expect(people("Christmas at the Royal Free was awful.")).toEqual([]);
    expect(people("Someone from Sanctuary rang.")).toEqual([]);
  });
});

describe("detectOrganisationsOfPeople", () => {
  const organisations = (text: string) =>
    anonymise(text)
      .redactions.filter((redaction) => redaction.category === "organisation")
      .map((redaction) => redaction.text);

  it("finds who employs a person named just before, in a lower-case comment", () => {
    expect(organisations("so agnieszka at polska link in acton helps out when im on leave")).toEqual(["polska link"]);
  });

  it("leaves where a colleague is alone", () => {
    expect(organisations("sarah at work said no")).toEqual([]);
    expect(organisations("tom from legal rang me back")).toEqual([]);
    expect(organisations("kemi at duty said its fine")).toEqual([]);
  });
});

describe("initials the name tagger read, said again", () => {
  it("redacts each mention", () => {
    const text = "JD and KM were both allocated to the Falcon pod. KM has since gone off sick and JD is covering both.";
    const initials = anonymise(text)
      .redactions.filter((redaction) => redaction.category === "person")
      .map((redaction) => redaction.text);
    expect(initials).toEqual(["JD", "KM", "KM", "JD"]);
  });
});
