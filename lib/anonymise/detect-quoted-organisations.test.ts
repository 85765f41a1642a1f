import { describe, expect, it } from "vitest";
import { detectQuotedOrganisations } from "./detect-quoted-organisations";

const found = (text: string) =>
  detectQuotedOrganisations(text).map((detection) => [
    text.slice(detection.start, detection.end),
    detection.replacement,
  ]);

describe("detectQuotedOrganisations", () => {
  it("takes capitalised words in quotation marks in a sentence about an agency or interpreters", () => {
    expect(found("agency: 'Sagewood Recruitment' - avoid")).toEqual([["Sagewood Recruitment", "[agency]"]]);
    expect(found("the interpreting co. was 'Global Tongue' - asked for Dari")).toEqual([
      ["Global Tongue", "[interpreting firm]"],
    ]);
  });

  it("leaves quoted words elsewhere alone", () => {
    expect(found("He said 'Thank You' and left.")).toEqual([]);
    expect(found("the agency said it was 'low risk'")).toEqual([]);
  });

  it("takes a quoted name straight after a preposition of work in a sentence about work", () => {
    expect(found("worked thru 'Thimble' and 'Walnut' (not the big one). both fine")).toEqual([
      ["Thimble", "[organisation]"],
      ["Walnut", "[organisation]"],
    ]);
    expect(found("we went with 'Plan B' for the weekend and 'Sorry' was all he said")).toEqual([]);
  });

  it("takes lower-case words quoted after where someone is placed or works, without 'the'", () => {
    expect(found("placed at 'the larches' then 'kiln view' then a b&b")).toEqual([
      ["larches", "[organisation]"],
      ["kiln view", "[organisation]"],
    ]);
    expect(found("placed at 'home' and worked through 'the process'")).toEqual([]);
  });
});
