import { describe, expect, it } from "vitest";
import { heldOutMissingMessage, heldOutSet } from "./labelled-sets";
import { evaluate, failingTargets, HELD_OUT_MINIMUM_PASSAGES, HELD_OUT_RECALL_TARGETS } from "./score";

// Note: only aggregate figures of the held-out half may appear here; its passages and misses stay unread.
describe("anonymiser on the held-out half", () => {
  it(`has at least ${HELD_OUT_MINIMUM_PASSAGES} passages`, () => {
    expect(heldOutSet.length, heldOutMissingMessage).toBeGreaterThanOrEqual(HELD_OUT_MINIMUM_PASSAGES);
  });

  it("meets the issue's targets without the roster (automatic redactions only)", () => {
    const report = evaluate(heldOutSet);
    expect(report.recall.person?.gold ?? 0, "person gold spans").toBeGreaterThan(0);
    expect(failingTargets(report, HELD_OUT_RECALL_TARGETS, { requireEveryBucket: false })).toEqual([]);
  });
});
