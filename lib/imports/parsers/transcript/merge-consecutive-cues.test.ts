import { describe, expect, it } from "vitest";
import { mergeConsecutiveCues, UNATTRIBUTED_TURN_CHARS } from "./merge-consecutive-cues";
import type { ParsedTurn } from "./parsed-transcript";

function cue(speaker: string | null, startMs: number, endMs: number, text: string): ParsedTurn {
  return { speaker, startMs, endMs, text };
}

describe("mergeConsecutiveCues", () => {
  it("merges consecutive cues of one speaker whatever the pause, and never across speakers", () => {
    const cues = [cue("A", 0, 1000, "One."), cue("A", 60_000, 61_000, "Two."), cue("B", 61_000, 62_000, "Three.")];
    expect(mergeConsecutiveCues(cues)).toEqual([cue("A", 0, 61_000, "One. Two."), cue("B", 61_000, 62_000, "Three.")]);
  });

  it("does not change its input", () => {
    const cues = [cue("A", 0, 1000, "One."), cue("A", 1000, 2000, "Two.")];
    mergeConsecutiveCues(cues);
    expect(cues[0]).toEqual(cue("A", 0, 1000, "One."));
  });

  it("splits unattributed cues at a pause longer than 2 s, not at exactly 2 s", () => {
    const cues = [cue(null, 0, 1000, "a"), cue(null, 3000, 4000, "b"), cue(null, 6001, 7000, "c")];
    expect(mergeConsecutiveCues(cues)).toEqual([cue(null, 0, 4000, "a b"), cue(null, 6001, 7000, "c")]);
  });

  it("starts a new unattributed turn after a sentence once the turn is long", () => {
    const long = `${"word ".repeat(UNATTRIBUTED_TURN_CHARS / 5)}end`;
    const cues = [cue(null, 0, 1000, long), cue(null, 1000, 2000, "still going."), cue(null, 2000, 3000, "New.")];
    expect(mergeConsecutiveCues(cues).map((turn) => turn.text)).toEqual([`${long} still going.`, "New."]);
  });
});
