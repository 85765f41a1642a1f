import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import {
  attributes,
  codes,
  codings,
  documents,
  memos,
  participantAttributes,
  participants,
  segments,
  turns,
  users,
} from "../../db/schema";
import { seedDemoProject } from "../../scripts/demo/seed-demo-project";
import { type MemoNode, memoPlainText } from "../memos/memo-body";
import { createProject } from "../projects/create-project";
import { exportQdpx } from "./export-qdpx";
import { importQdpx } from "./import-qdpx";
import { readZipEntries } from "./read-zip-entries";
import { seedExchangeProject } from "./test-fixtures";
import { validateWithXmllint, xmllintAvailable } from "./validate-xml.test-helper";

let db: ReturnType<typeof createTestDb>;
beforeEach(() => {
  db = createTestDb();
});
afterEach(() => db.cleanup());

function codePaths(projectId: number): Map<number, string> {
  const rows = db.select().from(codes).where(eq(codes.projectId, projectId)).all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const path = (id: number): string => {
    const row = byId.get(id)!;
    return row.parentId === null ? row.name : `${path(row.parentId)} / ${row.name}`;
  };
  return new Map(rows.map((row) => [row.id, path(row.id)]));
}

/** The project as a researcher sees it, with no ids: texts, turns, tree, codings, cases, memos. */
function snapshot(projectId: number, transcriptsOnly = false) {
  const paths = codePaths(projectId);
  const coderName = (id: number) => {
    const user = db.select().from(users).where(eq(users.id, id)).get()!;
    return user.name.replace(/^imported from [^:]+: /, "");
  };
  const docs = db
    .select()
    .from(documents)
    .where(eq(documents.projectId, projectId))
    .orderBy(asc(documents.id))
    .all()
    .filter((document) => !transcriptsOnly || document.kind === "transcript");
  const kept = new Set(docs.map((document) => document.id));
  return {
    documents: docs.map((document) => ({
      title: document.title,
      text: document.text,
      turns: db
        .select({ speaker: turns.speaker, start: turns.startOffset, end: turns.endOffset, text: turns.text })
        .from(turns)
        .where(eq(turns.documentId, document.id))
        .orderBy(asc(turns.position))
        .all(),
    })),
    codes: db
      .select()
      .from(codes)
      .where(eq(codes.projectId, projectId))
      .all()
      .map((code) => ({
        path: paths.get(code.id),
        colour: code.colour,
        description: code.description,
        inclusion: code.inclusion,
        exclusion: code.exclusion,
      }))
      .sort((a, b) => a.path!.localeCompare(b.path!)),
    codings: db
      .select({
        codeId: codings.codeId,
        coderId: codings.coderId,
        documentId: segments.documentId,
        text: segments.text,
        start: segments.startOffset,
        end: segments.endOffset,
      })
      .from(codings)
      .innerJoin(segments, eq(segments.id, codings.segmentId))
      .where(eq(codings.projectId, projectId))
      .all()
      .filter((row) => kept.has(row.documentId))
      .map((row) => `${paths.get(row.codeId)} | ${coderName(row.coderId)} | ${row.start}-${row.end} | ${row.text}`)
      .sort(),
    participants: db
      .select({ name: participants.name, attribute: attributes.name, value: participantAttributes.value })
      .from(participants)
      .leftJoin(participantAttributes, eq(participantAttributes.participantId, participants.id))
      .leftJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
      .where(eq(participants.projectId, projectId))
      .all()
      .map((row) => `${row.name}: ${row.attribute ?? "-"}=${row.value ?? "-"}`)
      .sort(),
    memos: db
      .select()
      .from(memos)
      .where(eq(memos.projectId, projectId))
      .all()
      .map((memo) => {
        const target =
          memo.target === "code"
            ? paths.get(memo.codeId!)
            : memo.target === "segment"
              ? db.select().from(segments).where(eq(segments.id, memo.segmentId!)).get()!.text
              : memo.target;
        return `${memo.target} ${target} by ${coderName(memo.authorId)}: ${memoPlainText(memo.body as MemoNode)}`;
      })
      .sort(),
  };
}

/**
 * GUIDs replaced by their order of first appearance; the project's own name, dates and description
 * dropped (they are those of the project imported into).
 */
