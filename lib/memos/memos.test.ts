import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codes, segments } from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { deleteCodings } from "../coding/delete-codings";
import { AppError } from "../errors";
import type { ParsedTranscript } from "../imports/parsers/transcript/parsed-transcript";
import { storeTranscript } from "../imports/store-transcript";
import { createProject } from "../projects/create-project";
import { listCodeMemos, listDocumentMemos } from "./list-memos";
import { cleanMemoBody, memoFromText, memoPlainText } from "./memo-body";
import { createMemo, deleteMemo, updateMemo } from "./save-memo";

const transcript: ParsedTranscript = {
  format: "txt",
  cueCount: 1,
  speakers: ["Ewa"],
  warnings: [],
  turns: [{ speaker: "Ewa", startMs: null, endMs: null, text: "My caseload 😀 is 31 children." }],
};

function expectAppError(run: () => unknown, code: AppError["code"], message?: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    if (message) expect((error as AppError).message).toMatch(message);
    return;
  }
  throw new Error("expected an AppError");
}

const rich = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Caseloads – ś 😀" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Bold ", marks: [{ type: "bold" }] },
        { type: "hardBreak" },
        { type: "text", text: "“quoted”" },
      ],
    },
    {
      type: "bulletList",
      content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }],
    },
  ],
};

describe("cleanMemoBody", () => {
  it("accepts StarterKit documents and reads their text", () => {
    expect(cleanMemoBody(rich)).toBe(rich);
    expect(memoPlainText(rich)).toBe("Caseloads – ś 😀\nBold \n“quoted”\none\n");
    expect(memoPlainText(memoFromText("plain"))).toBe("plain\n");
  });

  it.each([
    ["not a document", { type: "paragraph" }, /not a document/],
    ["a script node", { type: "doc", content: [{ type: "script", text: "x" }] }, /unsupported "script"/],
    [
      "a link mark",
      {
        type: "doc",
        content: [
          {
            type: "paragraph",
            content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
          },
        ],
      },
      /unsupported mark "link"/,
    ],
    [
      "an unexpected attribute",
      { type: "doc", content: [{ type: "paragraph", attrs: { onclick: "x" }, content: [] }] },
      /unexpected attribute "onclick"/,
    ],
    ["a heading level 9", { type: "doc", content: [{ type: "heading", attrs: { level: 9 } }] }, /attribute "level"/],
    [
      "an empty text node",
      { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "" }] }] },
      /empty/,
    ],
    ["a blank memo", memoFromText("   "), /Write something/],
    ["a huge memo", memoFromText("x".repeat(100_001)), /longer than/],
    ["a nested doc", { type: "doc", content: [{ type: "doc" }] }, /unsupported "doc"/],
    ["extra fields", { type: "doc", content: [], html: "<b>" }, /unexpected fields/],
  ])("refuses %s", (_name, body, message) => {
    expectAppError(() => cleanMemoBody(body), "invalid_input", message);
  });
});

