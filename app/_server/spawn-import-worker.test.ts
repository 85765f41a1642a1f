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
import { closeImportPool, importPool, spawnImportWorker } from "./spawn-import-worker";

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

function upload() {
  const storedPath = saveUpload(db.$client.name, TRANSCRIPT);
  const job = createImport(db, { projectId, userId: 1, filename: "group.txt", storedPath, byteSize: TRANSCRIPT.length });
  queuePreview(db, job.id);
  return job;
}

describe("the server's import pool", () => {
  it("is one pool per server, its workers started once and reused", async () => {
    expect(importPool()).toBe(importPool());
    expect(importPool().workerPids()).toHaveLength(2);
  });

  it("ends a job as failed with the reason when its worker is killed, and goes on with the next", async () => {
    const job = upload();
    spawnImportWorker(job.id, "preview");
    const previewed = await until(
      () => row(job.id),
      (value) => value?.status === "previewed" || value?.status === "failed",
    );
    expect(previewed?.status).toBe("previewed");
    // The import cannot finish before it is killed: its worker is stopped the moment it starts.
    confirmImport(db, projectId, job.id, { wave: "2025", title: "Group" });
    const before = importPool().workerPids();
    spawnImportWorker(job.id, "import");
    for (const pid of before) process.kill(pid, "SIGKILL");
    // Read the row itself: the pool's exit handler must end the job alone, no request involved.
    const ended = await until(
      () => row(job.id),
      (value) => value?.status === "done" || value?.status === "failed",
      15_000,
    );
    expect(ended?.status).toBe("failed");
    expect(ended?.message).toMatch(/stopped from outside \(SIGKILL\) before it finished\. Nothing from this file was stored; import it again/);
    const next = upload();
    spawnImportWorker(next.id, "preview");
    expect(
      (await until(
        () => row(next.id),
        (value) => value?.status === "previewed" || value?.status === "failed",
      ))?.status,
    ).toBe("previewed");
    expect(importPool().workerPids().some((pid) => before.includes(pid))).toBe(false);
  }, 60_000);

  it("leaves the outcome of a job that finished normally as it is", async () => {
    const job = upload();
    spawnImportWorker(job.id, "preview");
    await until(
      () => row(job.id),
      (value) => value?.status === "previewed",
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
