import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yazl from "yazl";
import { integrityCheck } from "../../db/backup";
import { type Db, migrateDatabase, openDatabase } from "../../db/client";
import { imports } from "../../db/schema";
import { generateSurvey, toCsv } from "../../scripts/demo/survey/generate-survey";
import { createProject } from "../projects/create-project";
import { INTERRUPTED_MESSAGES } from "./end-import";
import type { ImportStatus } from "./import-job-state";
import { createImport } from "./import-jobs";
import { ImportWorkerPool } from "./import-worker-pool";
import { confirmImport, queuePreview } from "./queue-import";
import { saveUpload } from "./save-upload";
import { isProcessAlive, processMemory } from "./worker-process";

const ROOT = path.join(__dirname, "..", "..");
const TRANSCRIPT = Buffer.from("Interviewer: How is supervision?\n\nZofia Wójcik: “Rare” – maybe monthly 😀\n");

let folder = "";
let databasePath = "";
let db: Db;
let projectId = 0;
let bigCsv: Buffer;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-pool-"));
  databasePath = path.join(folder, "q.sqlite");
  db = openDatabase(databasePath);
  migrateDatabase(db);
  projectId = createProject(db, { slug: "p", name: "P" }).id;
  db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
  bigCsv = Buffer.from(toCsv(generateSurvey("2025", { scale: { london: 14_000, southEast: 6_000 }, seed: "pool" })));
});

