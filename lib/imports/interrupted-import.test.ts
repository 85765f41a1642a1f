import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { integrityCheck } from "../../db/backup";
import { migrateDatabase, openDatabase } from "../../db/client";
import { imports } from "../../db/schema";
import { generateSurvey, toCsv } from "../../scripts/demo/survey/generate-survey";
import { createProject } from "../projects/create-project";
import {
  createImport,
  getImport,
  INTERRUPTED_MESSAGES,
  readImportWorker,
  readProgress,
  updateImport,
} from "./import-jobs";
import { parseSurvey, proposeMapping } from "./parsers/survey";
import { saveUpload } from "./save-upload";

const ROOT = path.join(__dirname, "..", "..");
let folder = "";
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("a large import killed with SIGKILL part-way", () => {
  it("leaves the database sound, nothing of the import behind, and the job failed as interrupted", async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-kill-"));
    const databasePath = path.join(folder, "q.sqlite");
    const db = openDatabase(databasePath);
    migrateDatabase(db);
    const projectId = createProject(db, { slug: "p", name: "P" }).id;
    db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
    const csv = Buffer.from(
      toCsv(generateSurvey("2025", { scale: { london: 14_000, southEast: 6_000 }, seed: "kill" })),
    );
    const mapping = proposeMapping(await parseSurvey("big.csv", csv), []);
    const storedPath = saveUpload(databasePath, csv);
    const job = createImport(db, { projectId, userId: 1, filename: "big.csv", storedPath, byteSize: csv.length });
    updateImport(db, job.id, { status: "importing", options: { wave: "2025", mapping } });

    const worker = spawn(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts", "import-worker.ts"), String(job.id), "import"],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: databasePath },
        stdio: "ignore",
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      worker.on("exit", (_code, signal) => resolve(signal)),
    );
    // Kill once the worker is well inside its transaction (its progress file says so).
    const progressFile = `${storedPath}.progress`;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const progress = fs.existsSync(progressFile) ? Number.parseFloat(fs.readFileSync(progressFile, "utf8")) : 0;
      if (progress >= 0.3) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(fs.existsSync(progressFile)).toBe(true);
    // While it runs, reading the job must not mistake it for interrupted.
    expect(readImportWorker(storedPath)).toMatchObject({ pid: worker.pid, phase: "import" });
    const running = getImport(db, projectId, job.id);
    expect(running.status).toBe("importing");
    expect(readProgress(running)).toBeGreaterThanOrEqual(0.3);
    worker.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const row = () => db.select().from(imports).where(eq(imports.id, job.id)).get();
    // Nothing watched this worker's exit, so the row still claims the import is running…
    expect(row()?.status).toBe("importing");
    // …until the job is read, which finds its process gone.
    const ended = getImport(db, projectId, job.id);
    expect(ended).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
    expect(ended.finishedAt).toBeInstanceOf(Date);
    expect(row()).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
    expect(INTERRUPTED_MESSAGES.import).toMatch(/interrupted.*Nothing from this file was stored; import it again/);
    expect(readProgress(ended)).toBe(ended.progress);
    expect([storedPath, progressFile, `${storedPath}.worker`].filter((file) => fs.existsSync(file))).toEqual([]);

    db.$client.close();
    const after = openDatabase(databasePath);
    expect(integrityCheck(after)).toBe("ok");
    const count = (table: string) =>
      (after.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    expect([
      count("respondents"),
      count("answers"),
      count("documents"),
      count("likert_answers"),
      count("waves"),
    ]).toEqual([0, 0, 0, 0, 0]);
    after.$client.prepare("insert into answers_fts (answers_fts) values ('integrity-check')").run();
    after.$client.close();
  }, 90_000);
});
