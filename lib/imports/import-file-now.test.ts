import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../../db/client";
import { createProject } from "../projects/create-project";
import { importFileNow } from "./import-file-now";

const ROOT = path.join(__dirname, "..", "..");
const run = promisify(execFile);

let folder = "";
let databasePath = "";
let db: ReturnType<typeof openDatabase>;
let projectId = 0;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-cli-"));
  databasePath = path.join(folder, "q.sqlite");
  db = openDatabase(databasePath);
  migrateDatabase(db);
  projectId = createProject(db, { slug: "cli", name: "CLI" }).id;
  db.$client.prepare("insert into users (email, name, password_hash, is_admin) values ('a@x.org', 'A', 'x', 1)").run();
});
afterAll(() => {
  db.$client.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

const jobs = () =>
  db.$client.prepare("select filename, status, message, worker_pid as workerPid from imports order by id").all() as {
    filename: string;
    status: string;
    message: string | null;
    workerPid: number | null;
  }[];

const uploadsLeft = () => fs.readdirSync(path.join(folder, "uploads"));

describe("importing from the command line", () => {
  it("`npm run qda -- import` creates its job and leaves it done, with nothing left on disk", async () => {
    const file = path.join(folder, "focus-group.txt");
    fs.writeFileSync(file, "Interviewer: How is supervision?\n\nZofia Wójcik: “Rare” – maybe monthly 😀\n");
    const { stdout } = await run(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts", "qda.ts"), "import", file, "--project", "cli", "--wave", "2025"],
      { cwd: ROOT, env: { ...process.env, DATABASE_PATH: databasePath } },
    );
    expect(JSON.parse(stdout)).toMatchObject({ kind: "transcript", documents: 1, turns: 2 });
    expect(jobs()).toEqual([{ filename: "focus-group.txt", status: "done", message: null, workerPid: null }]);
    expect(uploadsLeft()).toEqual([]);
  }, 60_000);

  it("ends its job failed when the file cannot be read, and discarded when the options are refused", async () => {
    const input = { databasePath, projectId, userId: 1 };
    await expect(
      importFileNow(db, { ...input, filename: "noise.vtt", bytes: Buffer.from("no header\n"), options: {} }),
    ).rejects.toThrow(/WEBVTT/);
    const survey = Buffer.from("Respondent ID,Region,Comment\nR1,London,Too many cases\n");
    await importFileNow(db, { ...input, filename: "wave.csv", bytes: survey, options: { wave: "2023" } });
    await expect(
      importFileNow(db, { ...input, filename: "again.csv", bytes: survey, options: { wave: "2023" } }),
    ).rejects.toThrow(/Wave 2023 already has 1 respondents/);
    expect(
      jobs()
        .slice(1)
        .map((job) => [job.filename, job.status]),
    ).toEqual([
      ["noise.vtt", "failed"],
      ["wave.csv", "done"],
      ["again.csv", "discarded"],
    ]);
    expect(jobs().every((job) => job.workerPid === null)).toBe(true);
    expect(uploadsLeft()).toEqual([]);
  });
});
