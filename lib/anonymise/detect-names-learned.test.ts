import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import stored from "./data/name-tagger.json";
import { detectNamesLearned, learnedDetections } from "./detect-names-learned";
import type { Detection } from "./types";

const found = (text: string, ruled: Detection[] = []) =>
  detectNamesLearned(text, ruled).map((detection) => text.slice(detection.start, detection.end));

describe("detectNamesLearned (the shipped model)", () => {
  it("was trained on the tuning set as it is now: retrain with scripts/anonymise/train-name-tagger.ts when it changes", () => {
    const tuningSet = readFileSync(join(process.cwd(), "lib", "anonymise", "eval", "tuning-set.json"));
    expect(stored.trainedOn.tuningSetSha256).toBe(createHash("sha256").update(tuningSet).digest("hex"));
  });

  it("finds names that are ordinary words by the sentence around them", () => {
    expect(found("My colleague Brook covered the duty rota, and Brook said it was quiet.")).toEqual(["Brook", "Brook"]);
    expect(found("Mrs Honour phoned the school about the visit.")).toEqual(["Honour"]);
    expect(found("I asked my manager, Meadow, to cover the visit.")).toEqual(["Meadow"]);
    expect(found("Her social worker, Blessing, visited twice.")).toEqual(["Blessing"]);
    expect(found("i asked storm to cover my visits this week")).toEqual(["storm"]);
    expect(found("Yesterday Sparrow phoned the school.")).toEqual(["Sparrow"]);
    expect(found("Then Clover said the plan had changed.")).toEqual(["Clover"]);
  });

  it("finds names typed in lower case in a survey comment", () => {
    expect(found("my supervisor radka is brilliant and always makes time for me")).toEqual(["radka"]);
    expect(found("shout out to tobiah and my tm who kept me going this year")).toContain("tobiah");
  });

  it("finds surnames of many origins standing alone", () => {
    expect(found("In the end Przybyszewska agreed to chair the meeting.")).toEqual(["Przybyszewska"]);
    expect(found("We waited an hour, then Adeyemi-Okoro joined the call.")).toEqual(["Adeyemi-Okoro"]);
    expect(found("The visit was covered by Ms Rahmatullah on Thursday.")).toEqual(["Rahmatullah"]);
  });

  it("leaves ordinary uses of name-like words alone", () => {
    expect(found("I will go to the office tomorrow and the report may be late.")).toEqual([]);
    expect(found("We need more patience and hope, and a grant for the new laptops.")).toEqual([]);
    expect(found("Grace periods for late reports were cut in May.")).toEqual([]);
  });

  it("leaves what the rules found to the rules", () => {
    const text = "After the review I told Clover that the plan had changed.";
    const start = text.indexOf("Clover");
    const ruled: Detection[] = [{ start, end: start + 6, category: "organisation", reason: "rule", source: "list" }];
    expect(found(text, ruled)).toEqual([]);
  });
});

describe("learnedDetections: a capitalised name the tagger reads is found at its other mentions", () => {
  const spans = (text: string, name: string, ruled: Detection[] = []) => {
    const start = text.lastIndexOf(name);
    return learnedDetections(text, [{ start, end: start + name.length, margin: 1 }], ruled).map((detection) =>
      text.slice(detection.start, detection.end),
    );
  };

  it("takes every mention spelt with the same capital", () => {
    expect(spans("Prudence ran the office. When Prudence left, it fell apart.", "Prudence")).toEqual([
      "Prudence",
      "Prudence",
    ]);
  });

  it("takes a possessive, leaves the word in lower case, inside another word, or where the rules found something", () => {
    const text = "Some prudence, Prudenceville and Prudence's hat; Prudence said no.";
    expect(spans(text, "Prudence")).toEqual(["Prudence", "Prudence"]);
    const ruled: Detection[] = [{ start: 0, end: 4, category: "organisation", reason: "rule", source: "list" }];
    expect(spans("Wren Hall is shut. Wren said so.", "Wren", ruled)).toEqual(["Wren"]);
  });
});

describe("learnedDetections: a name's other spelling offered beside it", () => {
  const spans = (text: string, name: string) => {
    const start = text.indexOf(name);
    return learnedDetections(text, [{ start, end: start + name.length, margin: 1 }], []).map((detection) =>
      text.slice(detection.start, detection.end),
    );
  };

  it("takes a spelling two letters apart after 'or' or a slash, in the same case", () => {
    expect(spans("the locum was called something like brenzik or brenzek", "brenzik")).toEqual(["brenzik", "brenzek"]);
    expect(spans("Ask Marika/Marica about the rota.", "Marika")).toEqual(["Marika", "Marica"]);
  });

  it("leaves a different word, an everyday word or another case after 'or'", () => {
    expect(spans("ask brenzik or the manager", "brenzik")).toEqual(["brenzik"]);
    expect(spans("ask Tolan or total cover", "Tolan")).toEqual(["Tolan"]);
    expect(spans("Ask Marika or marica about it", "Marika")).toEqual(["Marika"]);
  });
});