describe("memos", () => {
  let db: ReturnType<typeof createTestDb>;
  let projectId: number;
  let otherProjectId: number;
  let documentId: number;
  let codeId: number;
  const ANA = 1;
  const BEN = 2;

  beforeEach(() => {
    db = createTestDb();
    projectId = createProject(db, { slug: "p", name: "P" }).id;
    otherProjectId = createProject(db, { slug: "q", name: "Q" }).id;
    db.$client
      .prepare("insert into users (email, name, password_hash) values ('a@x.org','Ana','x'), ('b@x.org','Ben','x')")
      .run();
    documentId = storeTranscript(db, {
      projectId,
      userId: ANA,
      parsed: transcript,
      metadata: { title: "T", filename: "t.txt" },
    }).documentId;
    codeId = db.insert(codes).values({ projectId, name: "Workload" }).returning().get().id;
  });
  afterEach(() => db.cleanup());

  it("writes memos on a document, a segment and a code, and lists them with their author and segment", () => {
    const [coding] = applyCodings(db, {
      projectId,
      coderId: ANA,
      documentId,
      ranges: [{ start: 3, end: 14 }],
      codeIds: [codeId],
    });
    const onDocument = createMemo(
      db,
      { projectId, userId: ANA },
      { on: { target: "document", documentId }, body: memoFromText("First read") },
    );
    const onSegment = createMemo(
      db,
      { projectId, userId: BEN },
      { on: { target: "segment", segmentId: coding.segmentId }, body: rich },
    );
    const onCode = createMemo(
      db,
      { projectId, userId: ANA },
      { on: { target: "code", codeId }, body: memoFromText("Definition") },
    );

    const listed = listDocumentMemos(db, projectId, documentId);
    expect(listed.map((m) => [m.id, m.target, m.authorName])).toEqual([
      [onDocument.id, "document", "Ana"],
      [onSegment.id, "segment", "Ben"],
    ]);
    expect(listed[1].segment).toEqual({ start: 3, end: 14, text: "caseload 😀" });
    expect(listed[1].body).toEqual(rich);
    expect(listCodeMemos(db, projectId, codeId).map((m) => m.id)).toEqual([onCode.id]);
    expect(listDocumentMemos(db, otherProjectId, documentId)).toEqual([]);
  });

  it("keeps a segment with a memo when its last coding is removed", () => {
    const [coding] = applyCodings(db, {
      projectId,
      coderId: ANA,
      documentId,
      ranges: [{ start: 3, end: 14 }],
      codeIds: [codeId],
    });
    createMemo(
      db,
      { projectId, userId: ANA },
      { on: { target: "segment", segmentId: coding.segmentId }, body: memoFromText("Keep me") },
    );
    deleteCodings(db, { projectId, actorId: ANA, codingIds: [coding.id] });
    expect(db.select().from(segments).all()).toHaveLength(1);
    expect(listDocumentMemos(db, projectId, documentId)).toHaveLength(1);
  });

  it("lets only the author change or delete a memo", () => {
    const memo = createMemo(
      db,
      { projectId, userId: ANA },
      { on: { target: "document", documentId }, body: memoFromText("Draft") },
    );
    updateMemo(db, { projectId, userId: ANA }, { memoId: memo.id, body: memoFromText("Second draft") });
    expect(memoPlainText(listDocumentMemos(db, projectId, documentId)[0].body)).toBe("Second draft\n");
    expectAppError(
      () => updateMemo(db, { projectId, userId: BEN }, { memoId: memo.id, body: memoFromText("Hijack") }),
      "forbidden",
      /author/,
    );
    expectAppError(() => deleteMemo(db, { projectId, userId: BEN }, { memoId: memo.id }), "forbidden");
    expectAppError(
      () => updateMemo(db, { projectId: otherProjectId, userId: ANA }, { memoId: memo.id, body: memoFromText("x") }),
      "not_found",
    );
    deleteMemo(db, { projectId, userId: ANA }, { memoId: memo.id });
    expect(listDocumentMemos(db, projectId, documentId)).toEqual([]);
  });

  it("refuses targets of another project or that do not exist", () => {
    const foreignCode = db.insert(codes).values({ projectId: otherProjectId, name: "F" }).returning().get().id;
    expectAppError(
      () =>
        createMemo(
          db,
          { projectId, userId: ANA },
          { on: { target: "code", codeId: foreignCode }, body: memoFromText("x") },
        ),
      "not_found",
    );
    expectAppError(
      () =>
        createMemo(
          db,
          { projectId: otherProjectId, userId: ANA },
          { on: { target: "document", documentId }, body: memoFromText("x") },
        ),
      "not_found",
    );
    expectAppError(
      () =>
        createMemo(
          db,
          { projectId, userId: ANA },
          { on: { target: "segment", segmentId: 999 }, body: memoFromText("x") },
        ),
      "not_found",
    );
    expectAppError(
      () =>
        createMemo(
          db,
          { projectId, userId: ANA },
          { on: { target: "document", documentId }, body: { type: "doc", content: [{ type: "iframe" }] } },
        ),
      "invalid_input",
    );
  });
});
