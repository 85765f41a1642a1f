import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end))
    .sort();

describe("detectNames: lower-case ordinary words in frames only a person fills", () => {
  it("takes a bare word after a possessed role, not a noun the role qualifies", () => {
    expect(people("my tm tulip is the only reason i stayed")).toEqual(["tulip"]);
    expect(people("our senior juniper said she would cover duty")).toEqual(["juniper"]);
    expect(people("my student placement was in a school")).toEqual([]);
    expect(people("my manager programme is rubbish")).toEqual([]);
    expect(people("our manager there was lovely")).toEqual([]);
  });

  it("takes a bare word alone in brackets after a role, not a language, an adjective or a digit's label", () => {
    expect(people("the recruiter (sorrel) never rang back")).toEqual(["sorrel"]);
    expect(people("my manager at the hub (pebble?) was supportive")).toEqual(["pebble"]);
    expect(people("we used an interpreter (tigrinya) for the visit")).toEqual([]);
    expect(people("the worker (new) was lovely")).toEqual([]);
  });

  it("takes a bare word a person is called by, not a call made", () => {
    expect(people("a lady called thistle from hr sent me a leaflet")).toEqual(["thistle"]);
    expect(people("our new tm is called copper and he listens")).toEqual(["copper"]);
    expect(people("we called police straight away")).toEqual([]);
  });

  it("takes bare words thanked or singled out, and lists of them", () => {
    expect(people("thanks to the duty team esp birch and falcon")).toEqual(["birch", "falcon"]);
    expect(people("shout out to raven, thorn and the admin team")).toEqual(["raven", "thorn"]);
    expect(people("ive lost count of the restructures")).toEqual([]);
    expect(people("nobody came out to see her")).toEqual([]);
  });

  it("takes bare words listed before a verb of people or said to be a person", () => {
    expect(people("tulip and orchard both left in march")).toEqual(["orchard", "tulip"]);
    expect(people("honestly marble is the best team manager ive had")).toEqual(["marble"]);
    expect(people("nobody is the manager of that")).toEqual([]);
    expect(people("but contract says no")).toEqual([]);
  });

  it("takes bare words after a title or beside a role, and the second word of such a name", () => {
    expect(people("Seen by Dr juniper birch at the clinic.")).toEqual(["juniper birch"]);
    expect(people("The chair, tempest orchard, stopped the conference.")).toEqual(["tempest orchard"]);
    expect(people("Present: sorrel (mother), pebble (6).")).toEqual(["pebble", "sorrel"]);
    expect(people("copper, she was the nurse on the ward")).toEqual(["copper"]);
    expect(people("Visit with Mr birch and DS green from the CAIT.")).toEqual(["birch", "green"]);
    expect(people("the other agency (Brightwater Social Care) was better")).not.toContain("agency");
    expect(people("Seen by Dr adwumed, but then kofimed went off sick.")).toEqual(["adwumed", "kofimed"]);
  });

  it("takes every bare mention of a lower-case word found as a person, not its ordinary sense", () => {
    expect(people("my tm tulip is great. tulip is thorough")).toEqual(["tulip", "tulip"]);
    expect(people("our senior marble said no, and the marble floor")).toEqual(["marble"]);
  });

  it("takes bare words set beside a role by a comma or a colon, through a speaker's fillers, not a word of talk", () => {
    expect(people("his partner, um, tempest, she's nineteen")).toEqual(["tempest"]);
    expect(people("Lead SW: juniper swift. Visit completed.")).toEqual(["juniper swift"]);
    expect(people("Young person (sorrel, aged 16) lives in supported housing.")).toEqual(["sorrel"]);
    expect(people("So in the ASYE, right, you're meant to get ten days.")).toEqual([]);
  });

  it("takes two or three bare words opening a clause before a verb of people, not a noun phrase", () => {
    expect(people("then juniper marble birch started on the programme")).toEqual(["juniper marble birch"]);
    expect(people("worst bit is managers like that")).toEqual([]);
  });

  it("keeps both words of a framed name, and reads a present-tense verb with its object or a first case", () => {
    expect(people("Attendees: tulip marble (SW), PC birch (police).")).toEqual(["birch", "tulip marble"]);
    expect(people("and orchard leads the reflective group on Fridays")).toEqual(["orchard"]);
    expect(people("thistle was my first ever case.")).toEqual(["thistle"]);
    expect(people("I've been buddied with copper since induction.")).toEqual(["copper"]);
  });

  it("takes the bare object of a verb of talk and bare pairs placed together or called 'they', not a particle", () => {
    expect(people("i told sorrel in supervision and nothing changed")).toEqual(["sorrel"]);
    expect(people("she rang back the next day")).toEqual([]);
    expect(people("thistle and copper, they're twins, were placed apart")).toEqual(["copper", "thistle"]);
  });

  it("takes a bare word opening a clause, then its team, then a verb of people, not a noun of work", () => {
    expect(people("then marble from the kestrel team said he would do it")).toEqual(["marble"]);
    expect(people("and support from the duty team was great")).toEqual([]);
  });

  it("takes a cleft's bare word before 'who', 'the one who', a joining, and bare runs before 'did' or a texted", () => {
    expect(people("When I was struggling it was copper who noticed.")).toEqual(["copper"]);
    expect(people("and thistle was the one who pushed for the grant")).toEqual(["thistle"]);
    expect(people("When pebble joined, nothing changed.")).toEqual(["pebble"]);
    expect(people("tulip orchard did my induction.")).toEqual(["tulip orchard"]);
    expect(people("It was the budget that did it.")).toEqual([]);
  });
});
