import { describe, expect, it } from "vitest";
import { detectNamesSaidAsWhatItWas } from "./detect-what-it-was-called";
import { findAllowedSpans } from "./known-words";
import { foldForMatch, tokeniseWords } from "./text-matching";

function found(text: string): string[] {
  const allowed = findAllowedSpans(text, foldForMatch(text));
  return detectNamesSaidAsWhatItWas(text, tokeniseWords(text), allowed).map((detection) =>
    text.slice(detection.start, detection.end),
  );
}

describe("detectNamesSaidAsWhatItWas", () => {
  it("takes capitalised ordinary words after 'it was', 'we were', 'call it' as a name", () => {
    expect(found("we rang the Rainbow Trust — no, hang on, it was Shooting Star — for the hospice")).toEqual([
      "Shooting Star",
    ]);
    expect(found("They renamed us. We were Falcon, then it's Harbour Lights now.")).toEqual([
      "Falcon",
      "Harbour Lights",
    ]);
    expect(found("So we called it Lighthouse, the exploitation panel.")).toEqual(["Lighthouse"]);
  });

  it("leaves people, titles, days, national bodies and words of the work to other rules", () => {
    expect(
      found(
        "it was Tegid who rang, it was Mrs Lindqvist, it was Monday, it was Ofsted, they're Roma, " +
          "it was Child Protection, it is NOT normal",
      ),
    ).toEqual([]);
  });
});
