import { describe, expect, it } from "vitest";
import { type ScoreCell, type ScoreRow, scoreTables } from "./score-tables";

const WORKLOAD = "My workload is manageable";
const PAY = "My pay fairly reflects the job I do";

function person(id: string, wave: string, ethnicity: string | null, gender: string, region: string) {
  return (item: string, value: number): ScoreRow => ({
    respondentId: id,
    wave,
    attributes: { ethnicity, gender, region },
    item,
    value,
  });
}
const r1 = person("r1", "2023", "White", "Female", "London");
const r2 = person("r2", "2023", "White", "Male", "London");
const r3 = person("r3", "2023", "Black", "Female", "South East");
const r4 = person("r4", "2023", null, "Female", "South East");
const r5 = person("r5", "2025", "White", "Female", "London");
const r6 = person("r6", "2025", "Black", "Male", "South East");
const r7 = person("r7", "2025", "Black", "Female", "London");

const rows = [
  r1(WORKLOAD, 2),
  r2(WORKLOAD, 4),
  r3(WORKLOAD, 3),
  r4(WORKLOAD, 5),
  r5(WORKLOAD, 4),
  r6(WORKLOAD, 5),
  r7(WORKLOAD, 3),
  r5(PAY, 2),
  r6(PAY, 2),
];

const cell = (n: number, mean: number, display: string): ScoreCell => ({ n, mean, display, suppressed: false });
const empty: ScoreCell = { n: 0, mean: null, display: "–", suppressed: false };
const hidden: ScoreCell = { n: null, mean: null, display: "[c]", suppressed: true };

