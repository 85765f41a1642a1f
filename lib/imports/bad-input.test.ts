import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateRawSync } from "node:zlib";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../../db/client";
import { createProject } from "../projects/create-project";
import { createImport, getImport } from "./import-jobs";
import { confirmImport, queuePreview } from "./queue-import";
import { runImportPhase } from "./run-import-phase";
import { saveUpload } from "./save-upload";

/** A minimal zip writer (stored or deflated entries) so tests can build hostile archives byte by byte. */
function zip(entries: { name: string; data: Buffer; deflate?: boolean; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const body = entry.deflate ? deflateRawSync(entry.data) : entry.data;
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const TABLES = [
  "documents",
  "turns",
  "answers",
  "respondents",
  "respondent_attributes",
  "likert_answers",
  "participants",
  "waves",
  "questions",
  "segments",
];

describe("bad input never leaves partial rows and always says why", () => {
  let folder: string;
  let databasePath: string;
  let db: ReturnType<typeof openDatabase>;
  let projectId: number;
  let realDocx: Buffer;

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-bad-"));
    databasePath = path.join(folder, "q.sqlite");
    db = openDatabase(databasePath);
    migrateDatabase(db);
    projectId = createProject(db, { slug: "p", name: "P" }).id;
    db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
    realDocx = Buffer.from(
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("Ewa: Caseloads are high.")] }] })),
    );
  });
  afterAll(() => {
    db.$client.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const counts = () =>
    TABLES.map((t) => (db.$client.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n);

  async function importFails(filename: string, bytes: Buffer, expected: RegExp): Promise<void> {
    const before = counts();
    const job = createImport(db, {
      projectId,
      userId: 1,
      filename,
      storedPath: saveUpload(databasePath, bytes),
      byteSize: bytes.length,
    });
    queuePreview(db, job.id);
    await runImportPhase(db, job.id, "preview");
    let outcome = getImport(db, projectId, job.id);
    if (outcome.status === "previewed") {
      // Some files only fail when stored with the proposed mapping: run the import phase too.
      confirmImport(db, projectId, job.id, { wave: "2025" });
      await runImportPhase(db, job.id, "import");
      outcome = getImport(db, projectId, job.id);
    }
    expect(outcome.status, `${filename}: ${outcome.message}`).toBe("failed");
    expect(outcome.message).toMatch(expected);
    expect(counts()).toEqual(before);
  }

  it("random bytes in every format", async () => {
    const bytes = randomBytes(64 * 1024);
    bytes[0] = 0; // make sure the sample looks binary
    await importFails("noise.csv", bytes, /not text|binary/i);
    await importFails("noise.vtt", bytes, /not text|binary/i);
    await importFails("noise.txt", bytes, /not text|binary/i);
    await importFails("noise.docx", bytes, /damaged|zip|not a real/i);
    await importFails("noise.xlsx", bytes, /damaged|zip|not a real|xlsx/i);
  });

  it("truncated zips", async () => {
    await importFails("cut.docx", realDocx.subarray(0, Math.floor(realDocx.length / 2)), /damaged|truncated|zip/i);
    await importFails("cut.xlsx", realDocx.subarray(0, 200), /damaged|truncated|zip|xlsx/i);
  });

  it("a zip bomb: a small file that would unpack to hundreds of megabytes", async () => {
    const bomb = zip([{ name: "word/document.xml", data: Buffer.alloc(210 * 1024 * 1024, 0x20), deflate: true }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await importFails("bomb.docx", bomb, /unpack to more than/i);
    const liar = zip([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from("<x/>"), deflate: true, declaredSize: 4_000_000_000 },
    ]);
    await importFails("liar.xlsx", liar, /unpack to more than/i);
  });

  it("XML with an external entity is never resolved", async () => {
    const secret = path.join(folder, "secret.txt");
    fs.writeFileSync(secret, "TOP-SECRET-CONTENT");
    const documentXml = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY xxe SYSTEM "file://${secret}">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ewa: &xxe; here</w:t></w:r></w:p></w:body></w:document>`;
    const hostile = zip([
      {
        name: "[Content_Types].xml",
        data: Buffer.from(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
      },
      {
        name: "_rels/.rels",
        data: Buffer.from(
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
      },
      { name: "word/document.xml", data: Buffer.from(documentXml) },
    ]);
    const before = counts();
    const job = createImport(db, {
      projectId,
      userId: 1,
      filename: "xxe.docx",
      storedPath: saveUpload(databasePath, hostile),
      byteSize: hostile.length,
    });
    queuePreview(db, job.id);
    await runImportPhase(db, job.id, "preview");
    const outcome = getImport(db, projectId, job.id);
    expect(JSON.stringify(outcome.preview ?? "") + (outcome.message ?? "")).not.toContain("TOP-SECRET-CONTENT");
    expect(["failed", "previewed"]).toContain(outcome.status);
    expect(counts()).toEqual(before);
  });

  it("a 10 MB single line, a header with 100,000 columns, and a header-only survey", async () => {
    await importFails("one-line.txt", Buffer.from("word ".repeat(2_000_000)), /characters long/i);
    await importFails(
      "wide.csv",
      Buffer.from(`${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(",")}\n${"1,".repeat(99_999)}1\n`),
      /columns/i,
    );
    await importFails(
      "header-only.csv",
      Buffer.from("Respondent ID,Region,Comment\n"),
      /no rows|no respondents|empty/i,
    );
  });

  it("a VTT without its header, a VTT with no cues, and an empty file", async () => {
    await importFails("no-header.vtt", Buffer.from("00:00:01.000 --> 00:00:02.000\n<v Ewa>Hello\n"), /WEBVTT/);
    await importFails("no-cues.vtt", Buffer.from("WEBVTT\n\n"), /no (cues|text)|empty/i);
    await importFails("empty.srt", Buffer.alloc(0), /empty|no text/i);
  });

  it("text in a legacy encoding is read, not rejected: invalid UTF-8 falls back to Windows-1252", async () => {
    const before = counts();
    const latin = Buffer.from("Ewa: Caf\xe9 \x93quoted\x94 \xa3300\n", "latin1");
    const job = createImport(db, {
      projectId,
      userId: 1,
      filename: "legacy.txt",
      storedPath: saveUpload(databasePath, latin),
      byteSize: latin.length,
    });
    queuePreview(db, job.id);
    await runImportPhase(db, job.id, "preview");
    const outcome = getImport(db, projectId, job.id);
    expect(outcome.status).toBe("previewed");
    expect(JSON.stringify(outcome.preview)).toContain("Café “quoted” £300");
    expect(counts()).toEqual(before);
  });
});
