import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db/client";
import { imports } from "@/db/schema";
import { createImport } from "@/lib/imports/import-jobs";
import { confirmImport, queuePreview } from "@/lib/imports/queue-import";
import { saveUpload } from "@/lib/imports/save-upload";
import { createProject } from "@/lib/projects/create-project";
import { generateSurvey, toCsv } from "@/scripts/demo/survey/generate-survey";
import { closeImportPool, importPool, spawnImportWorker } from "./spawn-import-worker";

const bigSurvey = Buffer.from(
  toCsv(generateSurvey("2025", { scale: { london: 14_000, southEast: 6_000 }, seed: "spawn" })),
);
const TRANSCRIPT = Buffer.from("Interviewer: How is supervision?\n\nZofia Wójcik: “Rare” – maybe monthly 😀\n");

let folder = "";
let db: Db;
let projectId = 0;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-spawn-"));
  process.env.DATABASE_PATH = path.join(folder, "q.sqlite");
  db = getDb();
  expect(db.$client.name).toBe(process.env.DATABASE_PATH);
  projectId = createProject(db, { slug: "p", name: "P" }).id;
  db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
  await importPool().ready();
}, 60_000);

afterAll(async () => {
  await closeImportPool();
  db.$client.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const row = (id: number) => db.select().from(imports).where(eq(imports.id, id)).get();

async function until<T>(read: () => T, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    value = read();
  }
  return value;
}

function upload(filename = "group.txt", bytes = TRANSCRIPT) {
  const storedPath = saveUpload(db.$client.name, bytes);
  const job = createImport(db, { projectId, userId: 1, filename, storedPath, byteSize: bytes.length });
  queuePreview(db, job.id);
  return job;
}

describe("the server's import pool", () => {
  it("is one pool per server, its workers started once and reused", async () => {
    expect(importPool()).toBe(importPool());
    expect(importPool().workerPids()).toHaveLength(2);
  });

  it("ends a job as failed with the reason when its worker is killed, and goes on with the next", async () => {
    await importPool().ready();
    // A survey big enough that reading it takes a while: its worker is killed while it reads.
    const job = upload("big.csv", bigSurvey);
    spawnImportWorker(job.id, "preview");
    const reading = await until(
      () => row(job.id),
      (value) => value?.status !== "queued",
    );
    expect(reading?.status).toBe("parsing");
    const worker = reading?.workerPid as number;
    expect(importPool().workerPids()).toContain(worker);
    process.kill(worker, "SIGKILL");
    // Read the row itself: the pool's exit handler must end the job alone, no request involved.
    const ended = await until(
      () => row(job.id),
      (value) => value?.status !== "parsing",
      15_000,
    );
    expect(ended?.status).toBe("failed");
    expect(ended?.message).toMatch(
      /stopped from outside \(SIGKILL\) before it finished\. Nothing from this file was stored; upload it again/,
    );
    const next = upload();
    spawnImportWorker(next.id, "preview");
    expect(
      (
        await until(
          () => row(next.id),
          (value) => value?.status === "previewed" || value?.status === "failed",
          60_000,
        )
      )?.status,
    ).toBe("previewed");
    expect(importPool().workerPids()).not.toContain(worker);
  }, 120_000);

  it("leaves the outcome of a job that finished normally as it is", async () => {
    await importPool().ready();
    const job = upload();
    spawnImportWorker(job.id, "preview");
    await until(
      () => row(job.id),
      (value) => value?.status === "previewed",
      60_000,
    );
    confirmImport(db, projectId, job.id, { wave: "2025", title: "Group" });
    spawnImportWorker(job.id, "import");
    const done = await until(
      () => row(job.id),
      (value) => value?.status === "done" || value?.status === "failed",
    );
    expect(done).toMatchObject({ status: "done", message: null, workerPid: null });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(row(job.id)).toMatchObject({ status: "done", message: null });
    expect(importPool().jobState(job.id)).toEqual({ progress: null, position: null });
  }, 60_000);
});
