import { describe, expect, it } from "vitest";
import { detectFirmsInSequences } from "./detect-organisations-in-sequences";
import { tokeniseWords } from "./text-matching";

const found = (text: string) =>
  detectFirmsInSequences(text, tokeniseWords(text), []).map((detection) => text.slice(detection.start, detection.end));

describe("detectFirmsInSequences", () => {
  it("takes lower-case names joined by 'then' in talk of agencies", () => {
    expect(found("bin agency 6 yrs, wicket then marigold then prism. rates r fine")).toEqual([
      "wicket",
      "marigold",
      "marigold",
      "prism",
    ]);
    expect(found("locum for years, with harvest then with marble, marble were better")).toEqual(["harvest", "marble"]);
  });

  it("takes them beside a listed firm, two words at most", () => {
    expect(found("i left through reed and went to first call then to parkside, all the same")).toEqual([
      "first call",
      "parkside",
    ]);
  });

  it("leaves runs of places, of everyday steps and runs outside talk of firms", () => {
    expect(found("agency locum in leeds then york for 2 yrs")).toEqual([]);
    expect(found("agency life: did the visit then lunch then home, went to work then to uni")).toEqual([]);
    expect(found("went to wicket then marigold, lovely walk")).toEqual([]);
  });
});
