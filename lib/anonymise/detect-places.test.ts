import { describe, expect, it } from "vitest";
import { detectPlaces } from "./detect-places";

function found(text: string): string[] {
  return detectPlaces(text).map((detection) => text.slice(detection.start, detection.end));
}

describe("detectPlaces", () => {
  it("finds a region of another country, wherever it stands", () => {
    expect(found("Her mum grew up in Sylhet and still talks about it.")).toEqual(["Sylhet"]);
    expect(found("Punjab is where the grandparents are.")).toEqual(["Punjab"]);
  });

  it("leaves countries and titles that end in a region", () => {
    expect(found("The family came from Nigeria in 2015.")).toEqual([]);
    expect(found("A student from the University of Sussex shadowed me.")).toEqual([]);
  });

  it("finds an ordinary word named as where someone lives, moved or comes from", () => {
    expect(found("The family moved to Ripe and the school there is small.")).toEqual(["Ripe"]);
    expect(found("He lives in Little Snoring with his nan.")).toEqual(["Little Snoring"]);
    expect(found("Her dad is from Mirpur, her mum from Kumasi.")).toEqual(["Mirpur"]);
  });

  it("finds a name after a place noun and 'called'", () => {
    expect(found("We placed him in a little place called Wool, down in Dorset.")).toEqual(["Wool", "Dorset"]);
    expect(found("It's a village named Hook.")).toEqual(["Hook"]);
  });

  it("leaves directions, people, address lines and sentence openings", () => {
    expect(found("They went back to South Africa.")).toEqual([]);
    expect(found("She moved to Flat 7 last week.")).toEqual([]);
    expect(found("He moved to Mr Jones's class.")).toEqual([]);
    expect(found("Ripe bananas were all the fridge had.")).toEqual([]);
  });
});
