import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codes } from "../../db/schema";
import type { ParsedTranscript } from "../imports/parsers/transcript/parsed-transcript";
import { storeTranscript } from "../imports/store-transcript";
import { createProject } from "../projects/create-project";
import { applyCodings } from "./apply-codings";
import { deleteCodings } from "./delete-codings";

const transcript: ParsedTranscript = {
  format: "txt",
  cueCount: 2,
  speakers: ["Ewa"],
  warnings: [],
  turns: [
    { speaker: "Ewa", startMs: null, endMs: null, text: "My caseload 😀 is 31 children and supervision is rare." },
    { speaker: "Ewa", startMs: null, endMs: null, text: "Pay – not great." },
  ],
};

describe("applyCodings / deleteCodings", () => {
  let db: ReturnType<typeof createTestDb>;
  let projectId: number;
  let documentId: number;
  let workload: number;
  let supervision: number;
  beforeEach(() => {
    db = createTestDb();
    projectId = createProject(db, { slug: "p", name: "P" }).id;
    db.$client
      .prepare("insert into users (email, name, password_hash) values ('a@x.org','A','x'), ('b@x.org','B','x')")
      .run();
    documentId = storeTranscript(db, {
      projectId,
      userId: 1,
      parsed: transcript,
      metadata: { title: "T", filename: "t.txt" },
    }).documentId;
    workload = db.insert(codes).values({ projectId, name: "Workload" }).returning().get().id;
    supervision = db.insert(codes).values({ projectId, name: "Supervision" }).returning().get().id;
  });
  afterEach(() => db.cleanup());

  it("applies several codes to one selection and keeps the covered text, emoji included", () => {
    const created = applyCodings(db, {
      projectId,
      coderId: 1,
      documentId,
      ranges: [{ start: 3, end: 17 }],
      codeIds: [workload, supervision],
    });
    expect(created.map((c) => c.codeId)).toEqual([workload, supervision]);
    expect(new Set(created.map((c) => c.segmentId)).size).toBe(1);
    const segment = db.$client.prepare("select text from segments").get() as { text: string };
    expect(segment.text).toBe("caseload 😀 is");
  });

  it("is idempotent per coder and keeps overlapping and nested segments apart", () => {
    applyCodings(db, { projectId, coderId: 1, documentId, ranges: [{ start: 0, end: 20 }], codeIds: [workload] });
    const again = applyCodings(db, {
      projectId,
      coderId: 1,
      documentId,
      ranges: [{ start: 0, end: 20 }],
      codeIds: [workload],
    });
    expect(again[0].created).toBe(false);
    applyCodings(db, { projectId, coderId: 2, documentId, ranges: [{ start: 0, end: 20 }], codeIds: [workload] });
    applyCodings(db, {
      projectId,
      coderId: 1,
      documentId,
      ranges: [
        { start: 10, end: 40 },
        { start: 3, end: 11 },
      ],
      codeIds: [supervision],
    });
    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    expect(count("select count(*) n from codings")).toBe(4);
    expect(count("select count(*) n from segments")).toBe(3);
  });

  it("refuses ranges outside the document, blank selections, and codes of another project", () => {
    const other = createProject(db, { slug: "q", name: "Q" }).id;
    const foreign = db.insert(codes).values({ projectId: other, name: "Foreign" }).returning().get().id;
    expect(() =>
      applyCodings(db, {
        projectId,
        coderId: 1,
        documentId,
        ranges: [{ start: 0, end: 10_000 }],
        codeIds: [workload],
      }),
    ).toThrow();
    expect(() =>
      applyCodings(db, { projectId, coderId: 1, documentId, ranges: [{ start: 5, end: 5 }], codeIds: [workload] }),
    ).toThrow();
    expect(() =>
      applyCodings(db, { projectId, coderId: 1, documentId, ranges: [{ start: 0, end: 1 }], codeIds: [foreign] }),
    ).toThrow(/Code not found/);
    expect(() =>
      applyCodings(db, {
        projectId: other,
        coderId: 1,
        documentId,
        ranges: [{ start: 0, end: 2 }],
        codeIds: [foreign],
      }),
    ).toThrow(/Document not found/);
    expect((db.$client.prepare("select count(*) n from segments").get() as { n: number }).n).toBe(0);
  });

  it("removes codings and drops a segment nothing uses any more", () => {
    const [a, b] = applyCodings(db, {
      projectId,
      coderId: 1,
      documentId,
      ranges: [{ start: 0, end: 20 }],
      codeIds: [workload, supervision],
    });
    deleteCodings(db, { projectId, actorId: 1, codingIds: [a.id] });
    expect((db.$client.prepare("select count(*) n from segments").get() as { n: number }).n).toBe(1);
    deleteCodings(db, { projectId, actorId: 1, codingIds: [b.id] });
    expect((db.$client.prepare("select count(*) n from segments").get() as { n: number }).n).toBe(0);
    expect(() => deleteCodings(db, { projectId, actorId: 1, codingIds: [b.id] })).toThrow(/Coding not found/);
  });
});
