import { describe, expect, it } from "vitest";
import { detectIntroducedOrganisations } from "./detect-introduced-organisations";

const found = (text: string) =>
  detectIntroducedOrganisations(text).map((detection) => [
    text.slice(detection.start, detection.end),
    detection.replacement,
  ]);

describe("detectIntroducedOrganisations", () => {
  it("takes the name set off after a noun for an organisation", () => {
    expect(found("My agency, Harbour, pays weekly.")).toEqual([["Harbour", "[agency]"]]);
    expect(found("The IFA, Sunrise, has good carers.")).toEqual([["Sunrise", "[organisation]"]]);
    expect(found("The contact centre, Haven House, closed.")).toEqual([["Haven House", "[organisation]"]]);
    expect(found("my agency is summit and they're fine")).toEqual([["summit", "[agency]"]]);
    expect(found("The interpreting service we use is Talk Bridge.")).toEqual([["Talk Bridge", "[interpreting firm]"]]);
    expect(found("Before that, a charity, Kinship Circle, doing conferences.")).toEqual([
      ["Kinship Circle", "[organisation]"],
    ]);
    expect(found("placed at the children's home, Crowborough, last week")).toEqual([]);
  });

  it("takes a form's answer, names listed in brackets, and a name said with what it is", () => {
    expect(found("agency: fusion. LA: luton. agency: none.")).toEqual([["fusion", "[agency]"]]);
    expect(found("asked by 3 different agencies in a week (blossom, ivory, stellar).")).toEqual([
      ["blossom", "[agency]"],
      ["ivory", "[agency]"],
      ["stellar", "[agency]"],
    ]);
    expect(found("i love my team (Puffins!!) but the same PRU (Beacon house) is full")).toEqual([
      ["Puffins", "[team]"],
      ["Beacon house", "[organisation]"],
    ]);
    expect(
      found("The contact centre — Bumblebees, it's called. And Lavender — that's the mother-and-baby unit."),
    ).toEqual([
      ["Bumblebees", "[organisation]"],
      ["Lavender", "[organisation]"],
    ]);
  });

  it("takes a village or a practice said with what it is", () => {
    expect(found("Cliffe, it's a village near Rochester; the Hollies — it's a GP surgery.")).toEqual([
      ["Cliffe", "[place]"],
      ["Hollies", "[organisation]"],
    ]);
    expect(found("It's a shame, it's a town thing.")).toEqual([]);
  });

  it("takes a name said before what it is, or owning what only a firm has", () => {
    expect(found("Tandem, my agency, never rang me back.")).toEqual([["Tandem", "[agency]"]]);
    expect(found("Lantern is the agency I use now.")).toEqual([["Lantern", "[agency]"]]);
    expect(found("Harbour were our IFA for years.")).toEqual([["Harbour", "[organisation]"]]);
    expect(found("Harbour's consultant kept ringing me.")).toEqual([["Harbour", "[agency]"]]);
    expect(found("Echo's interpreters are always late.")).toEqual([["Echo", "[interpreting firm]"]]);
  });

  it("takes a firm whose people are 'the … lot', but not a cohort", () => {
    expect(found("Honestly the Tapestry lot were the worst for paying on time.")).toEqual([["Tapestry", "[agency]"]]);
    expect(found("The ASYE lot and the Polish lot came.")).toEqual([]);
  });

  it("leaves people, and lists that name a law before an agency's rules", () => {
    expect(found("Sarah, my agency consultant, was great. Sarah's consultant said the scan was fine.")).toEqual([]);
    expect(found("Then the Schools Bill, the agency rules, the price caps.")).toEqual([]);
  });

  it("leaves descriptions, generic words and national bodies alone", () => {
    expect(found("The agency was slow, the agency is a mess, the provider was good and kind.")).toEqual([]);
    expect(found("The charity is Mind. The firm was Big.")).toEqual([]);
  });
});
