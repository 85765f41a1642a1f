import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, openDatabase } from "../../db/client";
import { codings, documents } from "../../db/schema";
import { mergeCodes } from "../codebook/merge-codes";
import { createCodings, deleteCodings } from "../codings/create-codings";
import { createProject } from "../projects/create-project";
import { type CodedUnits, forgetAnalysisFrames, loadAnalysisFrame, loadCodedUnits } from "./analysis-frame";
import { buildThemeFixture, type ThemeFixture } from "./test-fixtures";

let db: ReturnType<typeof createTestDb>;
let fixture: ThemeFixture;

beforeEach(() => {
  db = createTestDb();
  fixture = buildThemeFixture(db);
});
afterEach(() => db.cleanup());

/** The kept codings in comparable form. */
function flat(coded: CodedUnits) {
  return [coded.codeIds, Array.from(coded.offsets), Array.from(coded.codes)];
}

/** What a new frame reads from scratch. */
function freshRead(): CodedUnits {
  forgetAnalysisFrames(db);
  return loadCodedUnits(db, loadAnalysisFrame(db, fixture.projectId));
}

/** How many units carry the code, read from the compressed rows. */
function unitsWith(coded: CodedUnits, codeId: number): number {
  const index = coded.codeIndex.get(codeId);
  if (index === undefined) return 0;
  let count = 0;
  for (let k = 0; k < coded.codes.length; k++) if (coded.codes[k] === index) count++;
  return count;
}

function codeS4Answer(codeId: number): number {
  const documentId = fixture.documentOf["2025:Q1"];
  const { text } = db.select({ text: documents.text }).from(documents).where(eq(documents.id, documentId)).get()!;
  const start = text.indexOf("Hybrid working suits me.");
  return createCodings(db, {
    projectId: fixture.projectId,
    coderId: fixture.coderIds[0],
    documentId,
    ranges: [{ start, end: start + 24 }],
    codeIds: [codeId],
  })[0].id;
}

describe("codings kept with the analysis frame", () => {
  it("are reused while the project's codings stand still", () => {
    const frame = loadAnalysisFrame(db, fixture.projectId);
    const first = loadCodedUnits(db, frame);
    expect(loadCodedUnits(db, frame)).toBe(first);
    // Another project's codings moving does not touch this one's.
    createProject(db, { slug: "other", name: "Other" });
    expect(loadCodedUnits(db, frame)).toBe(first);
  });

  it("are read again after a coding is added, removed or moved to another code", () => {
    const frame = loadAnalysisFrame(db, fixture.projectId);
    const before = loadCodedUnits(db, frame);
    const pay = unitsWith(before, fixture.code.Y);

    const codingId = codeS4Answer(fixture.code.Y);
    const added = loadCodedUnits(db, frame);
    expect(added).not.toBe(before);
    expect(unitsWith(added, fixture.code.Y)).toBe(pay + 1);
    // Only new codings: added to the kept ones, which must come out as a full read would.
    expect(flat(added)).toEqual(flat(freshRead()));

    deleteCodings(db, { projectId: fixture.projectId, actorId: fixture.coderIds[0], codingIds: [codingId] });
    const removed = loadCodedUnits(db, frame);
    expect(removed).not.toBe(added);
    expect(unitsWith(removed, fixture.code.Y)).toBe(pay);
    expect(flat(removed)).toEqual(flat(freshRead()));

    // An insert and a delete between two reads: the version moved by two with one new coding, so all are read.
    const again = codeS4Answer(fixture.code.Y);
    codeS4Answer(fixture.code.W);
    deleteCodings(db, { projectId: fixture.projectId, actorId: fixture.coderIds[0], codingIds: [again] });
    expect(flat(loadCodedUnits(db, frame))).toEqual(flat(freshRead()));

    // A merge updates codings in place: same count, same ids, other codes.
    const supervision = unitsWith(removed, fixture.code.S);
    mergeCodes(db, fixture.projectId, fixture.coderIds[0], { sourceId: fixture.code.S, targetId: fixture.code.Y });
    const merged = loadCodedUnits(db, frame);
    expect(unitsWith(merged, fixture.code.S)).toBe(0);
    expect(unitsWith(merged, fixture.code.Y)).toBeGreaterThan(pay);
    expect(unitsWith(merged, fixture.code.Y)).toBeLessThanOrEqual(pay + supervision);
  });

  it("see codings written by another connection, as an import worker or the command line would", () => {
    const frame = loadAnalysisFrame(db, fixture.projectId);
    const before = loadCodedUnits(db, frame);
    const other = openDatabase(db.$client.name);
    try {
      const total = other.select({ id: codings.id }).from(codings).all().length;
      other.delete(codings).where(eq(codings.projectId, fixture.projectId)).run();
      expect(total).toBeGreaterThan(0);
    } finally {
      other.$client.close();
    }
    const after = loadCodedUnits(db, frame);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBe(0);
  });
});
