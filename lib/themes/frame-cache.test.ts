import path from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "../../db/backup";
import { createTestDb, openDatabase } from "../../db/client";
import { codes, codings, documents } from "../../db/schema";
import {
  type CodedUnits,
  derivedFromCodings,
  forgetAnalysisFrames,
  loadAnalysisFrame,
  loadCodedUnits,
} from "../analysis-frame/analysis-frame";
import { archiveCode } from "../codebook/archive-code";
import { mergeCodes } from "../codebook/merge-codes";
import { moveCodeInTree } from "../codebook/move-code";
import { applyCodings } from "../coding/apply-codings";
import { deleteCodings } from "../coding/delete-codings";
import { createProject } from "../projects/create-project";
import { getJointDisplay } from "./get-joint-display";
import { listThemes } from "./list-themes";
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

function codeS4Answer(codeId: number, phrase = "Hybrid working suits me."): number {
  const documentId = fixture.documentOf["2025:Q1"];
  const { text } = db.select({ text: documents.text }).from(documents).where(eq(documents.id, documentId)).get()!;
  const start = text.indexOf(phrase);
  return applyCodings(db, {
    projectId: fixture.projectId,
    coderId: fixture.coderIds[0],
    documentId,
    ranges: [{ start, end: start + phrase.length }],
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

describe("codings kept with the analysis frame: edges", () => {
  it("keep nothing read inside a caller's transaction that is rolled back", () => {
    const frame = loadAnalysisFrame(db, fixture.projectId);
    const pay = unitsWith(loadCodedUnits(db, frame), fixture.code.Y);
    expect(() =>
      db.transaction(() => {
        codeS4Answer(fixture.code.Y, "Hybrid working");
        // Sees its own uncommitted coding…
        expect(unitsWith(loadCodedUnits(db, loadAnalysisFrame(db, fixture.projectId)), fixture.code.Y)).toBe(pay + 1);
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    // …which the rollback takes back with its segment id and version step: the next coding reuses both.
    codeS4Answer(fixture.code.S, "suits me");
    const kept = loadCodedUnits(db, loadAnalysisFrame(db, fixture.projectId));
    expect(flat(kept)).toEqual(flat(freshRead()));
  });

  it("added codings come out as a full read while another project's segments interleave and then spread the ids", () => {
    const otherId = createProject(db, { slug: "other", name: "Other" }).id;
    const text = "x".repeat(1000);
    const otherDocument = db
      .insert(documents)
      .values({ projectId: otherId, kind: "transcript", title: "Other", text, textLength: text.length })
      .returning({ id: documents.id })
      .get().id;
    const otherCode = db
      .insert(codes)
      .values({ projectId: otherId, name: "Other" })
      .returning({ id: codes.id })
      .get().id;
    const segment = db.$client.prepare(
      "insert into segments (project_id, document_id, start_offset, end_offset, text) values (?, ?, ?, ?, 'x')",
    );
    const coding = db.$client.prepare(
      "insert into codings (project_id, segment_id, code_id, coder_id) values (?, ?, ?, ?)",
    );
    let made = 0;
    // The other project's coded segments, each a distinct range of its document.
    const codeOther = db.$client.transaction((count: number) => {
      for (let i = 0; i < count; i++, made++) {
        const id = segment.run(otherId, otherDocument, made % 500, 501 + Math.floor(made / 500)).lastInsertRowid;
        coding.run(otherId, id, otherCode, fixture.coderIds[0]);
      }
    });

    codeOther(10);
    codeS4Answer(fixture.code.Y, "Hybrid working");
    const frame = loadAnalysisFrame(db, fixture.projectId);
    loadCodedUnits(db, frame);
    // The project's ids span the other project's: read as one range, the other's codings in it.
    expect(frame.segmentUnits.dense).not.toBeNull();
    expect(flat(loadCodedUnits(db, frame))).toEqual(flat(freshRead()));

    codeOther(5);
    codeS4Answer(fixture.code.S, "Hybrid working");
    codeS4Answer(fixture.code.S, "suits me");
    expect(flat(loadCodedUnits(db, frame))).toEqual(flat(freshRead()));

    // So many of the other project's segments that the next one of this project falls back to a map.
    codeOther(66_000);
    codeS4Answer(fixture.code.W, "Hybrid");
    const spread = loadCodedUnits(db, frame);
    expect(frame.segmentUnits.dense).toBeNull();
    expect(flat(spread)).toEqual(flat(freshRead()));

    const id = codeS4Answer(fixture.code.W, "working");
    expect(flat(loadCodedUnits(db, frame))).toEqual(flat(freshRead()));
    deleteCodings(db, { projectId: fixture.projectId, actorId: fixture.coderIds[0], codingIds: [id] });
    expect(flat(loadCodedUnits(db, frame))).toEqual(flat(freshRead()));
  });

  it("codings removed by cascade (a code deleted) move the version and are read again", () => {
    const frame = loadAnalysisFrame(db, fixture.projectId);
    const before = loadCodedUnits(db, frame);
    expect(unitsWith(before, fixture.code.S)).toBeGreaterThan(0);
    db.delete(codes).where(eq(codes.id, fixture.code.S)).run();
    const after = loadCodedUnits(db, frame);
    expect(unitsWith(after, fixture.code.S)).toBe(0);
    expect(flat(after)).toEqual(flat(freshRead()));
  });

  it("figures kept with the codings follow the codebook: a code moved or archived gives new figures", () => {
    const turnsOf = (codeId: number) => listThemes(db, fixture.projectId).rows.find((r) => r.code.id === codeId)!.turns;
    const supervisionTurns = turnsOf(fixture.code.S);
    const payTurns = turnsOf(fixture.code.Y);
    // Supervision under Pay: Pay now counts Supervision's turns too, with no coding changed.
    moveCodeInTree(db, fixture.projectId, fixture.coderIds[0], { codeId: fixture.code.S, parentId: fixture.code.Y });
    expect(turnsOf(fixture.code.Y)).toBeGreaterThan(payTurns);
    expect(turnsOf(fixture.code.Y)).toBeLessThanOrEqual(payTurns + supervisionTurns);

    const shownBefore = getJointDisplay(db, fixture.projectId).coOccurrence.codes.map((c) => c.id);
    archiveCode(db, fixture.projectId, fixture.coderIds[0], fixture.code.S);
    const matrix = getJointDisplay(db, fixture.projectId).coOccurrence;
    expect(shownBefore).toContain(fixture.code.S);
    expect(matrix.codes.map((c) => c.id)).not.toContain(fixture.code.S);
    expect(matrix.counts).toHaveLength(matrix.codes.length);
  });

  it("keeps only the latest few figures per read of the codings", () => {
    const coded = loadCodedUnits(db, loadAnalysisFrame(db, fixture.projectId));
    let computed = 0;
    const figure = (key: string) => derivedFromCodings(coded, key, () => ({ key, run: ++computed }));
    const first = figure("k0");
    expect(figure("k0")).toBe(first);
    for (let k = 1; k <= 20; k++) figure(`k${k}`);
    expect(figure("k20").run).toBe(21);
    // The oldest has gone and is computed again.
    expect(figure("k0")).not.toBe(first);
    expect(computed).toBe(22);
  });

  // Known bug, not fixed here (see the review report): `restoreDatabase` rewrites the live file, so the
  // coding version and the coding and segment ids go back to the backup's and are used again by later
  // codings; the kept codings can then be taken as current. Remove `.fails` once a restore moves a
  // marker that the frame's fingerprint includes.
  it("codings kept from before a live restore are not taken as current", async () => {
    const file = path.join(path.dirname(db.$client.name), "backup.sqlite");
    await backupDatabase(db, file);
    codeS4Answer(fixture.code.Y, "Hybrid working");
    loadCodedUnits(db, loadAnalysisFrame(db, fixture.projectId));
    await restoreDatabase(file, db.$client.name);
    codeS4Answer(fixture.code.S, "suits me");
    codeS4Answer(fixture.code.W, "Hybrid");
    const kept = loadCodedUnits(db, loadAnalysisFrame(db, fixture.projectId));
    expect(flat(kept)).toEqual(flat(freshRead()));
  });
});
