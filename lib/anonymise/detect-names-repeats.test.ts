import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end))
    .sort();

describe("detectNames: a name found once is found wherever it is repeated", () => {
  it("takes a lower-case name again when it stands without its cue", () => {
    expect(people("i supervise heledd and gwenllian; heledd is newly qualified.")).toEqual([
      "gwenllian",
      "heledd",
      "heledd",
    ]);
  });

  it("takes a lower-case name again at a sentence's start, whatever word closed the sentence before", () => {
    expect(people("my senior is a lovely lady called bliss. we never met her. bliss sorts everything.")).toEqual([
      "bliss",
      "bliss",
    ]);
    expect(people("my senior is a lovely lady called bliss. we met her bliss of a daughter.")).toEqual(["bliss"]);
  });

  it("takes a capitalised ordinary-word name again, but not the word in its ordinary sense", () => {
    expect(people("My colleague Storm covered duty. Then Storm went on leave.")).toEqual(["Storm", "Storm"]);
    expect(people("My colleague Storm covered duty. The storm closed the roads.")).toEqual(["Storm"]);
    expect(people("I rang Will on Monday. Will you tell him?")).toEqual(["Will"]);
  });

  it("does not spread a word that only stood in a longer run of ordinary words", () => {
    expect(people("Supervision, Trauma-Informed Practice. Every new Director brings a new Model.")).toEqual([]);
  });
});
