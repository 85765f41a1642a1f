import { describe, expect, it } from "vitest";
import { detectOrganisationsInApposition } from "./detect-organisations-in-apposition";
import { tokeniseWords } from "./text-matching";

const found = (text: string) =>
  detectOrganisationsInApposition(text, tokeniseWords(text), []).map((detection) => [
    text.slice(detection.start, detection.end),
    detection.replacement,
  ]);

describe("detectOrganisationsInApposition", () => {
  it("takes a firm named beside the noun for its kind: in brackets, between commas, or before what it does", () => {
    expect(found("our ifa bramble yard pays carers more")).toEqual([["bramble yard", "[organisation]"]]);
    expect(found("the agency we use, tin kettle, never answer")).toEqual([["tin kettle", "[agency]"]]);
    expect(found("placement at a charity (open door) then asye")).toEqual([["open door", "[organisation]"]]);
    expect(found("a talk by the charity paper lantern on grooming")).toEqual([["paper lantern", "[organisation]"]]);
    expect(found("the agency, harvest, never paid on time")).toEqual([["harvest", "[agency]"]]);
    expect(found("there was a nursery, tiny sprouts on the parade")).toEqual([["tiny sprouts", "[school]"]]);
  });

  it("leaves compounds, verbs and talk after the noun alone", () => {
    expect(found("the agency staff were lovely and the charity shop was shut")).toEqual([]);
    expect(found("the agency, Priya, rang me twice")).toEqual([]);
    expect(found("because the agency couldnt find anyone. the agency found nobody")).toEqual([]);
    expect(
      found("the nursery, which is shut, was fine. a nursery, then a school. the agency, to be fair, paid"),
    ).toEqual([]);
    expect(found("a company car is nice. The agency, tbh, was awful. The agency, sadly, went bust.")).toEqual([]);
  });

  it("leaves words of when after the noun", () => {
    expect(found("I moved to an IFA last year, and the agency next week")).toEqual([]);
  });
});
