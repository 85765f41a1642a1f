import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../../../db/client";
import { listProjectAuthorities, matchAuthority } from "../../../lib/packs/authorities";
import { createProject } from "../../../lib/projects/create-project";
import { AUTHORITY_HEADER, withAuthorities } from "./assign-authorities";
import { generateSurvey } from "./generate-survey";

describe("the demo survey's authorities", () => {
  it("gives every authority at least one respondent, a few 60 or more and many fewer than 10", () => {
    const survey = withAuthorities(generateSurvey("2025"));
    const column = survey.headers.indexOf(AUTHORITY_HEADER);
    expect(survey.headers[column - 1]).toBe("Region");
    const db = openDatabase(":memory:");
    migrateDatabase(db);
    const list = listProjectAuthorities(db, createProject(db, { slug: "x", name: "x" }).id);
    const counts = new Map(list.map((authority) => [authority.name, 0]));
    for (const row of survey.rows) {
      const authority = matchAuthority(list, row[column]);
      expect(authority, row[column]).not.toBeNull();
      counts.set(authority!.name, counts.get(authority!.name)! + 1);
    }
    const sizes = [...counts.values()];
    expect(sizes.every((size) => size >= 1)).toBe(true);
    expect(sizes.filter((size) => size >= 60).length).toBeGreaterThanOrEqual(3);
    expect(sizes.filter((size) => size < 10).length).toBeGreaterThanOrEqual(10);
    // Some write it another way, and they still count for their authority.
    expect(survey.rows.filter((row) => !counts.has(row[column])).length).toBeGreaterThan(0);
  });

  it("keeps the same authorities large in every wave", () => {
    const top = (wave: "2023" | "2025") => {
      const survey = withAuthorities(generateSurvey(wave));
      const column = survey.headers.indexOf(AUTHORITY_HEADER);
      const counts = new Map<string, number>();
      for (const row of survey.rows) counts.set(row[column], (counts.get(row[column]) ?? 0) + 1);
      return [...counts].sort((left, right) => right[1] - left[1])[0][0];
    };
    expect(top("2023")).toBe(top("2025"));
  });
});
