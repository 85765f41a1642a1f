import { describe, expect, it } from "vitest";
import { FIND_HIT_LIMIT, findInText, hitFrom } from "./find-in-text";

function transcript(turnTexts: string[]) {
  let text = "";
  const turns = turnTexts.map((turnText) => {
    if (text !== "") text += "\n\n";
    const startOffset = text.length;
    text += turnText;
    return { startOffset, endOffset: text.length };
  });
  return { text, turns };
}

describe("findInText", () => {
  it("finds every match regardless of case, with document offsets and turn indexes", () => {
    const { text, turns } = transcript(["Caseloads are high.", "My caseload grew; CASELOAD again"]);
    const hits = findInText(text, turns, "caseload");
    expect(hits.map((hit) => [text.slice(hit.start, hit.end), hit.turnIndex])).toEqual([
      ["Caseload", 0],
      ["caseload", 1],
      ["CASELOAD", 1],
    ]);
  });

  it("reaches a turn far below the first screen", () => {
    const { text, turns } = transcript([
      ...Array.from({ length: 2000 }, (_, index) => `Turn ${index} about workload and pay.`),
      "The agency rota in Śródmieście 😩 was unworkable.",
    ]);
    const hits = findInText(text, turns, "śródmieście 😩");
    expect(hits).toHaveLength(1);
    expect(hits[0].turnIndex).toBe(2000);
    expect(text.slice(hits[0].start, hits[0].end)).toBe("Śródmieście 😩");
  });

  it("matches accents by case only and keeps offsets in UTF-16 units after emoji", () => {
    const { text, turns } = transcript(["😩😩 École, école, ecole"]);
    const hits = findInText(text, turns, "ÉCOLE");
    expect(hits.map((hit) => hit.start)).toEqual([5, 12]);
    expect(hits.every((hit) => text.slice(hit.start, hit.end).toLowerCase() === "école")).toBe(true);
  });

  it("never matches across the separator between turns, but lets spaces in the query match any whitespace", () => {
    const { text, turns } = transcript(["too much", "paperwork here", "too\nmuch   paperwork"]);
    expect(findInText(text, turns, "much paperwork").map((hit) => hit.turnIndex)).toEqual([2]);
  });

  it("treats the query as text, not a pattern, and finds nothing for blank input", () => {
    const { text, turns } = transcript(["Is it (really) 50%? a.b"]);
    expect(findInText(text, turns, "(really) 50%?")).toHaveLength(1);
    expect(findInText(text, turns, "a.b")).toHaveLength(1);
    expect(findInText(text, turns, "a*b")).toHaveLength(0);
    expect(findInText(text, turns, "   ")).toEqual([]);
  });

  it("stops at the hit limit", () => {
    const { text, turns } = transcript(["a ".repeat(FIND_HIT_LIMIT + 10)]);
    expect(findInText(text, turns, "a")).toHaveLength(FIND_HIT_LIMIT);
  });
});

describe("hitFrom", () => {
  it("starts at the first hit after the reader's place and wraps round", () => {
    const hits = [10, 20, 30].map((start) => ({ start, end: start + 2, turnIndex: 0 }));
    expect(hitFrom(hits, 0)).toBe(0);
    expect(hitFrom(hits, 15)).toBe(1);
    expect(hitFrom(hits, 31)).toBe(0);
    expect(hitFrom([], 5)).toBe(-1);
  });
});