function normaliseQde(qde: string): string {
  const seen = new Map<string, string>();
  return qde
    .replace(/<Project [^>]*>/, "<Project>")
    .replace(/\n {2}<Description>[^<]*<\/Description>\n<\/Project>/, "\n</Project>")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (guid) => {
      if (!seen.has(guid)) seen.set(guid, `guid-${seen.size + 1}`);
      return seen.get(guid)!;
    });
}

describe("REFI-QDA round trip", () => {
  it("exports a project with emoji, CRLF and overlapping codings and imports it unchanged; the second export matches the first", async () => {
    const seeded = seedExchangeProject(db, "round-trip");
    const original = await exportQdpx(db, { userId: seeded.owner, projectId: seeded.projectId, role: "owner" });

    const owner = db
      .insert(users)
      .values({ email: "new-owner@example.org", name: "New Owner", passwordHash: "x" })
      .returning({ id: users.id })
      .get().id;
    const target = createProject(db, { slug: "round-trip-copy", name: "Exchange round-trip", ownerId: owner });
    const actor = { userId: owner, projectId: target.id, role: "owner" as const };
    const summary = await importQdpx(db, actor, { bytes: original.body, filename: original.filename });
    expect(summary).toMatchObject({
      tool: "Quoteline",
      documents: 1,
      codings: 9,
      users: 2,
      memos: 4,
      offsetConvention: "Unicode code points (the standard), over the CRLF text as written",
      skipped: { selections: 0, codingsWithoutCode: 0, duplicateCodings: 0, sources: 0 },
    });
    expect(summary.departures).toEqual(["CRLF line endings in source text"]);

    const before = snapshot(seeded.projectId);
    const after = snapshot(target.id);
    expect(after.documents).toEqual(before.documents);
    expect(after.codes).toEqual(before.codes);
    expect(after.codings).toEqual(before.codings);
    expect(after.codings).toHaveLength(9);
    expect(after.codings.some((coding) => coding.includes("🎉"))).toBe(true);
    expect(after.codings.some((coding) => coding.includes("\r\n"))).toBe(true);
    expect(after.participants).toEqual(before.participants);
    expect(after.memos).toEqual(before.memos);

    const again = await exportQdpx(db, actor);
    expect(normaliseQde(again.qde)).toBe(normaliseQde(original.qde));
  });

  it("moves the demo project's transcripts, codebook and codings to a new project and back out unchanged", async () => {
    const { projectId } = await seedDemoProject(db, { surveyScale: { london: 12, southEast: 8 } });
    const owner = db.select().from(users).where(eq(users.email, "owner@demo.quoteline")).get()!.id;
    const actor = { userId: owner, projectId, role: "owner" as const };
    const whole = await exportQdpx(db, actor);
    if (xmllintAvailable()) {
      const qde = (await readZipEntries(whole.body)).get("project.qde")!.toString("utf8");
      expect(validateWithXmllint(qde, "Project.xsd")).toBe("");
    }
    const transcriptIds = db
      .select({ id: documents.id, kind: documents.kind })
      .from(documents)
      .where(eq(documents.projectId, projectId))
      .all()
      .filter((document) => document.kind === "transcript")
      .map((document) => document.id);
    expect(transcriptIds).toHaveLength(6);
    const file = await exportQdpx(db, actor, { documentIds: transcriptIds });
    const target = createProject(db, { slug: "demo-copy", name: "Demo copy", ownerId: owner });
    const copyActor = { userId: owner, projectId: target.id, role: "owner" as const };
    const summary = await importQdpx(db, copyActor, { bytes: file.body, filename: file.filename });
    expect(summary.documents).toBe(6);
    expect(summary.skipped).toEqual({ selections: 0, codingsWithoutCode: 0, duplicateCodings: 0, sources: 0 });
    const before = snapshot(projectId, true);
    const after = snapshot(target.id, true);
    expect(after.documents).toEqual(before.documents);
    expect(after.codes).toEqual(before.codes);
    expect(after.codings.length).toBeGreaterThan(0);
    expect(after.codings).toEqual(before.codings);
    const again = await exportQdpx(db, copyActor);
    expect(normaliseQde(again.qde)).toBe(normaliseQde(file.qde));
  }, 180_000);
});
