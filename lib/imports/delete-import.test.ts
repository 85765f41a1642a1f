import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { documents, events, imports, memos, quotes, turns } from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { listMetricSummaries } from "../metrics/list-metric-summaries";
import { getJointDisplay } from "../themes/get-joint-display";
import { listThemes } from "../themes/list-themes";
import { buildThemeFixture, type ThemeFixture } from "../themes/test-fixtures";
import { deleteImport } from "./delete-import";
import { describeDeletionText, describeImportDeletion } from "./describe-import-deletion";
import { storeSurvey } from "./store-survey";
import { storeTranscript } from "./store-transcript";

let db: ReturnType<typeof createTestDb>;
let fixture: ThemeFixture;

beforeEach(() => {
  db = createTestDb();
  fixture = buildThemeFixture(db);
});

afterEach(() => {
  db.cleanup();
});

/**
 * Row counts of every table of the database. The full-text indexes' shadow tables are left out: they hold
 * b-tree pages, not rows, and keep merged-away pages after a delete (what they index is checked by a search).
 */
function tableCounts(): Record<string, number> {
  const names = db.$client
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not glob '*_fts_*' order by name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    names.map(({ name }) => [
      name,
      (db.$client.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n,
    ]),
  );
}

function newImport(filename: string): number {
  return db
    .insert(imports)
    .values({
      projectId: fixture.projectId,
      userId: fixture.coderIds[0],
      filename,
      storedPath: `/nowhere/${filename}`,
      byteSize: 10,
      status: "done",
    })
    .returning({ id: imports.id })
    .get().id;
}

/** A 3-respondent survey as wave 2024 (a new question, a new attribute, a new Likert item) and a transcript. */
function importExtra() {
  const surveyImport = newImport("pilot-2024.csv");
  storeSurvey(db, {
    projectId: fixture.projectId,
    userId: fixture.coderIds[0],
    wave: "2024",
    records: {
      respondents: [
        {
          externalId: "P1",
          attributes: { region: "London", team: "North" },
          likert: { "My workload is manageable": 2 },
        },
        { externalId: "P2", attributes: { region: "South East", team: "South" }, likert: { "Pilot item": 4 } },
        { externalId: "P3", attributes: { gender: "Female" }, likert: {} },
      ],
      questions: [
        {
          header: "What one change would improve your working life?",
          answers: [
            { respondentIndex: 0, text: "Fewer cases." },
            { respondentIndex: 1, text: "More pay." },
          ],
        },
        { header: "A pilot-only question", answers: [{ respondentIndex: 2, text: "Pilot answer." }] },
      ],
      likertColumns: [
        { header: "My workload is manageable", metricKey: "workload_manageable" },
        { header: "Pilot item", metricKey: null },
      ],
      attributeMerges: [],
    },
    filename: "pilot-2024.csv",
    importId: surveyImport,
  });
  const transcriptImport = newImport("pilot-group.txt");
  const transcript = storeTranscript(db, {
    projectId: fixture.projectId,
    userId: fixture.coderIds[0],
    parsed: {
      format: "txt",
      turns: [
        { speaker: "Pilot Speaker", startMs: null, endMs: null, text: "Supervision keeps me here." },
        { speaker: "Another Pilot", startMs: null, endMs: null, text: "Caseloads are the problem." },
      ],
      cueCount: 2,
      speakers: ["Pilot Speaker", "Another Pilot"],
      warnings: [],
    },
    metadata: { title: "Pilot group", wave: "2024", groupType: "pilot", filename: "pilot-group.txt" },
    importId: transcriptImport,
  });
  return { surveyImport, transcriptImport, transcriptDocument: transcript.documentId };
}

function codeAndQuote(documentId: number, status: "candidate" | "approved") {
  const turn = db.select().from(turns).where(eq(turns.documentId, documentId)).all()[0];
  const [coding] = applyCodings(db, {
    projectId: fixture.projectId,
    coderId: fixture.coderIds[0],
    documentId,
    ranges: [{ start: turn.startOffset, end: turn.endOffset }],
    codeIds: [fixture.code.S],
  });
  db.insert(quotes)
    .values({
      projectId: fixture.projectId,
      segmentId: coding.segmentId,
      codeId: fixture.code.S,
      status,
      wording: turn.text,
      proposedBy: fixture.coderIds[0],
    })
    .run();
  db.insert(memos)
    .values({
      projectId: fixture.projectId,
      target: "document",
      documentId,
      authorId: fixture.coderIds[0],
      body: { type: "doc" },
    })
    .run();
}

