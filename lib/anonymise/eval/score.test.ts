import { describe, expect, it } from "vitest";
import type { GoldCategory } from "./labelled-passage";
import { evaluate, failingTargets, locateGold, PRECISION_TARGET, RECALL_TARGETS, STRUCTURED_CATEGORIES } from "./score";

describe("anonymiser evaluation on the labelled set", () => {
  const report = evaluate();

  it("meets every recall target (automatic redactions only) and the precision target", () => {
    expect(failingTargets(report)).toEqual([]);
  });

  it("scores every bucket that has a target", () => {
    for (const bucket of Object.keys(RECALL_TARGETS))
      expect(report.recall[bucket as keyof typeof RECALL_TARGETS]?.gold).toBeGreaterThan(0);
    expect(report.precision.all?.precision).toBeGreaterThanOrEqual(PRECISION_TARGET);
  });

  it("finds no structured identifier missing", () => {
    expect(report.misses.filter((miss) => STRUCTURED_CATEGORIES.includes(miss.category as GoldCategory))).toEqual([]);
  });
});

describe("scoring", () => {
  it("counts a flag as flagged, not as redacted", () => {
    const result = evaluate([
      { id: "t1", text: "Thistlewick appears on the letters.", gold: [{ text: "Thistlewick", category: "person" }] },
    ]);
    expect(result.recall.person).toMatchObject({ gold: 1, redacted: 0, flagged: 1, recall: 0 });
    expect(failingTargets(result)).toContain("person recall 0.0% < 95.0%");
  });

  it("counts a redaction that covers only part of a gold span as a miss", () => {
    const result = evaluate([
      { id: "t2", text: "Ring 07700 900123 now.", gold: [{ text: "Ring 07700", category: "phone" }] },
    ]);
    expect(result.recall.phone?.redacted).toBe(0);
  });

  it("locates every whole-word occurrence, longest gold text first", () => {
    const passage = {
      id: "t3",
      text: "Ayaan Warsame and Ayaan; Ayaanle.",
      gold: [
        { text: "Ayaan", category: "person" as const },
        { text: "Ayaan Warsame", category: "person" as const },
      ],
    };
    expect(locateGold(passage).map((occurrence) => occurrence.text)).toEqual(["Ayaan Warsame", "Ayaan"]);
  });
});
