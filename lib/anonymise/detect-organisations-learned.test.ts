import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import stored from "./data/organisation-tagger.json";
import { detectOrganisationsLearned } from "./detect-organisations-learned";
import type { Detection } from "./types";

const found = (text: string, ruled: Detection[] = []) =>
  detectOrganisationsLearned(text, ruled).map((detection) => text.slice(detection.start, detection.end));

describe("detectOrganisationsLearned (the shipped model)", () => {
  it("was trained on the tuning set as it is now: retrain with scripts/anonymise/train-organisation-tagger.ts when it changes", () => {
    const tuningSet = readFileSync(join(process.cwd(), "lib", "anonymise", "eval", "tuning-set.json"));
    expect(stored.trainedOn.tuningSetSha256).toBe(createHash("sha256").update(tuningSet).digest("hex"));
  });

  it("finds invented firms and services by the words around them", () => {
    expect(found("I was placed through Quillmarsh Staffing for two years.")).toEqual(["Quillmarsh Staffing"]);
    expect(found("The interpreter came from Tarvello Languages again.")).toEqual(["Tarvello Languages"]);
    expect(found("We booked an interpreter through Morvessa for the visit.")).toEqual(["Morvessa"]);
    expect(found("went through brellicombe for my last locum")).toEqual(["brellicombe"]);
  });

  it("leaves ordinary sentences, people and lone everyday words alone", () => {
    expect(found("We met at lunchtime and then went to church.")).toEqual([]);
    expect(found("I rang Dorrit Penhale about the visit on Monday.")).toEqual([]);
    expect(found("I supervised Marek Wozniak for a year.")).toEqual([]);
    expect(found("The Annual Report came out late again this year.")).toEqual([]);
    expect(found("She was referred to Early Help and Domestic Abuse training.")).toEqual([]);
  });

  it("leaves what the rules found to the rules", () => {
    const text = "I was placed through Quillmarsh Staffing for two years.";
    const start = text.indexOf("Quillmarsh");
    const ruled: Detection[] = [{ start, end: start + 10, category: "person", reason: "rule", source: "list" }];
    expect(found(text, ruled)).toEqual([]);
  });
});
