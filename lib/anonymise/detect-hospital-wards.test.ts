import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { detectHospitalWards } from "./detect-organisations-by-shape";

const wards = (text: string) => detectHospitalWards(text, []).map((found) => text.slice(found.start, found.end));

describe("hospital wards", () => {
  it("finds a ward by its number or its own name", () => {
    expect(wards("She's been on Ward 7B since Friday, then ward 10, then the ward, Starling ward, took her")).toEqual([
      "Ward 7B",
      "ward 10",
      "Starling ward",
    ]);
  });

  it("leaves what a ward treats, a ward's staff and a sentence's first word", () => {
    expect(
      wards("The Maternity ward was full. Ward manager said no. Busy ward today, the children's ward too."),
    ).toEqual([]);
  });

  it("reads a given name before a capitalised Ward as a person's surname unless something leads to a ward", () => {
    expect(wards("we rang Kelly Ward, then moved him to Jasmine Ward, and he was on Lily Ward by Friday")).toEqual([
      "Jasmine Ward",
      "Lily Ward",
    ]);
    const { redactions } = anonymise("I spoke to Paddy Joe Ward about it, and Kelly Ward is the IRO.");
    expect(redactions.map((found) => found.category)).toEqual(["person", "person"]);
  });
});
