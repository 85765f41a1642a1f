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
import { INTERRUPTED_MESSAGES } from "./end-import";
import { createImport } from "./import-jobs";
import { ImportWorkerPool } from "./import-worker-pool";
import { parseSurvey, proposeMapping } from "./parsers/survey";
import { saveUpload } from "./save-upload";
import { isProcessAlive } from "./worker-process";

const ROOT = path.join(__dirname, "..", "..");
let folder = "";
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("a large import whose server is killed with SIGKILL part-way", () => {
  it("takes its worker down too, leaves the database sound and nothing behind, and the next server start ends the job as interrupted", async () => {
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
    db.update(imports)
      .set({ status: "queued", options: { wave: "2025", mapping }, preview: { kind: "survey" } })
      .where(eq(imports.id, job.id))
      .run();

    // A stand-in for the app server: a process holding the pool, printing the job's progress as the pool hears it.
    const script = `
      const { openDatabase } = require(${JSON.stringify(path.join(ROOT, "db", "client.ts"))});
      const { ImportWorkerPool } = require(${JSON.stringify(path.join(ROOT, "lib", "imports", "import-worker-pool.ts"))});
      const db = openDatabase(${JSON.stringify(databasePath)});
      const pool = new ImportWorkerPool({ db, databasePath: ${JSON.stringify(databasePath)}, cwd: ${JSON.stringify(ROOT)}, size: 1 });
      pool.enqueue(${job.id}, "import");
      pool.start();
      setInterval(() => console.log(JSON.stringify({ progress: pool.jobState(${job.id}).progress, workers: pool.workerPids() })), 20);
    `;
    const server = spawn(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      server.on("exit", (_code, signal) => resolve(signal)),
    );
    // Kill once the worker is well inside its transaction, as the progress it reports over IPC says.
    const seen = await new Promise<{ progress: number; workers: number[] }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the import never got going")), 90_000);
      let buffered = "";
      server.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          const state = JSON.parse(line) as { progress: number | null; workers: number[] };
          if ((state.progress ?? 0) >= 0.3) {
            clearTimeout(timer);
            resolve({ progress: state.progress ?? 0, workers: state.workers });
          }
        }
      });
    });
    expect(seen.progress).toBeGreaterThanOrEqual(0.3);
    const row = () => db.select().from(imports).where(eq(imports.id, job.id)).get();
    expect(row()).toMatchObject({ status: "importing", workerPid: seen.workers[0] });
    // Progress is never written to the row while the import's transaction holds the lock.
    expect(row()?.progress).toBe(0);
    server.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    // The worker dies with its server (its IPC channel closed), rolling its transaction back.
    const deadline = Date.now() + 20_000;
    while (isProcessAlive(seen.workers[0], null) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(isProcessAlive(seen.workers[0], null)).toBe(false);
    // Nothing watched it die, so the row still claims the import is running…
    expect(row()?.status).toBe("importing");
    // …until the next server starts its pool, which finds the job's worker gone.
    const next = new ImportWorkerPool({ db, databasePath, cwd: ROOT, size: 1 }).start();
    const until = Date.now() + 10_000;
    while (row()?.status === "importing" && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    await next.close();
    const ended = row();
    expect(ended).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
    expect(ended?.finishedAt).toBeInstanceOf(Date);
    expect(INTERRUPTED_MESSAGES.import).toMatch(/interrupted.*Nothing from this file was stored; import it again/);
    expect([storedPath, `${storedPath}.parsed`].filter((file) => fs.existsSync(file))).toEqual([]);

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
  }, 120_000);
});
