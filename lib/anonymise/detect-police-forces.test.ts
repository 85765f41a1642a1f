import { describe, expect, it } from "vitest";
import { detectPoliceForces } from "./detect-police-forces";

const found = (text: string) => detectPoliceForces(text).map((detection) => text.slice(detection.start, detection.end));

describe("detectPoliceForces", () => {
  it("takes London's force by its everyday names", () => {
    expect(found("My husband's in the Met, based in south London.")).toEqual(["Met"]);
    expect(found("a DS with the Met's child abuse investigation team")).toEqual(["Met"]);
    expect(found("I was with the Metropolitan Police for eight years.")).toEqual(["Metropolitan Police"]);
    expect(found("the Met Police were called")).toEqual(["Met Police"]);
    expect(found("told the met police about it")).toEqual(["met police"]);
  });

  it("leaves the verb and the weather", () => {
    expect(found("Met with mum today at school.")).toEqual([]);
    expect(found("we met police at the house")).toEqual([]);
    expect(found("The Met Office said rain.")).toEqual([]);
  });
});
