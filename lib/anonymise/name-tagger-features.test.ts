import { describe, expect, it } from "vitest";
import { featureId, featuresAt, shapeOf, tagWords, textFeatures } from "./name-tagger-features";
import { part } from "./name-tagger-word-view";
import { isTypedInLowerCase } from "./text-matching";

const featuresOf = (text: string, word: string) => {
  const words = tagWords(text);
  const index = words.findIndex(({ token }) => token.text === word);
  expect(index).toBeGreaterThanOrEqual(0);
  return featuresAt(words, index, isTypedInLowerCase(text));
};

describe("name tagger features", () => {
  it("writes a word's shape with runs cut to two", () => {
    expect(shapeOf("Zofrey")).toBe("Xxx");
    expect(shapeOf("Jo")).toBe("Xx");
    expect(shapeOf("J")).toBe("X");
    expect(shapeOf("QD")).toBe("XX");
    expect(shapeOf("brellick")).toBe("xx");
    expect(shapeOf("Ambo-Trell")).toBe("Xxx-Xxx");
    expect(shapeOf("O'Vanny")).toBe("X'Xxx");
    expect(shapeOf("Y6")).toBe("Xd");
  });

  it("never takes an unknown word's own identity, only its class", () => {
    const features = featuresOf("Yesterday Zofrey Quennick rang the duty desk.", "Zofrey");
    expect(features).toContain("w=<other>");
    expect(features.some((feature) => feature.includes("zofrey"))).toBe(false);
    expect(features).toContain("w+1=<none:->");
  });

  it("keeps the identity of everyday words, so 'will' and 'may' can be learnt", () => {
    expect(featuresOf("I will phone the school.", "will")).toContain("w=will");
    expect(featuresOf("The report may be late.", "may")).toContain("w=may");
  });

  it("reads the cues around a word: a title before, a person's verb after, punctuation between", () => {
    const features = featuresOf("We met Mrs Brellanby, who explained it.", "Brellanby");
    expect(features).toContain("cue-1=title");
    expect(features).toContain("w-1=mrs");
    expect(features).toContain("gap+=,");
    expect(featuresOf("Then Tovin said no.", "Tovin")).toContain("cue+1=pverb");
  });

  it("tells a capital at a sentence start from one mid-sentence and from a text typed in lower case", () => {
    expect(featuresOf("Quarry was late. It rained.", "Quarry")).toContain("case=cap@start");
    expect(featuresOf("I saw Quarry at the hub.", "Quarry")).toContain("case=cap");
    expect(featuresOf("i saw quarry at the hub", "quarry")).toContain("case=low/lc");
  });

  it("marks languages and months, which look like names but are not", () => {
    expect(featuresOf("She speaks Tigrinya at home.", "Tigrinya")).toContain("kind=identity");
    expect(featuresOf("It was in March that we met.", "March")).toContain("kind=date");
  });

  it("gives the model each feature as a number made from its template and parts", () => {
    const text = "We met Mrs Brellanby today.";
    const { features } = textFeatures(text);
    const index = tagWords(text).findIndex(({ token }) => token.text === "Brellanby");
    expect(features[index]).toContain(featureId(part("w-1"), part("mrs")));
    expect(features[index]).toContain(featureId(part("names|english"), part("-"), part("none")));
    expect(featureId(part("w-1"), part("mrs"))).not.toBe(featureId(part("w+1"), part("mrs")));
    expect(featureId(part("w-1"), part("mrs"))).toBeGreaterThanOrEqual(0);
    expect(featuresAt(tagWords(text), index, false)).toHaveLength(features[index].length);
  });

  it("gives the words at the edges of the text their own edge marker", () => {
    const words = tagWords("Tovin left");
    expect(featuresAt(words, 0, false)).toContain("w-1=<edge>");
    expect(featuresAt(words, 1, false)).toContain("w+1=<edge>");
  });
});
