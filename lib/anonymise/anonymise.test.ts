import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { applyRedactions } from "./apply-redactions";

describe("anonymise", () => {
  it("runs every step and returns the redacted text", () => {
    const input =
      "Priya's manager Adaeze Okonkwo (07700 900123, a.okonkwo@example.org) moved from Lambeth to Tadley on 12 March 2024. I'm 54.";
    const result = anonymise(input, { roster: ["Priya Raghunathan"] });
    expect(result.text).toBe(
      "[colleague 1]'s manager [person 1] ([phone], [email]) moved from [London borough] to [place] on [date]. I'm 54.",
    );
    expect(result.flags.map((flag) => [flag.kind, flag.text])).toEqual([["age", "I'm 54"]]);
  });

  it("keeps pseudonyms consistent within one call", () => {
    const input = "Ayaan Warsame and Kwame Mensah came. Later Ayaan spoke to Kwame, and Priya thanked Ayaan.";
    const { text } = anonymise(input, { roster: ["Priya Raghunathan"] });
    expect(text).toBe(
      "[person 1] and [person 2] came. Later [person 1] spoke to [person 2], and [colleague 1] thanked [person 1].",
    );
  });

  it("gives every mention of a roster person the same colleague number", () => {
    const input = "Femi and Aoife Fitzgerald-Byrne; later femi's notes and Byrne's.";
    const { redactions } = anonymise(input, { roster: ["Aoife Fitzgerald-Byrne", "Femi Oyelaran"] });
    expect(redactions.map((r) => [r.text, r.replacement])).toEqual([
      ["Femi", "[colleague 2]"],
      ["Aoife Fitzgerald-Byrne", "[colleague 1]"],
      ["femi", "[colleague 2]"],
      ["Byrne", "[colleague 1]"],
    ]);
  });

  it("reports UTF-16 offsets that slice back to the redacted text, with emoji and accents", () => {
    const input = "😂 Małgorzata Wiśniewska 👩🏽‍⚕️ rang Seán Ó Briain from Hackney ✅";
    const result = anonymise(input);
    for (const redaction of result.redactions) expect(input.slice(redaction.start, redaction.end)).toBe(redaction.text);
    expect(result.text).toBe("😂 [person 1] 👩🏽‍⚕️ rang [person 2] from [London borough] ✅");
  });

  it("gives the same text as applying its own redactions", () => {
    const input = "Kwabena Mensah in Medway: 020 7946 0958, NHS 943 476 5919.";
    const result = anonymise(input);
    expect(applyRedactions(input, result.redactions)).toBe(result.text);
  });

  it("never returns overlapping redactions", () => {
    const input =
      "Email priya.raghunathan@lambeth.gov.uk or visit www.kent.gov.uk, says Priya Raghunathan of LB Lambeth.";
    const { redactions } = anonymise(input, { roster: ["Priya Raghunathan"] });
    for (let index = 1; index < redactions.length; index++) {
      expect(redactions[index].start).toBeGreaterThanOrEqual(redactions[index - 1].end);
    }
    expect(redactions.map((r) => r.category)).toEqual(["email", "url", "person", "authority"]);
  });

  it("flags but does not redact name-like words it cannot place", () => {
    const result = anonymise("Thistlewick appears on the letters.");
    expect(result.redactions).toEqual([]);
    expect(result.flags.map((flag) => [flag.kind, flag.text])).toEqual([["name_like", "Thistlewick"]]);
  });

  it("handles empty and whitespace-only input", () => {
    expect(anonymise("")).toEqual({ text: "", redactions: [], flags: [] });
    expect(anonymise(" \n\t ")).toEqual({ text: " \n\t ", redactions: [], flags: [] });
  });
});
