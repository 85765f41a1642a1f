import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { projectWithOwner, queuedUpload } from "./import-job.test-helper";
import type { SurveyPreview } from "./import-jobs";
import { confirmImport } from "./queue-import";
import { runImportPhase } from "./run-import-phase";

// The survey-tool fixtures under ../shared are required (CI has them).
const QUALTRICS = path.resolve(
  __dirname,
  "../../../shared/fixtures/third_party/survey-tools/qualtrics_qualtRics_sample.csv",
);

let db: ReturnType<typeof createTestDb>;
let owner: { projectId: number; userId: number };
beforeEach(() => {
  db = createTestDb();
  owner = projectWithOwner(db);
});
afterEach(() => db.cleanup());

async function previewed(filename: string, text: string) {
  const job = queuedUpload(db, owner, filename, new TextEncoder().encode(text));
  const done = await runImportPhase(db, job.id, "preview");
  expect(done?.status).toBe("previewed");
  return { job, preview: done?.preview as SurveyPreview };
}

const part = (ids: string[]) =>
  ["Respondent ID,Region,What would help?", ...ids.map((id, index) => `${id},London,More time ${index}`)].join("\n");

describe("a survey upload on the import job pool", () => {
  it("names the survey tool in the preview and counts the preview and test responses left out", async () => {
    const lines = readFileSync(QUALTRICS, "utf8").trimEnd().split("\n");
    const preview = lines[3].replace(",0,130.92.34.66,", ",1,130.92.34.66,").replace("R_2YPOQ602ER1jkf1", "R_preview1");
    const test = lines[3].replace(",anonymous,", ",test,").replace("R_2YPOQ602ER1jkf1", "R_test1");
    const { preview: shown } = await previewed("qualtrics.csv", [...lines, preview, test].join("\n"));
    expect(shown.tool).toEqual({ id: "qualtrics", name: "Qualtrics" });
    expect(shown.excludedResponses).toEqual({ preview: 1, test: 1 });
    // Three header rows and the two left-out responses are not respondents.
    expect(shown.rowCount).toBe(lines.length - 3);
  });

  it("adds a second part to a wave: refused until the researcher chooses, then replace counted in the summary, and stop stores nothing", async () => {
    const first = await previewed("part-1.csv", part(["A1", "A2", "A3"]));
    expect(first.preview.wavesWithRespondents).toEqual([]);
    confirmImport(db, owner.projectId, first.job.id, { wave: "2025" });
    expect((await runImportPhase(db, first.job.id, "import"))?.status).toBe("done");

    const second = await previewed("part-2.csv", part(["A2", "A3", "A4", "A5"]));
    expect(second.preview.wavesWithRespondents).toEqual([{ wave: "2025", respondents: 3, collidingIds: 2 }]);
    expect(() => confirmImport(db, owner.projectId, second.job.id, { wave: "2025" })).toThrow(
      /Wave 2025 already has 3 respondents.*skipping, replacing or stopping/,
    );
    confirmImport(db, owner.projectId, second.job.id, { wave: "2025", onCollision: "replace" });
    const done = await runImportPhase(db, second.job.id, "import");
    expect(done?.status).toBe("done");
    expect(done?.summary).toMatchObject({ kind: "survey", wave: { added: 2, skipped: 0, replaced: 2 } });
    const ids = db.$client
      .prepare("select external_id from respondents where project_id = ? order by external_id")
      .pluck()
      .all(owner.projectId);
    expect(ids).toEqual(["A1", "A2", "A3", "A4", "A5"]);

    const third = await previewed("part-3.csv", part(["A5", "A6"]));
    confirmImport(db, owner.projectId, third.job.id, { wave: "2025", onCollision: "stop" });
    const stopped = await runImportPhase(db, third.job.id, "import");
    expect(stopped?.status).toBe("failed");
    expect(stopped?.message).toMatch(/1 respondent in this file \("A5"\) already is in wave 2025/);
    expect(db.$client.prepare("select count(*) from respondents").pluck().get()).toBe(5);
  });
});
