import { describe, expect, it } from "vitest";
import { detectNamesSaidToBeNames } from "./detect-names-said-to-be-names";
import { SpanIndex } from "./known-words";

const found = (text: string) =>
  detectNamesSaidToBeNames(text, new SpanIndex([])).map((detection) => text.slice(detection.start, detection.end));

describe("detectNamesSaidToBeNames", () => {
  it("takes a word the text says is someone's name", () => {
    expect(found("Can is the lad's name, it's Turkish")).toEqual(["Can"]);
    expect(found("Bright was the interpreter's name, not a description.")).toEqual(["Bright"]);
    expect(found("cant remember the last one's name, something like gethings or geddings")).toEqual([
      "gethings",
      "geddings",
    ]);
  });

  it("takes initials in brackets after a child or an age", () => {
    expect(found("had a 13yo (rm) from the estate picked up")).toEqual(["rm"]);
    expect(found("the boy (JT) was seen at school")).toEqual(["JT"]);
  });

  it("leaves pronouns, questions and the field's acronyms", () => {
    expect(found("That is his name.")).toEqual([]);
    expect(found("What was her name again")).toEqual([]);
    expect(found("the child (CP) was seen")).toEqual([]);
    expect(found("his name was like, the whole reason")).toEqual([]);
  });
});
