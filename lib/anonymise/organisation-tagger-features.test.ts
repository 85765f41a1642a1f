import { describe, expect, it } from "vitest";
import { emitFeatures, featuresAt, tagWords } from "./name-tagger-features";
import { emitOrganisationFeatures, isOrganisationWord } from "./organisation-tagger-features";
import { isTypedInLowerCase } from "./text-matching";

const featuresOf = (text: string, word: string) => {
  const words = tagWords(text);
  const index = words.findIndex(({ token }) => token.text === word);
  expect(index).toBeGreaterThanOrEqual(0);
  const lowerCase = isTypedInLowerCase(text);
  return [
    ...featuresAt(words, index, lowerCase, emitFeatures),
    ...featuresAt(words, index, lowerCase, emitOrganisationFeatures),
  ];
};

describe("organisation tagger features", () => {
  it("adds to the person tagger's features, never the unknown word itself", () => {
    const features = featuresOf("I was placed through Quillmarsh Staffing for a year.", "Quillmarsh");
    expect(features).toContain("w=<other>");
    expect(features).toContain("w-1=through");
    expect(features.some((feature) => feature.includes("quillmarsh"))).toBe(false);
  });

  it("reads the class of the words around: a firm's ending after, a verb of dealing before", () => {
    const features = featuresOf("I was placed through Quillmarsh Staffing for a year.", "Quillmarsh");
    expect(features).toContain("o:class+1=firm");
    expect(features).toContain("o:class-2=deal");
    expect(featuresOf("We booked Tarvell Interpreting again.", "Tarvell")).toContain("o:class+1=language");
  });

  it("reads where a word stands in its run of capitals and what ends the run", () => {
    const features = featuresOf("She went to Brindlecombe Vale Care last week.", "Vale");
    expect(features).toContain("o:run=mid");
    expect(features).toContain("o:run|len=mid|3");
    expect(features).toContain("o:run|end=mid|service");
    expect(features).toContain("o:run|before=mid|to");
    expect(featuresOf("She went to the Quorvex, then home.", "Quorvex")).toContain("o:run=only");
    expect(featuresOf("Quorvex was shut. We went home.", "Quorvex")).toContain("o:run=out");
  });

  it("counts the words since the sentence began", () => {
    expect(featuresOf("Then we rang Tallowmere about it.", "Tallowmere")).toContain("o:sent|case=3|cap");
    expect(featuresOf("we rang tallowmere about it", "tallowmere")).toContain("o:sent|case=2|low/lc");
  });

  it("knows the words that end a trading name, and not the verbs around one", () => {
    expect(isOrganisationWord("ltd")).toBe(true);
    expect(isOrganisationWord("recruitment")).toBe(true);
    expect(isOrganisationWord("hospital")).toBe(true);
    expect(isOrganisationWord("placed")).toBe(false);
    expect(isOrganisationWord("bramble")).toBe(false);
  });
});
