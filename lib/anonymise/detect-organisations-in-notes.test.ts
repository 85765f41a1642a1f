import { describe, expect, it } from "vitest";
import { detectOrganisationsInNotes } from "./detect-organisations-in-notes";
import { findAllowedSpans } from "./known-words";
import { foldForMatch } from "./text-matching";

function found(text: string): [string, string | undefined][] {
  return detectOrganisationsInNotes(text, findAllowedSpans(text, foldForMatch(text))).map((detection) => [
    text.slice(detection.start, detection.end),
    detection.replacement,
  ]);
}

describe("detectOrganisationsInNotes", () => {
  it("takes the name a note's field gives an organisation, after the person when a person comes first", () => {
    expect(found("Previously lived in Woolwich. Solicitor: Rahman & Teale.")).toEqual([
      ["Rahman & Teale", "[organisation]"],
    ]);
    expect(found("Solicitor for mother: Ms Anneliese Kotze, Forge Cobalt.")).toEqual([
      ["Forge Cobalt", "[organisation]"],
    ]);
    expect(found("Team: Meridian (Assessment). Agency: Plover Recruitment.")).toEqual([
      ["Meridian", "[team]"],
      ["Plover Recruitment", "[agency]"],
    ]);
  });

  it("takes the employer in brackets after someone's name or role", () => {
    expect(
      found(
        "Present: Dr Efua Mensah (Forge Health), HV Tess Mulqueen (Hearth), Thilini Venkataraman (solicitor, HB Public Law).",
      ),
    ).toEqual([
      ["Forge Health", "[organisation]"],
      ["Hearth", "[organisation]"],
      ["HB Public Law", "[organisation]"],
    ]);
  });

  it("takes a name in brackets after the noun for what it is, in any case", () => {
    expect(found("the hospital (queen ripple) discharged baby; the agency i'm with (orchid rook) won't pay")).toEqual([
      ["queen ripple", "[hospital]"],
      ["orchid rook", "[agency]"],
    ]);
    expect(found("the agency (per the DCS email), my team (CWD), a school (tomasz)")).toEqual([]);
  });

  it("leaves roles, acronyms, people, languages and national bodies in brackets or fields", () => {
    expect(
      found(
        "DS Marsh (CAIT), Ms Obi (Deputy Head), mother (Tigrinya), Guardian (Cafcass), Mr Lungu (Ms Adeyemi). Team: Assessment.",
      ),
    ).toEqual([]);
  });
});
