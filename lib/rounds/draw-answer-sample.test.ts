import { describe, expect, it } from "vitest";
import { allocateByWave, drawAnswerSample, type SampleCandidate } from "./draw-answer-sample";

/** 300 answers of wave 1 (ids 1–300) and 100 of wave 2 (ids 301–400), listed in a scrambled order. */
const candidates: SampleCandidate[] = Array.from({ length: 400 }, (_, index) => {
  const answerId = ((index * 37) % 400) + 1;
  return { answerId, waveId: answerId <= 300 ? 1 : 2 };
});

describe("drawAnswerSample", () => {
  it("gives the same sample, in the same order, for the same seed, whatever order the answers come in", () => {
    const first = drawAnswerSample(candidates, 40, 20261206);
    const again = drawAnswerSample([...candidates].reverse(), 40, 20261206);
    expect(again).toEqual(first);
    expect(new Set(first.map((unit) => unit.answerId)).size).toBe(40);
    const other = drawAnswerSample(candidates, 40, 20261207);
    expect(other.map((unit) => unit.answerId)).not.toEqual(first.map((unit) => unit.answerId));
  });

  it("stratifies by wave in proportion to each wave's answers", () => {
    const sample = drawAnswerSample(candidates, 40, 1);
    expect(sample.filter((unit) => unit.waveId === 1)).toHaveLength(30);
    expect(sample.filter((unit) => unit.waveId === 2)).toHaveLength(10);
    // Every drawn answer is of the wave it claims.
    for (const unit of sample) expect(unit.waveId).toBe(unit.answerId <= 300 ? 1 : 2);
  });

  it("mixes the waves in the queue rather than listing one wave after the other", () => {
    const waves = drawAnswerSample(candidates, 40, 1).map((unit) => unit.waveId);
    expect(waves.slice(0, 30).includes(2)).toBe(true);
  });

  it("hands remainders to the largest fractions and never draws more than there are", () => {
    // 2 of 3 answers in wave 1 and 1 of 3 in wave 2 would be 1.33 and 0.67 of 2: one each.
    const small: SampleCandidate[] = [
      { answerId: 1, waveId: 1 },
      { answerId: 2, waveId: 1 },
      { answerId: 3, waveId: 2 },
    ];
    expect(allocateByWave(small, 2)).toEqual(
      new Map([
        [1, 1],
        [2, 1],
      ]),
    );
    expect(
      drawAnswerSample(small, 10, 5)
        .map((unit) => unit.answerId)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(drawAnswerSample([], 10, 5)).toEqual([]);
  });
});
