import { describe, expect, it } from "vitest";
import { type AnswerRef, type CodedAnswer, focusGroupReach } from "./prevalence";
import { themePrevalence, themeReach } from "./prevalence.reference";

// Theme "Workload" is code 10 with sub-code 11; code 20 is another theme.
const THEME = [10, 11];

// 2023: r1 answered q1 and q2, r2 q1, r3 q2, r4 q1. 2025: r5 and r6 answered q1.
const answers: AnswerRef[] = [
  { respondentId: "r1", waveLabel: "2023", questionId: "q1" },
  { respondentId: "r1", waveLabel: "2023", questionId: "q2" },
  { respondentId: "r2", waveLabel: "2023", questionId: "q1" },
  { respondentId: "r3", waveLabel: "2023", questionId: "q2" },
  { respondentId: "r4", waveLabel: "2023", questionId: "q1" },
  { respondentId: "r5", waveLabel: "2025", questionId: "q1" },
  { respondentId: "r6", waveLabel: "2025", questionId: "q1" },
];

const coded: CodedAnswer[] = [
  { respondentId: "r1", waveLabel: "2023", questionId: "q1", codeId: 10 },
  { respondentId: "r1", waveLabel: "2023", questionId: "q1", codeId: 10 }, // a second segment, same answer
  { respondentId: "r1", waveLabel: "2023", questionId: "q2", codeId: 11 }, // sub-code, same respondent
  { respondentId: "r2", waveLabel: "2023", questionId: "q1", codeId: 20 }, // another theme
  { respondentId: "r3", waveLabel: "2023", questionId: "q2", codeId: 11 },
  { respondentId: "r4", waveLabel: "2023", questionId: "q2", codeId: 10 }, // r4 never answered q2: ignored
  { respondentId: "r5", waveLabel: "2025", questionId: "q1", codeId: 10 },
  { respondentId: "r7", waveLabel: "2025", questionId: "q1", codeId: 10 }, // r7 has no answer: ignored
];

describe("themePrevalence", () => {
  it("counts respondents once per wave and per question", () => {
    // 2023: base {r1, r2, r3, r4} = 4; raised {r1, r3} = 2 → 2/4 = 0.5
    //   q1: base {r1, r2, r4} = 3; raised {r1} = 1 → 1/3
    //   q2: base {r1, r3} = 2; raised {r1, r3} = 2 → 1
    // 2025: base {r5, r6} = 2; raised {r5} = 1 → 0.5 (q1 the same)
    const result = themePrevalence(answers, coded, THEME);
    expect(result.byWave).toEqual([
      { wave: "2023", raised: 2, base: 4, share: 0.5 },
      { wave: "2025", raised: 1, base: 2, share: 0.5 },
    ]);
    expect(result.byQuestion).toEqual([
      { wave: "2023", questionId: "q1", raised: 1, base: 3, share: 1 / 3 },
      { wave: "2023", questionId: "q2", raised: 2, base: 2, share: 1 },
      { wave: "2025", questionId: "q1", raised: 1, base: 2, share: 0.5 },
    ]);
  });

  it("counts only the codes given: the parent alone misses answers coded with the sub-code only", () => {
    // code 10 only, 2023: r1 (q1) → 1/4; r3 had only sub-code 11
    const result = themePrevalence(answers, coded, [10]);
    expect(result.byWave[0]).toEqual({ wave: "2023", raised: 1, base: 4, share: 0.25 });
  });

  it("gives raised 0, not a missing row, for a wave where no one raised the theme", () => {
    const result = themePrevalence(answers, coded, [99]);
    expect(result.byWave).toEqual([
      { wave: "2023", raised: 0, base: 4, share: 0 },
      { wave: "2025", raised: 0, base: 2, share: 0 },
    ]);
  });

  it("returns nothing without answers, even when codings exist", () => {
    expect(themePrevalence([], coded, THEME)).toEqual({ byWave: [], byQuestion: [] });
  });

  it("keeps numeric and string ids apart", () => {
    // respondent 1 and respondent "1" are two people: base 2, raised 1
    const result = themePrevalence(
      [
        { respondentId: 1, waveLabel: "2025", questionId: 7 },
        { respondentId: "1", waveLabel: "2025", questionId: 7 },
      ],
      [{ respondentId: "1", waveLabel: "2025", questionId: 7, codeId: "10" }],
      ["10"],
    );
    expect(result.byWave).toEqual([{ wave: "2025", raised: 1, base: 2, share: 0.5 }]);
  });

  it("lists waves and questions in the order they first appear", () => {
    const result = themePrevalence(
      [
        { respondentId: "a", waveLabel: "2025", questionId: "q9" },
        { respondentId: "b", waveLabel: "2023", questionId: "q1" },
        { respondentId: "a", waveLabel: "2025", questionId: "q2" },
      ],
      [],
      THEME,
    );
    expect(result.byWave.map((row) => row.wave)).toEqual(["2025", "2023"]);
    expect(result.byQuestion.map((row) => `${row.wave}/${row.questionId}`)).toEqual(["2025/q9", "2025/q2", "2023/q1"]);
  });
});

