import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";
import { detectCalledNames } from "./detect-names-called";
import { SpanIndex } from "./known-words";

const called = (text: string) =>
  detectCalledNames(text, new SpanIndex([])).map((detection) => text.slice(detection.start, detection.end));
const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end));

describe("detectCalledNames: what someone is called names them", () => {
  it("takes initials, a title with a letter, or a name after call him/her/them, known as and Baby", () => {
    expect(called("So RJ — I'll call her RJ — she's the mum")).toEqual(["RJ"]);
    expect(called("that's what everyone called her, JP — she ran the hub")).toEqual(["JP"]);
    expect(called("everyone just called her Mrs O, and honestly")).toEqual(["Mrs O"]);
    expect(called("the lad, known as Tayo, was placed out of area")).toEqual(["Tayo"]);
    expect(called("Baby K remains on the ward.")).toEqual(["K"]);
  });

  it("leaves what is no name after the cue: kinship words, days, acronyms, ordinary words", () => {
    expect(called("she called them Monday and I called her back")).toEqual([]);
    expect(called("the kids called her Mum. It's known as CSE. The Baby Room is open.")).toEqual([]);
    expect(called("known as Kinship Care, and we called him tj once")).toEqual(["tj"]);
  });

  it("takes lower-case initials or a given name after the cue, not fillers or ordinary words", () => {
    expect(called("everyone called her jp and known as tayo")).toEqual(["jp", "tayo"]);
    expect(called("we called him back, called them up, called her, um, at five, called her mum")).toEqual([]);
  });

  it("takes a given name whose surname is forgotten, not a verb or ordinary word", () => {
    expect(called("the guardian (amber something from cafcass) wasnt ready")).toEqual(["amber"]);
    expect(called("we did something from the toolkit, a plan or something")).toEqual([]);
  });
});

describe("detectCalledNames: a name said to stand in for the real one", () => {
  it("takes the word before 'not his real name', '(name changed)' or 'a pseudonym'", () => {
    expect(called("Pip, not her real name, stayed in the unit for a month.")).toEqual(["Pip"]);
    expect(called("we placed Rook (name changed) with an aunt")).toEqual(["Rook"]);
    expect(called("the lad — zorvan, a pseudonym — came back")).toEqual(["zorvan"]);
  });

  it("leaves an ordinary word or a pronoun before the phrase", () => {
    expect(called("it was, not her real name, confusing; that was the file, name changed later")).toEqual([]);
  });
});

describe("detectNames: initials repeat once found", () => {
  it("takes every mention of initials in capitals once one is read as a person", () => {
    expect(people("So RJ — I'll call her RJ — she's the mum")).toEqual(["RJ", "RJ"]);
    expect(people("RJ chaired it. The LAC review is on Friday.")).not.toContain("LAC");
  });
});
