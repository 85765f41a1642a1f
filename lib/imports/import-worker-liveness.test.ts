import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, createTestDb, openDatabase } from "../../db/client";
import { imports } from "../../db/schema";
import { createProject } from "../projects/create-project";
import { failOrphanedImports, failRunningImport, INTERRUPTED_MESSAGES } from "./end-import";
import type { ImportStatus } from "./import-job-state";
import { createImport, getImport } from "./import-jobs";
import { queuePreview } from "./queue-import";
import { runImportPhase } from "./run-import-phase";
import { saveUpload } from "./save-upload";
import { isProcessAlive, processStartTime } from "./worker-process";

let db: ReturnType<typeof createTestDb>;
let projectId = 0;
const children: ChildProcess[] = [];
const nobodyOwns = () => false;

beforeEach(() => {
  db = createTestDb();
  projectId = createProject(db, { slug: "p", name: "P" }).id;
  db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  db.cleanup();
});

function job(status: ImportStatus, worker: { pid: number; startTime?: string | null } | null = null) {
  const storedPath = saveUpload(db.$client.name, Buffer.from("Interviewer: Hello\n\nZofia Wójcik: Cześć 😀\n"));
  const created = createImport(db, { projectId, userId: 1, filename: "t.txt", storedPath, byteSize: 40 });
  db.update(imports)
    .set({
      status,
      workerPid: worker?.pid ?? null,
      workerStartTime: worker ? (worker.startTime ?? processStartTime(worker.pid)) : null,
      preview: status === "importing" ? { kind: "transcript" } : null,
    })
    .where(eq(imports.id, created.id))
    .run();
  return { ...created, status };
}

/** A real, separate process that stands in for a worker until it is killed. */
async function sleeper(): Promise<{ pid: number; kill: () => Promise<void> }> {
  const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  children.push(child);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  if (child.pid === undefined) throw new Error("could not start a process");
  return {
    pid: child.pid,
    kill: async () => {
      child.kill("SIGKILL");
      await exited;
    },
  };
}

const row = (id: number) => db.select().from(imports).where(eq(imports.id, id)).get();

describe("noticing an import whose worker process has gone", () => {
  it("leaves a job alone while its worker runs, and fails it once the worker is killed; reading it never does", async () => {
    const worker = await sleeper();
    const importing = job("importing", { pid: worker.pid });
    failOrphanedImports(db, nobodyOwns);
    expect(row(importing.id)?.status).toBe("importing");
    await worker.kill();
    // A read (the status GET) only reads: the job stays as it is until the pool's check ends it.
    expect(getImport(db, projectId, importing.id).status).toBe("importing");
    expect(failOrphanedImports(db, nobodyOwns)).toBe(1);
    expect(row(importing.id)).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
    expect(fs.existsSync(importing.storedPath)).toBe(false);
  });

  it("fails a job reading its file (uploaded, queued or parsing) with the message for that phase", async () => {
    for (const status of ["uploaded", "queued", "parsing"] as const) {
      const worker = await sleeper();
      const reading = job(status, { pid: worker.pid });
      await worker.kill();
      failOrphanedImports(db, nobodyOwns);
      expect(row(reading.id)).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.preview });
    }
    expect(INTERRUPTED_MESSAGES.preview).toMatch(/interrupted.*upload it again/);
  });

  it("does not take a reused pid (a live process started at another time) for the worker", () => {
    const startTime = processStartTime(process.pid);
    expect(startTime).toMatch(/^\d+$/);
    expect(isProcessAlive(process.pid, startTime)).toBe(true);
    const live = job("importing", { pid: process.pid });
    const reused = job("importing", { pid: process.pid, startTime: String(Number(startTime) + 1) });
    expect(isProcessAlive(process.pid, String(Number(startTime) + 1))).toBe(false);
    failOrphanedImports(db, nobodyOwns);
    expect([row(live.id)?.status, row(reused.id)?.status]).toEqual(["importing", "failed"]);
  });

  it("leaves the jobs the pool holds (queued, or with a worker just starting) to the pool", () => {
    const waiting = job("queued");
    const starting = job("importing");
    failOrphanedImports(db, (id) => id === waiting.id || id === starting.id);
    expect([row(waiting.id)?.status, row(starting.id)?.status]).toEqual(["queued", "importing"]);
  });

  it("never overwrites a job that finished while its worker was exiting", () => {
    const done = job("done");
    const previewed = job("previewed");
    const failedOwnReason = job("failed");
    db.update(imports).set({ message: "Row 3 has no respondent id." }).where(eq(imports.id, failedOwnReason.id)).run();
    expect(failRunningImport(db, done.id, "x")).toBe("not_running");
    expect(failRunningImport(db, previewed.id, "x")).toBe("not_running");
    expect(failRunningImport(db, failedOwnReason.id, "x")).toBe("not_running");
    expect([row(done.id)?.status, row(previewed.id)?.status, row(failedOwnReason.id)?.message]).toEqual([
      "done",
      "previewed",
      "Row 3 has no respondent id.",
    ]);
    expect(fs.existsSync(previewed.storedPath)).toBe(true);
    failOrphanedImports(db, nobodyOwns);
    expect(row(previewed.id)?.status).toBe("previewed");
  });
});

describe("ending interrupted imports while another connection writes", () => {
  it("neither stalls nor fails while another import holds the write lock, and ends the job afterwards", async () => {
    const worker = await sleeper();
    const dead = job("importing", { pid: worker.pid });
    await worker.kill();
    // Another import's worker storing its rows: it holds the write lock for as long as that takes.
    const other = openDatabase(db.$client.name);
    try {
      other.$client.prepare("begin immediate").run();
      const started = Date.now();
      expect(failRunningImport(db, dead.id, INTERRUPTED_MESSAGES.import)).toBe("busy");
      expect(() => failOrphanedImports(db, nobodyOwns)).not.toThrow();
      expect(row(dead.id)?.status).toBe("importing");
      // Not the busy timeout: the write is left for a later try.
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(BUSY_TIMEOUT_MS);
      other.$client.prepare("rollback").run();
    } finally {
      other.$client.close();
    }
    failOrphanedImports(db, nobodyOwns);
    expect(row(dead.id)).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
  });

  it("a file that fails to read is not kept once its job has failed", async () => {
    const broken = job("uploaded");
    fs.writeFileSync(broken.storedPath, Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    queuePreview(db, broken.id);
    await runImportPhase(db, broken.id, "preview");
    expect(row(broken.id)).toMatchObject({ status: "failed", workerPid: null });
    expect(fs.existsSync(broken.storedPath)).toBe(false);
    expect(fs.existsSync(`${broken.storedPath}.parsed`)).toBe(false);
  });
});
