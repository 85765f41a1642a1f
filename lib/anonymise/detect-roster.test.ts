import { describe, expect, it } from "vitest";
import { detectRoster, normaliseRoster } from "./detect-roster";
import { resolveOverlaps } from "./resolve-overlaps";

const found = (text: string, roster: string[]) =>
  detectRoster(text, roster).map((d) => [text.slice(d.start, d.end), d.identity]);

describe("normaliseRoster", () => {
  it("drops blanks and repeats and numbers people in roster order", () => {
    expect(normaliseRoster([" Priya  Raghunathan ", "", "priya raghunathan", "Tomasz Nowak"])).toEqual([
      { number: 1, fullName: "Priya Raghunathan" },
      { number: 2, fullName: "Tomasz Nowak" },
    ]);
  });
});

describe("detectRoster", () => {
  it("finds full names, parts and possessives, case-insensitively", () => {
    const text = "Priya's mentor said PRIYA RAGHUNATHAN and raghunathan agreed.";
    const resolved = resolveOverlaps(detectRoster(text, ["Priya Raghunathan"]));
    expect(resolved.map((d) => [text.slice(d.start, d.end), d.identity, d.reason])).toEqual([
      ["Priya", "roster:1", "Part of a roster name"],
      ["PRIYA RAGHUNATHAN", "roster:1", "Roster name"],
      ["raghunathan", "roster:1", "Part of a roster name"],
    ]);
  });

  it("finds each part of a hyphenated name and a multi-word surname", () => {
    const text = "Fitzgerald-Byrne, Byrne and Ó Briain's notes.";
    const roster = ["Aoife Fitzgerald-Byrne", "Seán Ó Briain"];
    const spans = found(text, roster).map(([span]) => span);
    expect(spans).toContain("Fitzgerald-Byrne");
    expect(spans).toContain("Byrne");
    expect(spans).toContain("Ó Briain");
    expect(spans).not.toContain("Ó");
  });

  it("matches names with or without their accents", () => {
    expect(found("Malgorzata and Łukasz", ["Małgorzata Wiśniewska", "Lukasz Zielinski"])).toEqual([
      ["Malgorzata", "roster:1"],
      ["Łukasz", "roster:2"],
    ]);
  });

  it("treats a name that is also a word as a name only when it is used as one", () => {
    const text = "Grant was there. We got a grant. May I ask? Will you? Ask Will.";
    expect(found(text, ["Mhairi Grant", "May Chen", "Will Osei"]).map(([span]) => span)).toEqual(["Grant", "Will"]);
  });

  it("gives a shared first name to the nearest person mentioned in full", () => {
    const text = "Sarah Ahmed came in. Later Sarah left.";
    expect(found(text, ["Sarah Jones", "Sarah Ahmed"]).filter(([span]) => span === "Sarah")).toEqual([
      ["Sarah", "roster:2"],
      ["Sarah", "roster:2"],
    ]);
  });

  it("takes a roster name that is an ordinary word typed in lower case only where it stands as a name", () => {
    const spans = (text: string) => found(text, ["Hope Adams"]).map(([span]) => span);
    expect(spans("hope said she would cover my visits")).toEqual(["hope"]);
    expect(spans("i hope the review goes well")).toEqual([]);
    expect(spans("there is no hope of a pay rise")).toEqual([]);
  });

  it("takes a roster name's initials in capitals, unless they spell an acronym of the field", () => {
    expect(found("JD said the visit went fine.", ["Jane Doe"])).toEqual([["JD", "roster:1"]]);
    expect(found("PS: call me after the panel.", ["Priya Shah"])).toEqual([]);
  });

  it("returns nothing without a roster or in empty text", () => {
    expect(detectRoster("Priya", [])).toEqual([]);
    expect(detectRoster("", ["Priya Raghunathan"])).toEqual([]);
  });
});
