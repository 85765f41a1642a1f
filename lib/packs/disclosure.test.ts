import { describe, expect, it } from "vitest";
import {
  CONFIDENTIAL,
  displayCount,
  figureFromBase,
  linePinsAHiddenCell,
  primary,
  protectLine,
  protectTable,
} from "./disclosure";

const shown = (cells: { hidden: boolean }[]) => cells.map((cell) => !cell.hidden);

describe("pack disclosure control", () => {
  it("hides every count below 10, zero included, and shows 10 and above", () => {
    expect([0, 1, 9, 10, 250].map((count) => displayCount(primary(count)))).toEqual([
      CONFIDENTIAL,
      CONFIDENTIAL,
      CONFIDENTIAL,
      "10",
      "250",
    ]);
  });

  it("hides a second cell when one hidden cell could be worked out from the total", () => {
    // 12 + 3 + 20 = 35: with 3 hidden, 35 − 12 − 20 gives it back, so 12 (the smallest shown) goes too.
    const cells = protectLine([12, 3, 20], 35);
    expect(shown(cells)).toEqual([false, false, true]);
    expect(cells[0].reason).toBe("secondary");
    // Now 35 − 20 = 15 could be 0 + 15 … 5 + 10: no single answer.
    expect(linePinsAHiddenCell([12, 3, 20], cells, 35)).toBe(false);
  });

  it("treats a hidden zero like any small count", () => {
    expect(shown(protectLine([0, 15, 20], 35))).toEqual([false, false, true]);
  });

  it("needs nothing more when two small cells hide each other", () => {
    // 40 − 30 = 10 = a + b with a, b in 0…9: several answers (1 + 9, 2 + 8 …), so both stay the only hidden ones.
    expect(shown(protectLine([4, 6, 30], 40))).toEqual([false, false, true]);
  });

  it("protects a region where exactly one authority is small (worked by hand)", () => {
    // London: Camden 60, Hackney 25, Islington 4, Lambeth 12; the region's 101 is in every London pack.
    // Islington alone hidden would be 101 − 60 − 25 − 12 = 4, so Lambeth (the smallest shown) is hidden too.
    const cells = protectLine([60, 25, 4, 12], 101);
    expect(shown(cells)).toEqual([true, true, false, false]);
    expect(cells.map((cell) => cell.value)).toEqual([60, 25, null, null]);
  });

  it("protects rows and columns of a table with shown totals until neither pins a cell", () => {
    // Authorities × roles, each authority's total and each role's regional total shown (worked by hand):
    //            Manager  Social worker  Student
    // Camden       30          40           8      (78)
    // Hackney      25          20          12      (57)
    //             (55)        (60)        (20)
    // Camden's 8 is pinned by 78 − 30 − 40, so its smallest shown, 30, goes; then Manager's 55 − 25 pins 30,
    // so 25 goes; Student's 20 − 12 pins 8, so 12 goes. Then no line pins a hidden cell.
    const table = [
      [30, 40, 8],
      [25, 20, 12],
    ];
    const cells = protectTable(table);
    expect(cells.map(shown)).toEqual([
      [false, true, false],
      [false, true, false],
    ]);
    table.forEach((line, row) => {
      expect(linePinsAHiddenCell(line, cells[row], line[0] + line[1] + line[2])).toBe(false);
    });
    for (let column = 0; column < 3; column++) {
      const line = table.map((row) => row[column]);
      const columnCells = cells.map((row) => row[column]);
      expect(linePinsAHiddenCell(line, columnCells, line[0] + line[1])).toBe(false);
    }
  });

  it("hides a whole row when each hidden cell would pin the next", () => {
    // Hackney 15 + 10 + 0 = 25: 0 is pinned, so 10 goes; then 25 − 15 = 10 pins 0 + 10 … no: 0 … 9 and ≥ 10
    // add to 10 only as 0 + 10, so 15 goes as well.
    expect(shown(protectLine([15, 10, 0], 25))).toEqual([false, false, false]);
  });

  it("shows a mean or share only from at least 10 respondents", () => {
    expect(figureFromBase(3.2, 9, (value) => value.toFixed(2))).toBe(CONFIDENTIAL);
    expect(figureFromBase(3.2, 10, (value) => value.toFixed(2))).toBe("3.20");
    expect(figureFromBase(null, 50, String)).toBe(CONFIDENTIAL);
  });
});
