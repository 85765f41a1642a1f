import { describe, expect, it } from "vitest";
import { assignReplacements } from "./assign-replacements";
import type { Detection } from "./types";

function at(text: string, word: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
}

describe("assignReplacements", () => {
  it("numbers colleagues by roster order and people by first mention", () => {
    const text = "Tomasz met Ayaan Warsame, then Priya and Ayaan.";
    const detections: Detection[] = [
      { ...at(text, "Tomasz"), category: "person", source: "roster", reason: "r", identity: "roster:2" },
      {
        ...at(text, "Ayaan Warsame"),
        category: "person",
        source: "nlp",
        reason: "n",
        identity: "person:ayaan warsame",
      },
      { ...at(text, "Priya"), category: "person", source: "roster", reason: "r", identity: "roster:1" },
      { ...at(text, "Ayaan", 30), category: "person", source: "nlp", reason: "n", identity: "person:ayaan" },
    ];
    expect(assignReplacements(text, detections).map((r) => [r.text, r.replacement])).toEqual([
      ["Tomasz", "[colleague 2]"],
      ["Ayaan Warsame", "[person 1]"],
      ["Priya", "[colleague 1]"],
      ["Ayaan", "[person 1]"],
    ]);
  });

  it("keeps two people with different names apart and joins a later full name to an earlier first name", () => {
    const text = "Bilal and Zainab; later Zainab Siddiqui and Bilal.";
    const detections: Detection[] = [
      { ...at(text, "Bilal"), category: "person", source: "nlp", reason: "n", identity: "person:bilal" },
      { ...at(text, "Zainab"), category: "person", source: "nlp", reason: "n", identity: "person:zainab" },
      {
        ...at(text, "Zainab Siddiqui"),
        category: "person",
        source: "nlp",
        reason: "n",
        identity: "person:zainab siddiqui",
      },
      { ...at(text, "Bilal", 10), category: "person", source: "nlp", reason: "n", identity: "person:bilal" },
    ];
    expect(assignReplacements(text, detections).map((r) => r.replacement)).toEqual([
      "[person 1]",
      "[person 2]",
      "[person 2]",
      "[person 1]",
    ]);
  });

  it("uses the detector's fixed replacement or a bracketed category", () => {
    const text = "Lambeth, 12 March 2024";
    const detections: Detection[] = [
      { ...at(text, "Lambeth"), category: "authority", source: "list", reason: "l", replacement: "[London borough]" },
      { ...at(text, "12 March 2024"), category: "date", source: "structured", reason: "d" },
    ];
    expect(assignReplacements(text, detections).map((r) => r.replacement)).toEqual(["[London borough]", "[date]"]);
  });
});
