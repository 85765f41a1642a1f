import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { members } from "../../db/schema";
import { listQuestionAnswers } from "../answers/list-question-answers";
import { listCodebook } from "../codebook/list-codebook";
import { applyCodings } from "../coding/apply-codings";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";
import { deleteCodings } from "../coding/delete-codings";
import { listDocumentCodings } from "../coding/list-document-codings";
import { loadExportData } from "../exchange/load-export-data";
import { listQuoteThemes } from "../quotes/list-quote-themes";
import { listThemeSegments } from "../quotes/list-theme-segments";
import { retrieveSegments } from "../retrieval/retrieve-segments";
import { createSearchFixture, offsetOf, type SearchFixture } from "../retrieval/test-fixtures";
import { listThemes } from "../themes/list-themes";
import { closeRound } from "./close-round";
import { createRound } from "./create-round";

// Ada (1) and Ben (2) code blind on the whole transcript and the 2025 question; Lee (3) leads.
const ADA: CodingViewer = { userId: 1, role: "researcher" };
const LEAD = { userId: 3, role: "lead" as const };

describe("every read of codings under a blind round", () => {
  let fixture: SearchFixture;
  let roundIds: number[];

  beforeEach(() => {
    fixture = createSearchFixture();
    const { db, projectId, transcriptId, question2025, codes: c } = fixture;
    db.$client.prepare("insert into users (email, name, password_hash) values ('l@x.org','Lee Lead','x')").run();
    db.insert(members)
      .values([
        { projectId, userId: 1, role: "researcher" },
        { projectId, userId: 2, role: "researcher" },
        { projectId, userId: 3, role: "lead" },
      ])
      .onConflictDoNothing()
      .run();
    const questionId = (db.$client.prepare("select id from questions").get() as { id: number }).id;
    const wave2025 = (db.$client.prepare("select id from waves where label = '2025'").get() as { id: number }).id;
    const base = { projectId, mode: "blind" as const, coderIds: [1, 2], codeId: null };
    roundIds = [
      createRound(db, LEAD, { ...base, name: "Groups", units: { kind: "documents", documentIds: [transcriptId] } }),
      createRound(db, LEAD, {
        ...base,
        name: "Answers",
        units: { kind: "answers", questionIds: [questionId], waveIds: [wave2025], size: 3, seed: 1 },
      }),
    ].map((round) => round.id);
    const code = (documentId: number, needle: string, coderId: number) =>
      applyCodings(db, {
        projectId,
        coderId,
        documentId,
        ranges: [offsetOf(fixture, documentId, needle)],
        codeIds: [c.pay],
      });
    code(transcriptId, "Pay is not great.", 2);
    code(question2025, "Pay rise please!", 2);
    code(fixture.question2023, "Pay.", 2); // outside both rounds
  });
  afterEach(() => fixture.db.cleanup());

  /** Ben's pay codings as each read shows them to `viewer`. */
  function bensPay(viewer: CodingViewer) {
    const { db, projectId, transcriptId, question2025, codes: c } = fixture;
    const payRow = (rows: { code: { id: number }; turns: number }[]) => rows.find((row) => row.code.id === c.pay)!;
    return {
      transcript: listDocumentCodings(db, projectId, transcriptId, viewer).length,
      grid: listQuestionAnswers(db, projectId, question2025, viewer).codings.length,
      retrieval: retrieveSegments(db, projectId, { codeId: c.pay }, { viewer }).total,
      themeTurns: payRow(listThemes(db, projectId, { viewer }).rows).turns,
      boardSegments: listQuoteThemes(db, projectId, viewer).find((theme) => theme.id === c.pay)!.segments,
      proposable: listThemeSegments(db, projectId, c.pay, { viewer }).length,
      codebook: listCodebook(db, projectId, { viewer }).find((code) => code.id === c.pay)!.codingCount,
      export: loadExportData(db, projectId, undefined, viewer).documents.flatMap((d) => d.segments).length,
    };
  }

  const everything = {
    transcript: 1,
    grid: 1,
    retrieval: 3,
    themeTurns: 1,
    boardSegments: 3,
    proposable: 3,
    codebook: 3,
    export: 3,
  };

  it("shows a round coder none of another coder's codings on the round's units, and the rest", () => {
    expect(bensPay(ADA)).toEqual({
      transcript: 0,
      grid: 0,
      retrieval: 1,
      themeTurns: 0,
      boardSegments: 1,
      proposable: 1,
      codebook: 1,
      export: 1,
    });
  });

  it("shows the lead, the project as a whole and, once the rounds close, the coder everything", () => {
    expect(bensPay(LEAD)).toEqual(everything);
    expect(bensPay(null)).toEqual(everything);
    // The analysis frame read the codings without their coders for the lead; the coder's view needs them.
    expect(bensPay(ADA).themeTurns).toBe(0);
    expect(bensPay(LEAD).themeTurns).toBe(1);
    for (const roundId of roundIds) closeRound(fixture.db, LEAD, { projectId: fixture.projectId, roundId });
    expect(bensPay(ADA)).toEqual(everything);
  });

  it("lets a round coder remove none of another coder's codings on the round's units, even by id", () => {
    const { db, projectId, transcriptId } = fixture;
    const bens = listDocumentCodings(db, projectId, transcriptId, null).filter((coding) => coding.coderId === 2);
    expect(bens).toHaveLength(1);
    const { visible } = resolveCodingScope(db, projectId, ADA);
    expect(() => deleteCodings(db, { projectId, actorId: 1, codingIds: [bens[0].id], visible })).toThrow("not found");
    expect(listDocumentCodings(db, projectId, transcriptId, null)).toHaveLength(1);
    const lead = resolveCodingScope(db, projectId, LEAD);
    expect(deleteCodings(db, { projectId, actorId: 3, codingIds: [bens[0].id], visible: lead.visible })).toEqual([
      bens[0].id,
    ]);
  });
});
