import { describe, expect, it } from "vitest";
import { detectListed } from "./detect-listed";
import { isOneEditApart } from "./misspelt-listed-names";

const found = (text: string) => detectListed(text).map((d) => [text.slice(d.start, d.end), d.category]);

describe("listed names typed one letter out", () => {
  it("counts one letter added, dropped, changed or two swapped", () => {
    expect(isOneEditApart("lambth", "lambeth")).toBe(true);
    expect(isOneEditApart("islignton", "islington")).toBe(true);
    expect(isOneEditApart("hackneyy", "hackney")).toBe(true);
    expect(isOneEditApart("hackeny", "hackney")).toBe(true);
    expect(isOneEditApart("hickory", "hackney")).toBe(false);
  });

  it("finds a misspelt authority after a preposition of place or in a list", () => {
    expect(found("two years at wandswoth then off to haringay")).toEqual([
      ["wandswoth", "authority"],
      ["haringay", "authority"],
    ]);
    expect(found("I left Southwalk council in May")).toEqual([["Southwalk", "authority"]]);
  });

  it("leaves English words, people's names, longer names and words with no cue", () => {
    expect(found("she was eating at home with barnett")).toEqual([]);
    expect(found("we met Mr Morton in Kempton Road")).toEqual([]);
    expect(found("lambth is where i trained")).toEqual([]);
    expect(found("dad was in northwick park")).toEqual([]);
  });
});
