import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, openDatabase } from "../../db/client";
import { type ImportStatus, imports } from "../../db/schema";
import { createProject } from "../projects/create-project";
import {
  createImport,
  failInterruptedImports,
  getImport,
  INTERRUPTED_MESSAGES,
  isImportWorkerAlive,
  markImportInterrupted,
  readImportWorker,
  recordImportWorker,
  runImportPhase,
  updateImport,
} from "./import-jobs";
import { saveUpload } from "./save-upload";

let db: ReturnType<typeof createTestDb>;
let projectId = 0;
const children: ChildProcess[] = [];

beforeEach(() => {
  db = createTestDb();
  projectId = createProject(db, { slug: "p", name: "P" }).id;
  db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
});

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  db.cleanup();
});

function job(status: ImportStatus, project = projectId) {
  const storedPath = saveUpload(db.$client.name, Buffer.from("Interviewer: Hello\n\nZofia Wójcik: Cześć 😀\n"));
  const created = createImport(db, { projectId: project, userId: 1, filename: "t.txt", storedPath, byteSize: 40 });
  updateImport(db, created.id, { status });
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
  it("leaves a job alone while its worker runs, and fails it once the worker is killed", async () => {
    const importing = job("importing");
    const worker = await sleeper();
    recordImportWorker(db, importing.id, "import", worker.pid);
    expect(readImportWorker(importing.storedPath)).toMatchObject({ pid: worker.pid, phase: "import" });
    expect(getImport(db, projectId, importing.id).status).toBe("importing");
    await worker.kill();
    expect(row(importing.id)?.status).toBe("importing");
    const ended = getImport(db, projectId, importing.id);
    expect(ended).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
    expect(fs.existsSync(importing.storedPath)).toBe(false);
    expect(readImportWorker(importing.storedPath)).toBeNull();
  });

  it("fails a job reading its file (uploaded or parsing) with the message for that phase", async () => {
    for (const status of ["uploaded", "parsing"] as const) {
      const reading = job(status);
      const worker = await sleeper();
      recordImportWorker(db, reading.id, "preview", worker.pid);
      await worker.kill();
      expect(getImport(db, projectId, reading.id)).toMatchObject({
        status: "failed",
        message: INTERRUPTED_MESSAGES.preview,
      });
    }
    expect(INTERRUPTED_MESSAGES.preview).toMatch(/interrupted.*upload it again/);
  });

  it("does not take a reused pid (a live process started at another time) for the worker", () => {
    const importing = job("importing");
    recordImportWorker(db, importing.id, "import");
    const record = readImportWorker(importing.storedPath);
    expect(record?.pid).toBe(process.pid);
    expect(record?.startTime).toMatch(/^\d+$/);
    expect(isImportWorkerAlive(record!)).toBe(true);
    expect(getImport(db, projectId, importing.id).status).toBe("importing");

    const reused = { ...record!, startTime: String(Number(record!.startTime) + 1) };
    expect(isImportWorkerAlive(reused)).toBe(false);
    fs.writeFileSync(`${importing.storedPath}.worker`, JSON.stringify(reused));
    expect(getImport(db, projectId, importing.id).status).toBe("failed");
  });

  it("waits for a worker that has not recorded itself yet, or only recorded the earlier phase", async () => {
    const starting = job("importing");
    expect(getImport(db, projectId, starting.id).status).toBe("importing");

    const confirmed = job("previewed");
    const previewWorker = await sleeper();
    recordImportWorker(db, confirmed.id, "preview", previewWorker.pid);
    await previewWorker.kill();
    expect(getImport(db, projectId, confirmed.id).status).toBe("previewed");
    updateImport(db, confirmed.id, { status: "importing" });
    expect(getImport(db, projectId, confirmed.id).status).toBe("importing");

    fs.writeFileSync(`${starting.storedPath}.worker`, "{ half a rec");
    expect(getImport(db, projectId, starting.id).status).toBe("importing");
  });

  it("never overwrites a job that finished while its worker was exiting", () => {
    const done = job("done");
    const previewed = job("previewed");
    const failedOwnReason = job("failed");
    updateImport(db, failedOwnReason.id, { message: "Row 3 has no respondent id." });
    expect(markImportInterrupted(db, done.id, "import")).toBeUndefined();
    expect(markImportInterrupted(db, previewed.id, "preview")).toBeUndefined();
    expect(markImportInterrupted(db, previewed.id, "import")).toBeUndefined();
    expect(markImportInterrupted(db, failedOwnReason.id, "import")).toBeUndefined();
    expect([row(done.id)?.status, row(previewed.id)?.status, row(failedOwnReason.id)?.message]).toEqual([
      "done",
      "previewed",
      "Row 3 has no respondent id.",
    ]);
    expect(fs.existsSync(previewed.storedPath)).toBe(true);
    // The preview phase's exit never fails the import that the researcher has since confirmed.
    updateImport(db, previewed.id, { status: "importing" });
    expect(markImportInterrupted(db, previewed.id, "preview")).toBeUndefined();
    expect(markImportInterrupted(db, previewed.id, "import")?.status).toBe("failed");
  });

  it("sweeps only the given project's running jobs whose workers have gone", async () => {
    const otherProjectId = createProject(db, { slug: "q", name: "Q" }).id;
    const live = await sleeper();
    const gone = await sleeper();
    const dead = job("importing");
    const alive = job("importing");
    const waiting = job("previewed");
    const elsewhere = job("importing", otherProjectId);
    recordImportWorker(db, dead.id, "import", gone.pid);
    recordImportWorker(db, alive.id, "import", live.pid);
    recordImportWorker(db, waiting.id, "preview", gone.pid);
    recordImportWorker(db, elsewhere.id, "import", gone.pid);
    await gone.kill();
    failInterruptedImports(db, projectId);
    expect([dead, alive, waiting, elsewhere].map((j) => row(j.id)?.status)).toEqual([
      "failed",
      "importing",
      "previewed",
      "importing",
    ]);
  });
});

describe("ending interrupted imports while another connection writes", () => {
  it("a page that lists imports neither stalls nor fails while another import holds the write lock", async () => {
    const dead = job("importing");
    const worker = await sleeper();
    recordImportWorker(db, dead.id, "import", worker.pid);
    await worker.kill();
    // Another import's worker storing its rows: it holds the write lock for as long as that takes.
    const other = openDatabase(db.$client.name);
    try {
      other.$client.prepare("begin immediate").run();
      const started = Date.now();
      expect(() => failInterruptedImports(db, projectId)).not.toThrow();
      expect(getImport(db, projectId, dead.id).status).toBe("importing");
      // Not the 5 s busy timeout: the write is left for a later read.
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(5000);
      other.$client.prepare("rollback").run();
    } finally {
      other.$client.close();
    }
    expect(getImport(db, projectId, dead.id)).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
  });

  it("a file that fails to read is not kept once its job has failed", async () => {
    const broken = job("uploaded");
    fs.writeFileSync(broken.storedPath, Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    await runImportPhase(db, broken.id, "preview");
    expect(row(broken.id)?.status).toBe("failed");
    expect(fs.existsSync(broken.storedPath)).toBe(false);
    expect(readImportWorker(broken.storedPath)).toBeNull();
  });
});
