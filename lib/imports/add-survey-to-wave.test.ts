import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { createProject } from "../projects/create-project";
import type { SurveyRecords } from "./parsers/survey/types";
import { storeSurvey } from "./store-survey";

/** A survey part: respondents by id, each answering "What would help?" with `answer(id)`. */
function part(ids: string[], answer: (id: string) => string, score = 4): SurveyRecords {
  return {
    respondents: ids.map((externalId) => ({
      externalId,
      attributes: { region: "London" },
      likert: { "My workload is manageable": score },
    })),
    questions: [
      { header: "What would help?", answers: ids.map((id, index) => ({ respondentIndex: index, text: answer(id) })) },
    ],
    likertColumns: [{ header: "My workload is manageable", metricKey: null }],
    attributeMerges: [],
  };
}

describe("adding a second export to a wave", () => {
  let db: ReturnType<typeof createTestDb>;
  let projectId: number;
  beforeEach(() => {
    db = createTestDb();
    projectId = createProject(db, { slug: "parts", name: "Parts" }).id;
    db.$client.prepare("insert into users (email, name, password_hash) values ('u@x.org','U','x')").run();
    storeSurvey(db, {
      projectId,
      userId: 1,
      wave: "2025",
      records: part(["r1", "r2", "r3"], (id) => `first ${id}`, 2),
      filename: "part1.csv",
    });
  });
  afterEach(() => db.cleanup());

  const answers = () =>
    db.$client
      .prepare(
        "select r.external_id as id, a.text from answers a join respondents r on r.id = a.respondent_id order by r.external_id, a.text",
      )
      .all() as { id: string; text: string }[];
  const likert = () =>
    db.$client
      .prepare(
        "select r.external_id as id, l.value from likert_answers l join respondents r on r.id = l.respondent_id order by 1",
      )
      .all() as { id: string; value: number }[];

  it("adds the respondents of a second part that the wave does not have yet", () => {
    const summary = storeSurvey(db, {
      projectId,
      userId: 1,
      wave: "2025",
      records: part(["r4", "r5"], (id) => `second ${id}`),
      filename: "part2.csv",
      addToWave: { onCollision: "stop" },
    });
    expect(summary.wave).toEqual({ added: 2, skipped: 0, replaced: 0 });
    expect(summary.respondents).toBe(2);
    expect(answers().map((row) => row.id)).toEqual(["r1", "r2", "r3", "r4", "r5"]);
  });

  it("skips respondents the wave already has, keeping their stored answers", () => {
    const summary = storeSurvey(db, {
      projectId,
      userId: 1,
      wave: "2025",
      records: part(["r2", "r3", "r4"], (id) => `second ${id}`),
      filename: "part2.csv",
      addToWave: { onCollision: "skip" },
    });
    expect(summary.wave).toEqual({ added: 1, skipped: 2, replaced: 0 });
    expect(answers()).toEqual([
      { id: "r1", text: "first r1" },
      { id: "r2", text: "first r2" },
      { id: "r3", text: "first r3" },
      { id: "r4", text: "second r4" },
    ]);
  });

  it("replaces respondents the wave already has with the file's answers and scores", () => {
    const summary = storeSurvey(db, {
      projectId,
      userId: 1,
      wave: "2025",
      records: part(["r2", "r4"], (id) => `second ${id}`, 5),
      filename: "part2.csv",
      addToWave: { onCollision: "replace" },
    });
    expect(summary.wave).toEqual({ added: 1, skipped: 0, replaced: 1 });
    expect(answers()).toEqual([
      { id: "r1", text: "first r1" },
      { id: "r2", text: "second r2" },
      { id: "r3", text: "first r3" },
      { id: "r4", text: "second r4" },
    ]);
    expect(likert()).toEqual([
      { id: "r1", value: 2 },
      { id: "r2", value: 5 },
      { id: "r3", value: 2 },
      { id: "r4", value: 5 },
    ]);
  });

  it("stops on a collision when asked to, naming the ids and storing nothing", () => {
    expect(() =>
      storeSurvey(db, {
        projectId,
        userId: 1,
        wave: "2025",
        records: part(["r3", "r9"], (id) => `second ${id}`),
        filename: "part2.csv",
        addToWave: { onCollision: "stop" },
      }),
    ).toThrow(/1 respondent in this file \("r3"\) already is in wave 2025\. Choose skip .* or replace/);
    expect(answers().map((row) => row.id)).toEqual(["r1", "r2", "r3"]);
  });

  it("still refuses a wave with respondents when not asked to add to it", () => {
    expect(() =>
      storeSurvey(db, { projectId, userId: 1, wave: "2025", records: part(["r9"], (id) => id), filename: "again.csv" }),
    ).toThrow(/already has respondents/);
  });
});
