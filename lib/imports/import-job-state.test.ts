import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { imports } from "../../db/schema";
import { createProject } from "../projects/create-project";
import { discardImport, expireAbandonedPreviews, PREVIEW_LIFETIME_MS } from "./end-import";
import { canMove, IllegalImportTransition, IMPORT_STATUSES, type ImportStatus, moveImport } from "./import-job-state";
import { createImport } from "./import-jobs";
import { saveParsedUpload } from "./parsed-upload";
import { saveUpload } from "./save-upload";

let db: ReturnType<typeof createTestDb>;
let projectId = 0;

beforeEach(() => {
  db = createTestDb();
  projectId = createProject(db, { slug: "p", name: "P" }).id;
  db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
});
afterEach(() => db.cleanup());

function upload() {
  const storedPath = saveUpload(db.$client.name, Buffer.from("Ewa: Caseloads are high.\n"));
  return createImport(db, { projectId, userId: 1, filename: "t.txt", storedPath, byteSize: 25 });
}

const statusOf = (id: number) => db.select().from(imports).where(eq(imports.id, id)).get()?.status;

describe("the import job state machine", () => {
  it("walks a job from upload to done, and a second one to failed", () => {
    const job = upload();
    const path: ImportStatus[] = ["queued", "parsing", "previewed", "queued", "importing", "done"];
    let from: ImportStatus = "uploaded";
    for (const to of path) {
      expect(moveImport(db, job.id, from, to)?.status).toBe(to);
      from = to;
    }
    expect(db.select().from(imports).where(eq(imports.id, job.id)).get()?.finishedAt).toBeInstanceOf(Date);
    const other = upload();
    moveImport(db, other.id, "uploaded", "queued");
    expect(moveImport(db, other.id, "queued", "failed", { message: "why" })).toMatchObject({
      status: "failed",
      message: "why",
    });
  });

  it("refuses illegal transitions and changes nothing", () => {
    const job = upload();
    const illegal: [ImportStatus, ImportStatus][] = [
      ["uploaded", "parsing"],
      ["uploaded", "done"],
      ["previewed", "importing"],
      ["previewed", "failed"],
      ["done", "importing"],
      ["failed", "queued"],
      ["discarded", "previewed"],
      ["importing", "previewed"],
    ];
    for (const [from, to] of illegal) {
      expect(canMove(from, to)).toBe(false);
      expect(() => moveImport(db, job.id, from, to)).toThrow(IllegalImportTransition);
    }
    expect(statusOf(job.id)).toBe("uploaded");
    // Ended jobs stay ended: no status leads anywhere from done, failed or discarded.
    for (const end of ["done", "failed", "discarded"] as const) {
      expect(IMPORT_STATUSES.filter((to) => canMove(end, to))).toEqual([]);
    }
  });

  it("changes nothing when the job is no longer where the caller thought", () => {
    const job = upload();
    expect(moveImport(db, job.id, "queued", "parsing")).toBeUndefined();
    expect(moveImport(db, job.id, ["parsing", "importing"], "failed")).toBeUndefined();
    expect(statusOf(job.id)).toBe("uploaded");
  });
});

describe("previews nobody confirms", () => {
  function previewed(ageMs: number) {
    const job = upload();
    saveParsedUpload(job.storedPath, {
      kind: "transcript",
      transcript: { format: "txt", turns: [], cueCount: 0, speakers: [], warnings: [] },
    });
    moveImport(db, job.id, "uploaded", "queued");
    moveImport(db, job.id, "queued", "parsing");
    moveImport(db, job.id, "parsing", "previewed", { createdAt: new Date(Date.now() - ageMs) });
    return job;
  }

  it("expire after a day: status discarded, upload and parse removed; younger ones stay", () => {
    const old = previewed(PREVIEW_LIFETIME_MS + 60_000);
    const young = previewed(60_000);
    expect(fs.existsSync(`${old.storedPath}.parsed`)).toBe(true);
    expect(expireAbandonedPreviews(db)).toBe(1);
    expect([statusOf(old.id), statusOf(young.id)]).toEqual(["discarded", "previewed"]);
    expect(fs.existsSync(old.storedPath)).toBe(false);
    expect(fs.existsSync(`${old.storedPath}.parsed`)).toBe(false);
    expect(fs.existsSync(young.storedPath)).toBe(true);
    // A day later the younger one goes too.
    expect(expireAbandonedPreviews(db, new Date(Date.now() + PREVIEW_LIFETIME_MS))).toBe(1);
    expect(statusOf(young.id)).toBe("discarded");
  });

  it("can be discarded by the researcher, only in their project and only while waiting", () => {
    const job = previewed(0);
    const elsewhere = createProject(db, { slug: "q", name: "Q" }).id;
    expect(() => discardImport(db, elsewhere, job.id)).toThrow(/not found/i);
    expect(statusOf(job.id)).toBe("previewed");
    expect(discardImport(db, projectId, job.id).status).toBe("discarded");
    expect(fs.existsSync(job.storedPath)).toBe(false);
    expect(() => discardImport(db, projectId, job.id)).toThrow(/waiting for confirmation/);
  });
});