afterAll(() => {
  db.$client.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const row = (id: number) => db.select().from(imports).where(eq(imports.id, id)).get();

function upload(filename: string, bytes: Buffer): number {
  const storedPath = saveUpload(databasePath, bytes);
  const job = createImport(db, { projectId, userId: 1, filename, storedPath, byteSize: bytes.length });
  queuePreview(db, job.id);
  return job.id;
}

async function until<T>(read: () => T, done: (value: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = read();
  }
  return value;
}

const ended = (status: ImportStatus | undefined) =>
  status === "previewed" || status === "done" || status === "failed" || status === "discarded";

async function waitEnded(id: number, ms = 90_000) {
  return until(
    () => row(id),
    (value) => ended(value?.status),
    ms,
  );
}

/** Node processes whose parent is this one: the pool's workers. */
function childPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return /^PPid:\s+(\d+)$/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] === String(process.pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The big survey, previewed and waiting for its confirmation. */
async function previewedBigSurvey(pool: ImportWorkerPool, wave: string): Promise<number> {
  const id = upload(`big-${wave}.csv`, bigCsv);
  pool.enqueue(id, "preview");
  expect((await waitEnded(id))?.status).toBe("previewed");
  // The row is written before the worker tells the pool it is free: wait for that too.
  await until(
    () => pool.busyCount(),
    (busy) => busy === 0,
  );
  return id;
}

/** A valid .docx of about 194 KB whose document.xml unpacks to 200 MB: one paragraph of one letter repeated. */
async function docxBomb(): Promise<Buffer> {
  const body = Buffer.alloc(1024 * 1024, "a");
  const target = 200 * 1024 * 1024;
  let written = 0;
  const stream = new Readable({
    read() {
      if (written === 0) {
        written += 100;
        this.push(
          '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ewa: ',
        );
      } else if (written < target) {
        written += body.length;
        this.push(body);
      } else {
        this.push("</w:t></w:r></w:p></w:body></w:document>");
        this.push(null);
      }
    },
  });
  const zip = new yazl.ZipFile();
  zip.addBuffer(
    Buffer.from(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "[Content_Types].xml",
  );
  zip.addReadStream(stream, "word/document.xml", { compressionLevel: 9 } as yazl.ReadStreamOptions);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("the import worker pool", () => {
  it("runs 10 parallel uploads on its 2 long-lived workers, the rest waiting with their place in line", async () => {
    const pool = new ImportWorkerPool({ db, databasePath, cwd: ROOT, size: 2 }).start();
    try {
      await pool.ready();
      const workers = childPids();
      expect(workers.sort()).toEqual(pool.workerPids().sort());
      const ids = Array.from({ length: 10 }, (_, n) => upload(`group-${n}.txt`, TRANSCRIPT));
      for (const id of ids) pool.enqueue(id, "preview");
      // At once: two jobs with a worker, eight waiting in order.
      expect(ids.map((id) => pool.jobState(id).position)).toEqual([null, null, 1, 2, 3, 4, 5, 6, 7, 8]);
      expect(ids.slice(2).map((id) => row(id)?.status)).toEqual(Array(8).fill("queued"));
      let most = 0;
      const seen = new Set<number>();
      while (!ids.every((id) => ended(row(id)?.status))) {
        most = Math.max(most, pool.busyCount(), ids.filter((id) => row(id)?.status === "parsing").length);
        for (const pid of childPids()) seen.add(pid);
        for (const job of ids.map(row)) if (job?.workerPid) seen.add(job.workerPid);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(ids.map((id) => row(id)?.status)).toEqual(Array(10).fill("previewed"));
      expect(most).toBeGreaterThanOrEqual(1);
      expect(most).toBeLessThanOrEqual(2);
      // No process was started per job: the same two workers ran all ten.
      expect([...seen].sort()).toEqual(workers.sort());
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("ends a job whose worker is killed with SIGKILL as failed, says why, keeps the database sound, and runs the next job", async () => {
    const pool = new ImportWorkerPool({ db, databasePath, cwd: ROOT, size: 1 }).start();
    try {
      await pool.ready();
      const big = await previewedBigSurvey(pool, "2025");
      confirmImport(db, projectId, big, { wave: "2025" });
      const next = upload("after.txt", TRANSCRIPT);
      const storedPath = row(big)?.storedPath as string;
      pool.enqueue(big, "import");
      pool.enqueue(next, "preview");
      expect(pool.jobState(next).position).toBe(1);
      // Kill once the worker is well inside its transaction, as its progress (held by the pool) says.
      const progress = await until(
        () => pool.jobState(big).progress ?? 0,
        (value) => value >= 0.4,
      );
      expect(progress).toBeGreaterThanOrEqual(0.4);
      expect(row(big)?.status).toBe("importing");
      const worker = row(big)?.workerPid as number;
      expect(pool.workerPids()).toEqual([worker]);
      process.kill(worker, "SIGKILL");
      const failed = await waitEnded(big);
      expect(failed).toMatchObject({ status: "failed" });
      expect(failed?.message).toMatch(
        /stopped from outside \(SIGKILL\).*Nothing from this file was stored; import it again/,
      );
      expect(failed?.finishedAt).toBeInstanceOf(Date);
      expect([storedPath, `${storedPath}.parsed`].filter((file) => fs.existsSync(file))).toEqual([]);
      // The worker was replaced and the job waiting behind it still ran.
      expect((await waitEnded(next))?.status).toBe("previewed");
      expect(pool.workerPids()).not.toContain(worker);
      expect(integrityCheck(db)).toBe("ok");
      const count = (table: string) =>
        (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
      expect([count("respondents"), count("answers"), count("likert_answers")]).toEqual([0, 0, 0]);
    } finally {
      await pool.close();
    }
  }, 180_000);

  it("stops a job that runs out of time or memory with the true reason, and goes on", async () => {
    const slow = new ImportWorkerPool({ db, databasePath, cwd: ROOT, size: 1, timeLimitMs: 60_000 }).start();
    let timed: number;
    try {
      timed = await previewedBigSurvey(slow, "2026");
    } finally {
      await slow.close();
    }
    // The same job, now on a pool whose limits it cannot meet.
    const tight = new ImportWorkerPool({ db, databasePath, cwd: ROOT, size: 1, timeLimitMs: 300 }).start();
    try {
      await tight.ready();
      confirmImport(db, projectId, timed, { wave: "2026" });
      tight.enqueue(timed, "import");
      const out = await waitEnded(timed);
      expect(out?.status).toBe("failed");
      expect(out?.message).toMatch(/^The file took longer than 1 second to import, the most an import may take/);
      expect(out?.message).toMatch(/Nothing from this file was stored; import it again in smaller parts/);
    } finally {
      await tight.close();
    }
    const small = new ImportWorkerPool({ db, databasePath, cwd: ROOT, size: 1, memoryLimitMb: 160 }).start();
    try {
      const hungry = upload("hungry.csv", bigCsv);
      small.enqueue(hungry, "preview");
      const out = await waitEnded(hungry);
      expect(out?.status).toBe("failed");
      expect(out?.message).toMatch(/^The file needed more memory than an import may use \(160 MB\)/);
      const after = upload("after-memory.txt", TRANSCRIPT);
      small.enqueue(after, "preview");
      expect((await waitEnded(after))?.status).toBe("previewed");
    } finally {
      await small.close();
    }
  }, 240_000);

  it("refuses the 194 KB docx bomb with its reason, the worker's peak memory staying under 512 MB", async () => {
    const bomb = await docxBomb();
    expect(bomb.length).toBeGreaterThan(150 * 1024);
    expect(bomb.length).toBeLessThan(260 * 1024);
    const pool = new ImportWorkerPool({ db, databasePath, cwd: ROOT, size: 1 }).start();
    try {
      const id = upload("bomb.docx", bomb);
      pool.enqueue(id, "preview");
      const out = await waitEnded(id);
      expect(out?.status).toBe("failed");
      expect(out?.message).toMatch(
        /would unpack to more than 20 MB per part or 50 MB in all \(part "word\/document\.xml"/,
      );
      const [worker] = pool.workerPids();
      expect(isProcessAlive(worker, null)).toBe(true);
      const peak = processMemory(worker, "VmHWM") as number;
      expect(peak).toBeGreaterThan(0);
      expect(peak).toBeLessThan(512 * 1024 * 1024);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("ends, when it starts, the jobs a stopped server left running, but not a job a live process owns", async () => {
    const gone = spawn(process.execPath, ["-e", "0"], { stdio: "ignore" });
    await new Promise((resolve) => gone.on("exit", resolve));
    const ids = {
      parsing: upload("a.txt", TRANSCRIPT),
      importing: upload("b.txt", TRANSCRIPT),
      queued: upload("c.txt", TRANSCRIPT),
      cli: upload("d.txt", TRANSCRIPT),
    };
    const set = (id: number, status: ImportStatus, workerPid: number | null, preview: unknown = null) =>
      db.update(imports).set({ status, workerPid, preview }).where(eq(imports.id, id)).run();
    set(ids.parsing, "parsing", gone.pid as number);
    set(ids.importing, "importing", gone.pid as number, { kind: "transcript" });
    set(ids.queued, "queued", null);
    set(ids.cli, "parsing", process.pid);
    const pool = new ImportWorkerPool({ db, databasePath, cwd: ROOT, size: 1 }).start();
    try {
      expect(row(ids.parsing)).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.preview });
      expect(row(ids.importing)).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
      expect(row(ids.queued)).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.preview });
      expect(row(ids.cli)?.status).toBe("parsing");
    } finally {
      await pool.close();
      set(ids.cli, "failed", null);
    }
  }, 60_000);

  it("has its workers exit with the server that started them", async () => {
    const script = `
      const { openDatabase } = require(${JSON.stringify(path.join(ROOT, "db", "client.ts"))});
      const { ImportWorkerPool } = require(${JSON.stringify(path.join(ROOT, "lib", "imports", "import-worker-pool.ts"))});
      const db = openDatabase(${JSON.stringify(databasePath)});
      const pool = new ImportWorkerPool({ db, databasePath: ${JSON.stringify(databasePath)}, cwd: ${JSON.stringify(ROOT)}, size: 2 }).start();
      const wait = setInterval(() => { if (pool.workerPids().length === 2) { console.log(JSON.stringify(pool.workerPids())); } }, 200);
      setTimeout(() => {}, 600000);
    `;
    const server = spawn(process.execPath, ["--import", "tsx", "-e", script], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const pids = await new Promise<number[]>((resolve) =>
      server.stdout.on("data", (chunk: Buffer) => resolve(JSON.parse(chunk.toString().split("\n")[0]) as number[])),
    );
    // Workers answer "ready" only once loaded: wait for both to be really running before killing the server.
    await until(() => pids.every((pid) => isProcessAlive(pid, null)), Boolean);
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.kill("SIGKILL");
    const left = await until(
      () => pids.filter((pid) => isProcessAlive(pid, null)),
      (alive) => alive.length === 0,
      20_000,
    );
    expect(left).toEqual([]);
  }, 60_000);
});
