import { describe, expect, it } from "vitest";
import { detectCalledOrganisations, detectLowerCaseNamedPlaces } from "./detect-lower-case-organisations";
import { tokeniseWords } from "./text-matching";

const found = (text: string) =>
  detectLowerCaseNamedPlaces(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectLowerCaseNamedPlaces", () => {
  it("takes a lower-case court, school or hospital named by a word with no everyday sense, with its opening word", () => {
    expect(
      found("final hearing at east tolvey family court. a judge at the brackwater court. conf at king kilnby hospital"),
    ).toEqual(["east tolvey family court", "brackwater court", "king kilnby hospital"]);
  });

  it("leaves a court, school or hospital described by an everyday word or a word of the work", () => {
    expect(
      found(
        "the virtual school, the local court, the youth court, the appeal court, the nearest hospital, a boarding school",
      ),
    ).toEqual([]);
  });
});

const called = (text: string) =>
  detectCalledOrganisations(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectCalledOrganisations", () => {
  it("takes the name after a firm's noun and 'called', two capitalised names joined by 'and' included", () => {
    expect(called("we switched to a firm called Tongue and Tinsel last year")).toEqual(["Tongue and Tinsel"]);
    expect(called("a recruitment firm called tidewater global rang me")).toEqual(["tidewater global"]);
  });

  it("stops before 'and' that opens a clause", () => {
    expect(called("a firm called Tidewater and they were fine")).toEqual(["Tidewater"]);
  });
});