describe("deleting an import", () => {
  it("removes exactly what it created and nothing else", () => {
    const figures = () => ({
      themes: listThemes(db, fixture.projectId),
      joint: getJointDisplay(db, fixture.projectId),
      metrics: listMetricSummaries(db, fixture.projectId),
    });
    const before = tableCounts();
    const shownBefore = figures();
    const { surveyImport, transcriptImport, transcriptDocument } = importExtra();
    codeAndQuote(transcriptDocument, "candidate");
    const surveyDocument = db
      .select({ id: documents.id })
      .from(documents)
      .where(eq(documents.importId, surveyImport))
      .all()[0].id;
    applyCodings(db, {
      projectId: fixture.projectId,
      coderId: fixture.coderIds[1],
      documentId: surveyDocument,
      ranges: [{ start: 0, end: 4 }],
      codeIds: [fixture.code.W, fixture.code.Y],
    });
    // The tiny wave changes no headline.
    expect(figures().themes.comparison.label).toBe("2023 → 2025");

    const survey = describeImportDeletion(db, fixture.projectId, surveyImport);
    expect(survey).toMatchObject({
      documents: 2,
      respondents: 3,
      answers: 3,
      likertAnswers: 2,
      codings: 2,
      quotes: 0,
      approvedQuotes: 0,
      participants: 0,
      waves: [],
    });
    expect(describeDeletionText(survey)).toBe("2 documents, 3 respondents, 3 answers, 2 Likert answers, 2 codings");

    deleteImport(
      db,
      { userId: fixture.coderIds[0], role: "researcher" },
      { projectId: fixture.projectId, importId: surveyImport },
    );
    // The transcript still holds wave 2024, so it stays until the transcript goes too.
    const transcript = describeImportDeletion(db, fixture.projectId, transcriptImport);
    expect(transcript).toMatchObject({
      documents: 1,
      turns: 2,
      participants: 2,
      codings: 1,
      memos: 1,
      quotes: 1,
      waves: ["2024"],
    });
    deleteImport(
      db,
      { userId: fixture.coderIds[0], role: "researcher" },
      {
        projectId: fixture.projectId,
        importId: transcriptImport,
        expected: transcript,
      },
    );

    const after = tableCounts();
    // The log records both deletions; the import rows themselves are gone with their data.
    expect(after.events).toBeGreaterThan(before.events);
    expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });
    expect(figures()).toEqual(shownBefore);
    const hits = (table: string, word: string) =>
      (db.$client.prepare(`select count(*) as n from ${table} where ${table} match ?`).get(word) as { n: number }).n;
    expect([hits("turns_fts", "keeps"), hits("answers_fts", "pilot")]).toEqual([0, 0]);
    const logged = db.select().from(events).where(eq(events.action, "import.delete")).all();
    expect(logged.map((event) => event.targetId)).toEqual([surveyImport, transcriptImport]);
  });

  it("is blocked by approved quotes unless the owner confirms them", () => {
    const { transcriptImport, transcriptDocument } = importExtra();
    codeAndQuote(transcriptDocument, "approved");
    const input = { projectId: fixture.projectId, importId: transcriptImport };
    expect(() => deleteImport(db, { userId: fixture.coderIds[0], role: "researcher" }, input)).toThrow(
      /only the project owner/,
    );
    expect(() => deleteImport(db, { userId: fixture.coderIds[0], role: "owner" }, input)).toThrow(
      /confirm that they go too/,
    );
    expect(() => deleteImport(db, { userId: fixture.coderIds[0], role: "lead" }, input)).toThrow(
      /owner or a researcher/,
    );
    // Coding meanwhile: the confirmation no longer says what would go.
    const shown = describeImportDeletion(db, fixture.projectId, transcriptImport);
    expect(describeDeletionText(shown)).toContain("1 approved quote");
    expect(() =>
      deleteImport(
        db,
        { userId: fixture.coderIds[0], role: "owner" },
        { ...input, confirmApprovedQuotes: true, expected: { ...shown, codings: shown.codings + 1 } },
      ),
    ).toThrow(/changed since you looked/);
    expect(db.select().from(quotes).where(eq(quotes.status, "approved")).all()).toHaveLength(1);
    deleteImport(
      db,
      { userId: fixture.coderIds[0], role: "owner" },
      { ...input, confirmApprovedQuotes: true, expected: shown },
    );
    expect(db.select().from(quotes).where(eq(quotes.status, "approved")).all()).toHaveLength(0);
    expect(() => describeImportDeletion(db, fixture.projectId, transcriptImport)).toThrow(/not found/);
  });
});
