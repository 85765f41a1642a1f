import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { documents, segments } from "../../db/schema";
import { projectWithOwner, queuedUpload } from "../imports/import-job.test-helper";
import { getImport, type QdpxPreview } from "../imports/import-jobs";
import { confirmImport } from "../imports/queue-import";
import { DEFAULT_MAX_QDPX_UPLOAD_BYTES, maxUploadBytes, uploadLimit } from "../imports/read-capped-body";
import { runImportPhase } from "../imports/run-import-phase";
import { registerQdpxImportKind } from "./qdpx-import-kind";
import { zipFiles } from "./zip-files";

const TEXT = "Interviewer: How is it?\r\n\r\nRowan: It doubled 😩 and supervision stopped.\r\n";
const SELECTED = "It doubled 😩 and supervision stopped.";
const guid = (n: number) => `${String(n).repeat(8)}-1111-4111-8111-111111111111`;

async function projectFile(): Promise<Buffer> {
  const points = Array.from(TEXT);
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(SELECTED))).length;
  const end = start + Array.from(SELECTED).length;
  expect(points.slice(start, end).join("")).toBe(SELECTED);
  const qde = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="MAXQDA 2022"><Users><User guid="${guid(1)}" name="Jane"/></Users><CodeBook><Codes><Code guid="${guid(2)}" name="Workload" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="${guid(3)}" name="Rowan" plainTextPath="internal://${guid(3)}.txt"><PlainTextSelection guid="${guid(4)}" startPosition="${start}" endPosition="${end}" creatingUser="${guid(1)}"><Coding guid="${guid(5)}" creatingUser="${guid(1)}"><CodeRef targetGUID="${guid(2)}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
  return zipFiles([
    { path: "project.qde", data: qde },
    { path: `sources/${guid(3)}.txt`, data: TEXT },
  ]);
}

let db: ReturnType<typeof createTestDb>;
let owner: { projectId: number; userId: number };
let projectId: number;
beforeEach(() => {
  db = createTestDb();
  registerQdpxImportKind();
  owner = projectWithOwner(db);
  projectId = owner.projectId;
});
afterEach(() => db.cleanup());

const upload = (bytes: Uint8Array) => queuedUpload(db, owner, "interviews.qdpx", bytes);

describe("a .qdpx on the import job pool", () => {
  it("is read into a preview, then stored in one job with its codings on the same text", async () => {
    const job = upload(await projectFile());
    const previewed = await runImportPhase(db, job.id, "preview");
    expect(previewed?.status).toBe("previewed");
    const preview = previewed?.preview as QdpxPreview;
    expect(preview).toMatchObject({ kind: "qdpx", tool: "MAXQDA", documents: 1, codes: 1, codings: 1, users: 1 });
    // Nothing is stored before the researcher confirms.
    expect(db.select().from(documents).where(eq(documents.projectId, projectId)).all()).toEqual([]);

    confirmImport(db, projectId, job.id, {});
    const progress: number[] = [];
    const done = await runImportPhase(db, job.id, "import", { onProgress: (fraction) => progress.push(fraction) });
    expect(done?.status).toBe("done");
    expect(progress.at(-1)).toBe(1);
    expect(done?.summary).toMatchObject({ kind: "qdpx", documents: 1, qdpx: { tool: "MAXQDA", codings: 1 } });
    const stored = db.select().from(documents).where(eq(documents.projectId, projectId)).all();
    expect(stored.map((document) => [document.sourceFormat, document.importId])).toEqual([["qdpx", job.id]]);
    expect(db.select({ text: segments.text }).from(segments).all()).toEqual([{ text: SELECTED }]);
    expect(fs.existsSync(job.storedPath)).toBe(false);
  });

  it("fails with a clear message and stores nothing when the file is not a project", async () => {
    const job = upload(new TextEncoder().encode("not a zip at all"));
    const failed = await runImportPhase(db, job.id, "preview");
    expect(failed?.status).toBe("failed");
    expect(failed?.message).toMatch(/not a REFI-QDA project \(\.qdpx\)/);
    expect(getImport(db, projectId, job.id).status).toBe("failed");
    expect(db.select().from(documents).all()).toEqual([]);
  });

  it("has its own upload limit, above the general one", () => {
    expect(uploadLimit("qdpx")).toBe(DEFAULT_MAX_QDPX_UPLOAD_BYTES);
    expect(uploadLimit("survey")).toBe(maxUploadBytes());
    expect(uploadLimit("qdpx")).toBeGreaterThan(uploadLimit("transcript"));
  });
});
