import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { members } from "../../db/schema";
import { createSearchFixture, offsetOf, type SearchFixture } from "../retrieval/test-fixtures";
import { createRound } from "../rounds/create-round";
import { applyCodings } from "./apply-codings";
import { listDocumentCodings } from "./list-document-codings";
import { listPackedDocumentCodings } from "./list-packed-document-codings";
import { decodeRows } from "./packed-codings";

describe("a document's codings packed for the coding view", () => {
  let fixture: SearchFixture;

  beforeEach(() => {
    fixture = createSearchFixture();
    const { db, projectId, transcriptId, codes } = fixture;
    db.insert(members)
      .values([
        { projectId, userId: 1, role: "researcher" },
        { projectId, userId: 2, role: "researcher" },
      ])
      .onConflictDoNothing()
      .run();
    const code = (needle: string, coderId: number, codeIds: number[]) =>
      applyCodings(db, {
        projectId,
        coderId,
        documentId: transcriptId,
        ranges: [offsetOf(fixture, transcriptId, needle)],
        codeIds,
      });
    // Overlapping codings by two coders, over an emoji and a diaeresis.
    code("My caseload 😀 is 31 children.", 1, [codes.caseloads, codes.pay]);
    code("caseload 😀", 2, [codes.caseloads]);
    code("Naïve managers", 2, [codes.pay]);
  });
  afterEach(() => fixture.db.cleanup());

  /** The codings as the full read gives them, in the packed rows' shape. */
  function reference(viewer: Parameters<typeof listDocumentCodings>[3]) {
    const { db, projectId, transcriptId } = fixture;
    return listDocumentCodings(db, projectId, transcriptId, viewer).map((c) => [
      c.id,
      c.segmentId,
      c.start,
      c.end,
      c.codeId,
      c.coderId,
      c.createdAt.getTime(),
    ]);
  }

  it("holds the same codings, in the same order, with each code's and coder's names once", () => {
    const { db, projectId, transcriptId, codes } = fixture;
    const packed = listPackedDocumentCodings(db, projectId, transcriptId, null);
    const rows = decodeRows(packed.rows);
    expect(rows).toHaveLength(4);
    expect(rows).toEqual(reference(null));
    expect(Object.keys(packed.codes).map(Number).sort()).toEqual([codes.caseloads, codes.pay].sort());
    expect(packed.coders).toEqual({ 1: "Ada Coder", 2: "Ben Coder" });
    const text = db.$client.prepare("select text from documents where id = ?").get(transcriptId) as { text: string };
    expect(rows.map(([, , start, end]) => text.text.slice(start, end))).toContain("caseload 😀");
  });

  it("hides another coder's codings from a coder in a blind round, as the full read does", () => {
    const { db, projectId, transcriptId } = fixture;
    db.$client.prepare("insert into users (email, name, password_hash) values ('l@x.org','Lee Lead','x')").run();
    db.insert(members).values({ projectId, userId: 3, role: "lead" }).run();
    createRound(
      db,
      { userId: 3, role: "lead" },
      {
        projectId,
        mode: "blind",
        coderIds: [1, 2],
        codeId: null,
        name: "Groups",
        units: { kind: "documents", documentIds: [transcriptId] },
      },
    );
    const ada = { userId: 1, role: "researcher" as const };
    const rows = decodeRows(listPackedDocumentCodings(db, projectId, transcriptId, ada).rows);
    expect(rows.map((row) => row[5])).toEqual([1, 1]);
    expect(rows).toEqual(reference(ada));
  });
});
