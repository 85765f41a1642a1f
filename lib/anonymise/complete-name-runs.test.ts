import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { completeNameRuns } from "./complete-name-runs";
import type { Detection } from "./types";

const detection = (text: string, word: string, category: Detection["category"]): Detection => {
  const start = text.indexOf(word);
  return { start, end: start + word.length, category, reason: "test", source: "nlp" };
};
const spans = (text: string, detections: Detection[]) =>
  completeNameRuns(text, detections).map((found) => [found.category, text.slice(found.start, found.end)]);

describe("completing a name's run of capitals", () => {
  it("grows a place or firm over the capitals beside it", () => {
    const text = "the farms out past Ashby, Little Tolvey Marsh, and on";
    expect(spans(text, [detection(text, "Tolvey", "place")])).toEqual([["place", "Little Tolvey Marsh"]]);
    const club = "the hearing moved to Kilnby FC grounds";
    expect(spans(club, [detection(club, "Kilnby", "place")])).toEqual([["place", "Kilnby FC"]]);
  });

  it("grows a person over a given name before it, not over a title or role", () => {
    const text = "we rang Social Worker Thandiwe Brackwater and Mr Quillet";
    expect(spans(text, [detection(text, "Brackwater", "person"), detection(text, "Quillet", "person")])).toEqual([
      ["person", "Thandiwe Brackwater"],
      ["person", "Quillet"],
    ]);
  });

  it("does not take a sentence's first everyday word, a nationality, a day or an acronym of the field", () => {
    const text = "Yesterday Tolvey rang. The Kurdish Tolvey family came on Monday Tolvey with CAMHS";
    const found = ["Tolvey", "Kurdish Tolvey", "Monday Tolvey"].map((phrase) => {
      const start = text.indexOf(phrase) + phrase.length - "Tolvey".length;
      return { start, end: start + 6, category: "place" as const, reason: "test", source: "nlp" as const };
    });
    expect(spans(text, found).map(([, words]) => words)).toEqual(["Tolvey", "Tolvey", "Tolvey"]);
  });

  it("joins two names around '&' into one firm unless both are people", () => {
    const text = "her solicitor at Kilnby & Quillet said so; Amara & Kofi came too";
    expect(
      spans(text, [
        detection(text, "Kilnby", "place"),
        detection(text, "Quillet", "person"),
        detection(text, "Amara", "person"),
        detection(text, "Kofi", "person"),
      ]),
    ).toEqual([
      ["organisation", "Kilnby & Quillet"],
      ["person", "Amara"],
      ["person", "Kofi"],
    ]);
  });

  it("leaves nothing of a partly found name in the anonymised text", () => {
    const result = anonymise("a Ms Parish, I think, from Whitlock & Byrne, wanted the assessment redone");
    expect(result.text).not.toMatch(/Whitlock|Byrne|&/u);
    expect(result.text).toContain("Ms ");
  });
});
