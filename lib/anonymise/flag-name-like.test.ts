import { describe, expect, it } from "vitest";
import { flagNameLike } from "./flag-name-like";

const flagged = (text: string, redactions: { start: number; end: number }[] = []) =>
  flagNameLike(text, redactions).map((flag) => flag.text);

describe("flagNameLike", () => {
  it("flags capitalised words that are not ordinary words, joining neighbours", () => {
    expect(flagged("We sent it to Rula Tripolitaki. Zerbino handles the rest.")).toEqual([
      "Rula Tripolitaki",
      "Zerbino",
    ]);
  });

  it("skips words already redacted", () => {
    const text = "We sent it to Rula Tripolitaki.";
    const start = text.indexOf("Rula");
    expect(flagged(text, [{ start, end: start + "Rula Tripolitaki".length }])).toEqual([]);
  });

  it("skips allow-listed terms, ordinary words, nationalities, acronyms and contractions", () => {
    expect(
      flagged("Honestly, I'm sure Ofsted, Magic Notes and CAMHS told the Polish family in London on Monday."),
    ).toEqual([]);
  });

  it("returns nothing for empty text", () => {
    expect(flagNameLike("", [])).toEqual([]);
  });
});
