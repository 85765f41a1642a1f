import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { applyRedactions } from "./apply-redactions";

// The new-user trial's sentences (issue 13), kept as a regression set.
describe("anonymise: the new-user trial", () => {
  it("never lets a flag split 'team manager', so redacting it cannot leave 'a team [length of service]'", () => {
    const text = "I was a team manager for five years before the restructure.";
    const { flags } = anonymise(text);
    const service = flags.filter((flag) => flag.kind === "years_of_service");
    expect(service.map((flag) => flag.text)).toEqual(["team manager for five years"]);
    const redacted = applyRedactions(text, [{ ...service[0], replacement: "[length of service]" }]);
    expect(redacted).not.toContain("team [length of service]");
  });

  it("flags 'for fifteen years' as well as 'about four years'", () => {
    const kinds = (text: string) => anonymise(text).flags.map((flag) => [flag.kind, flag.text]);
    expect(kinds("We've had one director for fifteen years.")).toEqual([["years_of_service", "for fifteen years"]]);
    expect(kinds("I managed it for about four years.")).toEqual([["years_of_service", "for about four years"]]);
    expect(kinds("It took about four years.")).toEqual([["years_of_service", "about four years"]]);
    expect(kinds("Over a decade here, since 2009, twenty-odd years in all.")).toEqual([
      ["years_of_service", "Over a decade"],
      ["years_of_service", "since 2009"],
      ["years_of_service", "twenty-odd years"],
    ]);
  });

  it("redacts the leak kinds the blind set showed", () => {
    const text =
      "My colleague Storm and i asked summer; Sanctuary Personnel placed me at ELFC; SW 104522; LCS 88213; the Oakfield team in B&H.";
    const { text: redacted } = anonymise(text);
    for (const leaked of ["Storm", "summer", "Sanctuary", "ELFC", "104522", "88213", "Oakfield", "B&H"]) {
      expect(redacted, leaked).not.toContain(leaked);
    }
  });

  it("anonymises a long text with every redaction slicing back to its text", () => {
    const paragraph =
      "My manager Kasia Nowak rang Hope about case ref 22/0417 at Whipps Cross; she has been a social worker for fifteen years. ";
    const text = paragraph.repeat(400);
    const result = anonymise(text);
    expect(result.redactions.length).toBeGreaterThanOrEqual(400 * 4);
    for (const redaction of result.redactions) expect(text.slice(redaction.start, redaction.end)).toBe(redaction.text);
  });
});
