import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { detectInitialsOfNames } from "./detect-initials-of-names";
import type { Detection } from "./types";

const person = (text: string, name: string): Detection => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, category: "person", reason: "test", source: "nlp", identity: "person:x" };
};
const initials = (text: string, ...names: string[]) =>
  detectInitialsOfNames(
    text,
    names.map((name) => person(text, name)),
  ).map((detection) => text.slice(detection.start, detection.end));

describe("detectInitialsOfNames: a name's initials said elsewhere in the same text", () => {
  it("takes two or three capitals that spell a found name's initials, in quotes or with a possessive", () => {
    expect(initials("The rota said 'Hook - MW', which meant Michelle Wood was on.", "Michelle Wood")).toEqual(["MW"]);
    expect(initials("Ama Kofi Mensah leads it; AKM's view is clear.", "Ama Kofi Mensah")).toEqual(["AKM"]);
  });

  it("joins a lower-case name found in two pieces, and matches lower-case initials", () => {
    const text = "spoke to jo kane today, jk says no";
    expect(initials(text, "jo", "kane")).toEqual(["jk"]);
  });

  it("leaves initials of no found name, the field's acronyms and letters that spell a word", () => {
    expect(initials("Sarah Williams is my SW and the SW said no.", "Sarah Williams")).toEqual([]);
    expect(initials("Michelle Wood said the JD case is closed.", "Michelle Wood")).toEqual([]);
    expect(initials("ian taylor said it was fine", "ian taylor")).toEqual([]);
    expect(initials("Mo said MW is late.", "Mo")).toEqual([]);
  });

  it("leaves no initials of a found name in the anonymised text", () => {
    const result = anonymise("The rota said 'Hook - MW', which meant Michelle Wood was on the patch.");
    expect(result.text).not.toMatch(/\bMW\b/u);
    expect(result.redactions.map((redaction) => redaction.end - redaction.start)).toContain(2);
  });
});
