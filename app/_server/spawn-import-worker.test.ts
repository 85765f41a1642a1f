import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db/client";
import { imports } from "@/db/schema";
import { createImport, INTERRUPTED_MESSAGES, readImportWorker, updateImport } from "@/lib/imports/import-jobs";
import { saveUpload } from "@/lib/imports/save-upload";
import { createProject } from "@/lib/projects/create-project";
import { spawnImportWorker } from "./spawn-import-worker";

const TRANSCRIPT = Buffer.from("Interviewer: How is supervision?\n\nZofia Wójcik: “Rare” – maybe monthly 😀\n");

let folder = "";
let db: Db;
let projectId = 0;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-spawn-"));
  process.env.DATABASE_PATH = path.join(folder, "q.sqlite");
  db = getDb();
  expect(db.$client.name).toBe(process.env.DATABASE_PATH);
  projectId = createProject(db, { slug: "p", name: "P" }).id;
  db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
});

afterAll(() => {
  db.$client.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const row = (id: number) => db.select().from(imports).where(eq(imports.id, id)).get();

async function until<T>(read: () => T, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = read();
  }
  return value;
}

function processGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}

function upload(status: "uploaded" | "importing") {
  const storedPath = saveUpload(db.$client.name, TRANSCRIPT);
  const job = createImport(db, {
    projectId,
    userId: 1,
    filename: "group.txt",
    storedPath,
    byteSize: TRANSCRIPT.length,
  });
  updateImport(db, job.id, { status, options: { wave: "2025", title: "Group" } });
  return job;
}

describe("spawnImportWorker", () => {
  it("records the worker at once and ends its job as failed when the worker is killed", async () => {
    const job = upload("importing");
    spawnImportWorker(job.id, "import");
    const record = readImportWorker(job.storedPath);
    expect(record?.phase).toBe("import");
    process.kill(record!.pid, "SIGKILL");
    // Read the row itself, not through getImport: the spawner's exit handler must do this alone.
    const ended = await until(
      () => row(job.id),
      (value) => value?.status !== "importing",
      15_000,
    );
    expect(ended).toMatchObject({ status: "failed", message: INTERRUPTED_MESSAGES.import });
  });

  it("leaves the outcome of a worker that finished normally as it is", async () => {
    const job = upload("uploaded");
    spawnImportWorker(job.id, "preview");
    const pid = readImportWorker(job.storedPath)!.pid;
    const previewed = await until(
      () => row(job.id),
      (value) => value?.status === "previewed" || value?.status === "failed",
    );
    expect(previewed?.status).toBe("previewed");
    await until(() => processGone(pid), Boolean);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(row(job.id)?.status).toBe("previewed");

    updateImport(db, job.id, { status: "importing" });
    spawnImportWorker(job.id, "import");
    const importPid = readImportWorker(job.storedPath)!.pid;
    const done = await until(
      () => row(job.id),
      (value) => value?.status === "done" || value?.status === "failed",
    );
    expect(done?.status).toBe("done");
    await until(() => processGone(importPid), Boolean);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(row(job.id)).toMatchObject({ status: "done", message: null });
  }, 60_000);
});
