import { describe, expect, it } from "vitest";
import { characterAgreement, mergeSpans } from "./character-agreement";

describe("character-level agreement, worked by hand", () => {
  it("half-overlapping spans: κ 0 over all characters, a third agreed over coded ones", () => {
    // 20 characters; A codes 0–10, B codes 5–15: both 5, A only 5, B only 5, neither 5.
    const figures = characterAgreement(20, [{ start: 0, end: 10 }], [{ start: 5, end: 15 }]);
    expect(figures).toMatchObject({ both: 5, firstOnly: 5, secondOnly: 5, neither: 5, coded: 15 });
    expect(figures.percentAgreement).toBeCloseTo(0.5, 10);
    // chance = 0.5·0.5 + 0.5·0.5 = 0.5, so κ = (0.5 − 0.5) / 0.5 = 0.
    expect(figures.kappa).toBeCloseTo(0, 10);
    expect(figures.codedPercentAgreement).toBeCloseTo(1 / 3, 10);
    // Over 15 coded characters: observed 5/15, chance (10/15)² + (5/15)² = 5/9, κ = (1/3 − 5/9) / (4/9) = −0.5.
    expect(figures.codedKappa).toBeCloseTo(-0.5, 10);
  });

  it("counts a coder's overlapping codings once", () => {
    // A: 0–4, 2–8 and 10–12 cover 10 characters; B: 0–8; 40 characters in all.
    const figures = characterAgreement(
      40,
      [
        { start: 2, end: 8 },
        { start: 10, end: 12 },
        { start: 0, end: 4 },
      ],
      [{ start: 0, end: 8 }],
    );
    expect(figures).toMatchObject({ both: 8, firstOnly: 2, secondOnly: 0, neither: 30, coded: 10 });
    expect(figures.percentAgreement).toBeCloseTo(0.95, 10);
    // chance = (10/40)(8/40) + (30/40)(32/40) = 0.65; κ = 0.3 / 0.35.
    expect(figures.kappa).toBeCloseTo(0.3 / 0.35, 10);
    expect(figures.codedPercentAgreement).toBeCloseTo(0.8, 10);
  });

  it("counts UTF-16 code units, so an emoji is two characters", () => {
    const text = "é😀ab";
    expect(text.length).toBe(5);
    // A codes the emoji (1–3), B the emoji and "a" (1–4).
    const figures = characterAgreement(text.length, [{ start: 1, end: 3 }], [{ start: 1, end: 4 }]);
    expect(figures).toMatchObject({ both: 2, firstOnly: 0, secondOnly: 1, neither: 2 });
    expect(figures.percentAgreement).toBeCloseTo(0.8, 10);
    // chance = (2/5)(3/5) + (3/5)(2/5) = 0.48; κ = 0.32 / 0.52.
    expect(figures.kappa).toBeCloseTo(0.32 / 0.52, 10);
  });

  it("is 1 for identical coding, and leaves κ out where nobody coded", () => {
    const same = characterAgreement(
      30,
      [{ start: 3, end: 9 }],
      [
        { start: 3, end: 6 },
        { start: 6, end: 9 },
      ],
    );
    expect(same.kappa).toBe(1);
    expect(same.codedPercentAgreement).toBe(1);
    const nobody = characterAgreement(30, [], []);
    expect(nobody.percentAgreement).toBe(1);
    expect(nobody.kappa).toBeNull();
    expect(nobody.codedPercentAgreement).toBeNull();
  });

  it("merges touching spans and clips spans to the text", () => {
    expect(
      mergeSpans(
        [
          { start: 5, end: 9 },
          { start: 0, end: 5 },
          { start: 8, end: 40 },
        ],
        20,
      ),
    ).toEqual([{ start: 0, end: 20 }]);
    expect(
      mergeSpans(
        [
          { start: 10, end: 12 },
          { start: 0, end: 3 },
        ],
        20,
      ),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 10, end: 12 },
    ]);
  });

  it("treats the coders alike: swapping them swaps only the one-sided counts", () => {
    const a = [
      { start: 0, end: 7 },
      { start: 12, end: 18 },
    ];
    const b = [{ start: 4, end: 14 }];
    const forward = characterAgreement(25, a, b);
    const backward = characterAgreement(25, b, a);
    expect(backward.kappa).toBeCloseTo(forward.kappa!, 12);
    expect(backward.firstOnly).toBe(forward.secondOnly);
    // A covers 13, B 10, both 3 + 2 = 5.
    expect(forward).toMatchObject({ both: 5, firstOnly: 8, secondOnly: 5, neither: 7 });
  });
});
