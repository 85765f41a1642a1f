import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { quietLongWhitespace } from "./quiet-long-whitespace";

describe("quietLongWhitespace", () => {
  it("keeps short runs and the length, offsets and edges of long ones", () => {
    const text = `Ask  Priya.${" ".repeat(30)}Then\n\n\nleave`;
    const quiet = quietLongWhitespace(text);
    expect(quiet).toHaveLength(text.length);
    expect(quiet.slice(0, 11)).toBe("Ask  Priya.");
    expect(quiet.slice(11, 19)).toBe(" ".repeat(8));
    expect(quiet.slice(19, 33)).toBe(`${"\u0000".repeat(13)}.`);
    expect(quiet.slice(33)).toBe(`${" ".repeat(8)}Then\n\n\nleave`);
  });

  it("treats newlines, tabs and spaces alike", () => {
    expect(quietLongWhitespace(`${"a\n \t".repeat(5)}b`)).toBe(`a\n \ta\n \ta\n \ta\n \ta\n \tb`);
    expect(quietLongWhitespace(`a${"\n".repeat(20)}b`)).toBe(
      `a${"\n".repeat(8)}\u0000\u0000\u0000\n${"\n".repeat(8)}b`,
    );
  });
});

describe("quietLongWhitespace on runs longer than any word", () => {
  it("puts NUL at every 48th character of a run of letters, apostrophes and hyphens, and keeps the offsets", () => {
    const run = "Ab’".repeat(40);
    const quiet = quietLongWhitespace(`x ${run} y`);
    expect(quiet).toHaveLength(run.length + 4);
    expect(quiet[2 + 47]).toBe("\u0000");
    expect(quiet[2 + 46]).toBe(run[46]);
    expect(quietLongWhitespace("mother-in-law’s Croydon-based")).toBe("mother-in-law’s Croydon-based");
  });
});

describe("anonymise around long whitespace", () => {
  it("finds the same names and returns the original whitespace", () => {
    const gap = " ".repeat(5_000);
    const text = `Sarah Jones said no.${gap}Ask Priya Shah.\n${"\n".repeat(3_000)}Kemi Adeyemi rang.`;
    const result = anonymise(text);
    expect(result.redactions.map((redaction) => redaction.text)).toEqual(["Sarah Jones", "Priya Shah", "Kemi Adeyemi"]);
    for (const redaction of result.redactions) expect(text.slice(redaction.start, redaction.end)).toBe(redaction.text);
    expect(result.text).toContain(gap);
    expect(result.text).not.toContain("\u0000");
  });

  it("flags read from the original text", () => {
    const text = `I'm 58 and${" ".repeat(40)}have been here for fifteen years.`;
    const result = anonymise(text);
    expect(result.flags.map((flag) => flag.text)).toEqual(["I'm 58", "here for fifteen years"]);
    for (const flag of result.flags) expect(text.slice(flag.start, flag.end)).toBe(flag.text);
  });
});