describe("themeReach", () => {
  it("gives the base and raised respondents of one wave", () => {
    const reach = themeReach(answers, coded, THEME, "2023");
    expect([...reach.base]).toEqual(["r1", "r2", "r3", "r4"]);
    expect([...reach.raised]).toEqual(["r1", "r3"]); // not r4, coded on q2, which r4 never answered
  });

  it("ignores codings of respondents outside the base", () => {
    const reach = themeReach(answers, coded, THEME, "2025");
    expect([...reach.raised]).toEqual(["r5"]); // not r7
  });

  it("is empty for an unknown wave", () => {
    const reach = themeReach(answers, coded, THEME, "2027");
    expect(reach.base.size).toBe(0);
    expect(reach.raised.size).toBe(0);
  });
});

describe("focusGroupReach", () => {
  // Group A: turns 1, 2, 3; group B: turns 1, 2; group C: turn 1.
  const turns = [
    { documentId: "A", turnId: 1 },
    { documentId: "A", turnId: 2 },
    { documentId: "A", turnId: 3 },
    { documentId: "B", turnId: 1 },
    { documentId: "B", turnId: 2 },
    { documentId: "C", turnId: 1 },
  ];
  const codedTurns = [
    { documentId: "A", turnId: 1, codeId: 10 },
    { documentId: "A", turnId: 1, codeId: 11 }, // same turn again: one turn
    { documentId: "A", turnId: 3, codeId: 11 },
    { documentId: "B", turnId: 1, codeId: 20 }, // other theme
    { documentId: "C", turnId: 1, codeId: 10 }, // turn 1 of C is not turn 1 of A
    { documentId: "D", turnId: 9, codeId: 10 }, // a document not in `turns`
  ];

  it("counts groups and turns that raised the theme", () => {
    // groups {A, C, D} = 3; turns A1, A3, C1, D9 = 4
    expect(focusGroupReach(codedTurns, THEME)).toEqual({ groups: 3, turns: 4, groupBase: null, turnBase: null });
  });

  it("with all turns, also gives the bases and drops codings on unknown turns", () => {
    // groups {A, C} = 2 of 3; turns A1, A3, C1 = 3 of 6
    expect(focusGroupReach(codedTurns, THEME, turns)).toEqual({ groups: 2, turns: 3, groupBase: 3, turnBase: 6 });
  });

  it("is zero for a theme no one raised", () => {
    expect(focusGroupReach(codedTurns, [99], turns)).toEqual({ groups: 0, turns: 0, groupBase: 3, turnBase: 6 });
    expect(focusGroupReach([], THEME)).toEqual({ groups: 0, turns: 0, groupBase: null, turnBase: null });
  });
});
