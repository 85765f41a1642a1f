import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProject } from "../lib/projects/create-project";
import { batchInserter, insertReturningIds, ROWS_PER_STATEMENT } from "./bulk-insert";
import { createTestDb } from "./client";
import { respondentAttributes, respondents } from "./schema";

describe("multi-row inserts", () => {
  let db: ReturnType<typeof createTestDb>;
  let projectId: number;
  let waveId: number;
  beforeEach(() => {
    db = createTestDb();
    projectId = createProject(db, { slug: "p", name: "P" }).id;
    waveId = Number(
      db.$client.prepare("insert into waves (project_id, label) values (?, '2025')").run(projectId).lastInsertRowid,
    );
  });
  afterEach(() => db.cleanup());

  it("returns each row's own id, after deleted rows and across full and part batches", () => {
    const insertOne = db.$client.prepare("insert into respondents (project_id, wave_id, external_id) values (?, ?, ?)");
    for (const id of ["old-1", "old-2", "old-3"]) insertOne.run(projectId, waveId, id);
    // Autoincrement never hands out a deleted row's id again, so the new run starts at 4.
    db.$client.prepare("delete from respondents where external_id = 'old-3'").run();
    const externalIds = Array.from({ length: ROWS_PER_STATEMENT * 2 + 5 }, (_, i) => `new-${i}`);
    const ids = db.$client.transaction(() =>
      insertReturningIds(
        db,
        respondents,
        ["projectId", "waveId", "externalId"],
        externalIds.map((externalId) => [projectId, waveId, externalId]),
      ),
    )();
    expect(ids[0]).toBe(4);
    const stored = db.$client
      .prepare("select id, external_id from respondents where external_id like 'new-%'")
      .all() as { id: number; external_id: string }[];
    expect(stored).toHaveLength(externalIds.length);
    for (const row of stored) expect(ids[externalIds.indexOf(row.external_id)]).toBe(row.id);
  });

  it("sends queued rows on flush and fails on the batch that breaks a constraint", () => {
    const [respondentId] = insertReturningIds(
      db,
      respondents,
      ["projectId", "waveId", "externalId"],
      [[projectId, waveId, "r1"]],
    );
    const attributeId = Number(
      db.$client.prepare("insert into attributes (project_id, name) values (?, 'region')").run(projectId)
        .lastInsertRowid,
    );
    const insert = batchInserter(db, respondentAttributes, ["respondentId", "attributeId", "value"]);
    insert.add([respondentId, attributeId, "London"]);
    const count = () =>
      (db.$client.prepare("select count(*) as n from respondent_attributes").get() as { n: number }).n;
    expect(count()).toBe(0);
    insert.flush();
    expect(count()).toBe(1);
    insert.add([respondentId + 99, attributeId, "Nowhere"]);
    expect(() => insert.flush()).toThrow(/FOREIGN KEY/);
    expect(count()).toBe(1);
  });
});
