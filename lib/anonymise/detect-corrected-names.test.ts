import { describe, expect, it } from "vitest";
import { detectCorrectedNames } from "./detect-corrected-names";
import type { Detection } from "./types";

function person(text: string, name: string): Detection {
  const start = text.indexOf(name);
  return { start, end: start + name.length, category: "person", reason: "test", source: "nlp", identity: "person:x" };
}
const corrected = (text: string, name: string) =>
  detectCorrectedNames(text, [person(text, name)]).map((found) => [text.slice(found.start, found.end), found.identity]);

describe("detectCorrectedNames", () => {
  it("takes the word a speaker corrects to or from a person's name as the same person", () => {
    expect(corrected("Mo – sorry, Mohammed – was the LADO then.", "Mohammed")).toEqual([["Mo", "person:x"]]);
    expect(corrected("Mohammed, I mean Mo, rang me.", "Mohammed")).toEqual([["Mo", "person:x"]]);
  });

  it("leaves roles, acronyms, interjections and the speaker", () => {
    expect(corrected("Our DCS, sorry, Mohammed rang", "Mohammed")).toEqual([]);
    expect(corrected("Yes – sorry, Mohammed – it was late", "Mohammed")).toEqual([]);
    expect(corrected("Mohammed, sorry, I was wrong", "Mohammed")).toEqual([]);
  });
});

describe("short forms", () => {
  it("takes the short form everyone calls a person found", () => {
    expect(corrected("mustafa - mo to everyone - im sorry if youre reading this", "mustafa")).toEqual([
      ["mo", "person:x"],
    ]);
    expect(corrected("Mohammed (Mo to his friends) rang", "Mohammed")).toEqual([["Mo", "person:x"]]);
    expect(corrected("Mohammed - back to everyone else now", "Mohammed")).toEqual([]);
  });
});