describe("scoreTables", () => {
  it("gives means by wave overall and by ethnicity, gender and region, with the change", () => {
    // Suppression off (minimumN 1) to check the arithmetic on a tiny sample.
    // all:       2023 (2 + 4 + 3 + 5)/4 = 3.50;   2025 (4 + 5 + 3)/3 = 4.00;   +0.50 ↑
    // Black:     2023 r3 3 = 3.00;                2025 (5 + 3)/2 = 4.00;       +1.00 ↑
    // White:     2023 (2 + 4)/2 = 3.00;           2025 r5 4 = 4.00;            +1.00 ↑
    // Not stated: 2023 r4 5 = 5.00;               2025 none → "–";             no change
    // Female:    2023 (2 + 3 + 5)/3 = 3.333… → 3.33; 2025 (4 + 3)/2 = 3.50;   0.1666… → +0.17 ↑
    // Male:      2023 r2 4 = 4.00;                2025 r6 5 = 5.00;            +1.00 ↑
    // London:    2023 (2 + 4)/2 = 3.00;           2025 (4 + 3)/2 = 3.50;       +0.50 ↑
    // South East: 2023 (3 + 5)/2 = 4.00;          2025 r6 5 = 5.00;            +1.00 ↑
    const [workload, pay] = scoreTables(rows, { minimumN: 1 });
    expect(workload.item).toBe(WORKLOAD);
    expect(workload.waves).toEqual(["2023", "2025"]);
    expect(workload.change).toEqual({ from: "2023", to: "2025" });
    const summary = workload.sections.map((section) => ({
      dimension: section.dimension,
      rows: section.rows.map((row) => [row.segment, ...row.cells.map((c) => c.display), row.change?.display ?? null]),
    }));
    expect(summary).toEqual([
      { dimension: "all", rows: [["all", "3.50", "4.00", "+0.50"]] },
      {
        dimension: "ethnicity",
        rows: [
          ["Black", "3.00", "4.00", "+1.00"],
          ["White", "3.00", "4.00", "+1.00"],
          ["Not stated", "5.00", "–", null],
        ],
      },
      {
        dimension: "gender",
        rows: [
          ["Female", "3.33", "3.50", "+0.17"],
          ["Male", "4.00", "5.00", "+1.00"],
        ],
      },
      {
        dimension: "region",
        rows: [
          ["London", "3.00", "3.50", "+0.50"],
          ["South East", "4.00", "5.00", "+1.00"],
        ],
      },
    ]);
    const female = workload.sections[2].rows[0];
    expect(female.cells).toEqual([cell(3, 10 / 3, "3.33"), cell(2, 3.5, "3.50")]);
    expect(female.change?.value).toBeCloseTo(1 / 6, 14);
    expect(female.change?.arrow).toBe("↑");
    expect(workload.sections[1].rows[2].cells[1]).toEqual(empty);

    // Pay was asked in 2025 only: 2023 is "–" and there is no change. (2 + 2)/2 = 2.00
    expect(pay.item).toBe(PAY);
    expect(pay.sections[0].rows[0]).toEqual({ segment: "all", cells: [empty, cell(2, 2, "2.00")], change: null });
  });

  it("computes the change from unrounded means, as the report does", () => {
    // 2023: [4, 3, 3, 3, 3, 3, 3, 3] → 25/8 = 3.125, shown 3.13; 2025: [3, 3, 4, 4, 3] → 17/5 = 3.40
    // change 3.4 − 3.125 = 0.275 → +0.28 (the shown levels would give 3.40 − 3.13 = 0.27); falls are ↓.
    const scores = [4, 3, 3, 3, 3, 3, 3, 3].map((value, i) =>
      person(`a${i}`, "2023", "White", "Male", "London")(WORKLOAD, value),
    );
    scores.push(
      ...[3, 3, 4, 4, 3].map((value, i) => person(`b${i}`, "2025", "White", "Male", "London")(WORKLOAD, value)),
    );
    const [table] = scoreTables(scores, { minimumN: 1, dimensions: [] });
    const [all] = table.sections[0].rows;
    expect(all.cells.map((c) => c.display)).toEqual(["3.13", "3.40"]);
    expect(all.change).toMatchObject({ rounded: 0.28, display: "+0.28", arrow: "↑" });
    const [reversed] = scoreTables(scores, { minimumN: 1, dimensions: [], changeFrom: "2025", changeTo: "2023" });
    expect(reversed.sections[0].rows[0].change).toMatchObject({ rounded: -0.28, display: "-0.28", arrow: "↓" });
  });

  it("hides small groups, with secondary suppression within a dimension", () => {
    // minimumN 3, one wave of 10: London 5, South East 1, North West 4.
    // South East (1) is hidden; alone it would be 10 − 5 − 4, so North West (4) is hidden too.
    // The two hidden then sum to 5: South East could be 1 or 2, North West 3 or 4.
    const regionOf = [
      "London",
      "London",
      "London",
      "London",
      "London",
      "South East",
      "North West",
      "North West",
      "North West",
      "North West",
    ];
    const scores = regionOf.map((region, i) =>
      person(`p${i}`, "2025", "White", "Female", region)(WORKLOAD, i < 5 ? 4 : 2),
    );
    const [table] = scoreTables(scores, { minimumN: 3, dimensions: ["region"] });
    // all: (5 × 4 + 5 × 2)/10 = 3.00; London: 4.00
    expect(table.change).toBeNull();
    expect(table.sections[0].rows[0]).toEqual({ segment: "all", cells: [cell(10, 3, "3.00")], change: null });
    expect(table.sections[1].rows).toEqual([
      { segment: "London", cells: [cell(5, 4, "4.00")], change: null },
      { segment: "North West", cells: [hidden], change: null },
      { segment: "South East", cells: [hidden], change: null },
    ]);
  });

  it("hides a whole wave smaller than the threshold (default 10), and the change with it", () => {
    // 2023 has 4 respondents and 2025 has 3: every mean is hidden, so no change either.
    const [workload] = scoreTables(rows);
    for (const section of workload.sections) {
      for (const row of section.rows) {
        for (const c of row.cells) expect(c.suppressed || c.n === 0).toBe(true);
        expect(row.change).toBeNull();
      }
    }
    expect(workload.sections[0].rows[0].cells).toEqual([hidden, hidden]);
  });

  it("follows the given wave columns and segment order", () => {
    const [workload] = scoreTables(rows, {
      minimumN: 1,
      waves: ["2025", "2023", "2027"],
      changeFrom: "2023",
      changeTo: "2025",
      dimensions: ["region"],
      segmentOrder: { region: ["South East", "North West"] },
    });
    expect(workload.waves).toEqual(["2025", "2023", "2027"]);
    const [all, region] = workload.sections;
    expect(all.rows[0].cells.map((c) => c.display)).toEqual(["4.00", "3.50", "–"]);
    expect(all.rows[0].change?.display).toBe("+0.50");
    expect(region.rows.map((row) => row.segment)).toEqual(["South East", "North West", "London"]);
    expect(region.rows[1]).toEqual({ segment: "North West", cells: [empty, empty, empty], change: null });
  });

  it("hides the whole wave when protecting one segment would need its total", () => {
    // minimumN 10, 11 respondents: region A 1, region B 10. A is hidden; B (10) is hidden too, but the
    // pair still gives A = 11 − 10 = 1 from the overall n, so the overall mean (and so every cell) is hidden.
    const scores = Array.from({ length: 11 }, (_, i) =>
      person(`q${i}`, "2025", "White", "Male", i === 0 ? "A" : "B")(PAY, 3),
    );
    const [table] = scoreTables(scores, { dimensions: ["region"] });
    expect(table.sections.map((section) => section.rows.map((row) => row.cells[0]))).toEqual([
      [hidden],
      [hidden, hidden],
    ]);
  });

  it('refuses "all" as a dimension', () => {
    expect(() => scoreTables(rows, { dimensions: ["all"] })).toThrow(RangeError);
  });

  it("refuses a change wave that is not a column and a respondent scored twice", () => {
    expect(() => scoreTables(rows, { changeFrom: "2019" })).toThrow(RangeError);
    expect(() => scoreTables([r1(WORKLOAD, 2), r1(WORKLOAD, 3)])).toThrow(RangeError);
    expect(() => scoreTables([r1(WORKLOAD, Number.NaN)])).toThrow(RangeError);
  });

  it("returns no tables for no rows", () => {
    expect(scoreTables([])).toEqual([]);
  });
});
