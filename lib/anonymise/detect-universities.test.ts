import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { detectUniversities } from "./detect-universities";

const found = (text: string) => detectUniversities(text).map((detection) => text.slice(detection.start, detection.end));

describe("detectUniversities", () => {
  it("finds a university by the place after 'University of'", () => {
    expect(found("I trained at the University of Sussex, then Hackney.")).toEqual(["University of Sussex"]);
    expect(found("She did her MA at the University of the West of England.")).toEqual([
      "University of the West of England",
    ]);
    expect(found("The University of Kent Social Work course")).toEqual(["University of Kent"]);
  });

  it("finds a university by the words before 'University'", () => {
    expect(found("I trained at Kingston University.")).toEqual(["Kingston University"]);
    expect(found("then Brunel University London for the masters")).toEqual(["Brunel University London"]);
    expect(found("Canterbury Christ Church University placements")).toEqual(["Canterbury Christ Church University"]);
    expect(found("a masters at University College London")).toEqual(["University College London"]);
  });

  it("leaves a university that names no one alone", () => {
    expect(found("At University we never covered it.")).toEqual([]);
    expect(found("My University was rubbish.")).toEqual([]);
    expect(found("Open University students")).toEqual([]);
  });

  it("redacts the whole name, not only its place", () => {
    const result = anonymise("I trained at the University of Kent.");
    expect(result.redactions.map((redaction) => [redaction.text, redaction.category])).toEqual([
      ["University of Kent", "organisation"],
    ]);
  });
});
