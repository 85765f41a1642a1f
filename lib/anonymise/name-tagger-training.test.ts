import { describe, expect, it } from "vitest";
import { readStoredModel, tagNames } from "./name-tagger-model";
import { labelledExample, storeModel, trainNameTagger } from "./name-tagger-training";

const names = ["Brellanby", "Quorrin", "Taddiwell", "Marrowick", "Ostlefen", "Penvoyle", "Skarrow", "Wendlecot"];
const fillers = ["the duty desk", "the panel", "our team", "the office", "the school", "the council"];

/** Invented passages: a name after "spoke to", ordinary objects in the same frame, and sentences with no name. */
function tinySet() {
  const passages = [];
  for (const [index, name] of names.entries()) {
    passages.push({
      text: `On Monday I spoke to ${name} about the visit.`,
      gold: [{ text: name, category: "person" as const }],
    });
    passages.push({ text: `On Friday I spoke to ${fillers[index % fillers.length]} about the visit.`, gold: [] });
    passages.push({ text: `The report went to ${fillers[(index + 1) % fillers.length]} on time.`, gold: [] });
  }
  return passages;
}

describe("name tagger training", () => {
  it("tags the words of a gold span B then I of its kind, and every other word O", () => {
    const example = labelledExample({
      text: "We asked Dorrit Quellan's mum and Quellan Street.",
      gold: [
        { text: "Dorrit Quellan", category: "person" },
        { text: "Quellan Street", category: "place" },
      ],
    });
    expect(example.tags).toEqual([0, 0, 1, 2, 0, 0, 5, 6]);
  });

  it("learns a frame it was shown and tags a new name in it, but not an ordinary word in the same place", () => {
    const model = trainNameTagger(tinySet().map(labelledExample), { epochs: 5, minimumCount: 1, seed: 3 });
    const text = "On Tuesday I spoke to Gorvenna about the visit. On Tuesday I spoke to the panel about the visit.";
    const found = tagNames(model, text).map((name) => text.slice(name.start, name.end));
    expect(found).toEqual(["Gorvenna"]);
  });

  it("trains the same weights from the same passages and seed, and stores them to be read back", () => {
    const examples = tinySet().map(labelledExample);
    const first = trainNameTagger(examples, { epochs: 3, minimumCount: 1, seed: 7 });
    const second = trainNameTagger(examples, { epochs: 3, minimumCount: 1, seed: 7 });
    const trainedOn = { tuningSetSha256: "x", passages: 24, epochs: 3, minimumCount: 1 };
    const stored = storeModel(first, trainedOn, { scale: 1000 });
    expect(storeModel(second, trainedOn, { scale: 1000 })).toEqual(stored);
    const read = readStoredModel(stored);
    expect(read.weights.size).toBe(stored.features.split(" ").length);
    const text = "On Sunday I spoke to Hallebrook about the visit.";
    expect(tagNames({ ...read, threshold: 0, startThreshold: 0 }, text)).toEqual(
      tagNames(first, text).map((name) => ({ ...name, margin: expect.any(Number) })),
    );
  });
});
