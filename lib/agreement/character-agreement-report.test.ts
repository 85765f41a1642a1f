import { beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { getCharacterAgreement } from "./character-agreement-report";
import { type AgreementFixture, buildAgreementFixture } from "./test-fixtures";

let db: ReturnType<typeof createTestDb>;
let fixture: AgreementFixture;

beforeEach(() => {
  db = createTestDb();
  fixture = buildAgreementFixture(db);
});

describe("character-level agreement on stored codings", () => {
  it("counts characters per code × document for the pair, worked by hand", () => {
    const { question, transcript, coderA, coderB, code } = fixture;
    const report = getCharacterAgreement(db, fixture.projectId, { coderIds: [coderA, coderB] });
    const workload = report.rows.find((row) => row.codeId === code.W && row.documentId === question.documentId)!;
    const [a0, a1, a2, a3] = question.answers.map((answer) => answer.end - answer.start);
    // A: answers 0, 1 and "Caseloads" of 2; B: answers 0, 2 and 3.
    expect(workload.both).toBe(a0 + "Caseloads".length);
    expect(workload.firstOnly).toBe(a1);
    expect(workload.secondOnly).toBe(a2 - "Caseloads".length + a3);
    expect(workload.characters).toBe(question.text.length);
    expect(workload.neither).toBe(question.text.length - a0 - a1 - a2 - a3);
    // The transcript: A coded W on turn 1, B did not; B coded Pay on turn 0, A did not.
    const inTranscript = report.rows.filter((row) => row.documentId === transcript.documentId);
    expect(inTranscript.map((row) => row.codeName).sort()).toEqual(["Pay", "Workload"]);
    const pay = inTranscript.find((row) => row.codeId === code.Y)!;
    expect(pay.both).toBe(0);
    expect(pay.codedPercentAgreement).toBe(0);
    // Per code: Workload summed over both documents.
    const total = report.perCode.find((row) => row.codeId === code.W)!;
    expect(total.characters).toBe(question.text.length + transcript.text.length);
    expect(total.firstOnly).toBe(a1 + (transcript.turns[1].end - transcript.turns[1].start));
  });

  it("leaves out documents one of the pair never coded in, and needs two coders", () => {
    const { coderA, coderB, question } = fixture;
    const onlyQuestion = getCharacterAgreement(db, fixture.projectId, {
      coderIds: [coderA, coderB],
      documentIds: [question.documentId],
    });
    expect(new Set(onlyQuestion.rows.map((row) => row.documentId))).toEqual(new Set([question.documentId]));
    expect(() => getCharacterAgreement(db, fixture.projectId, { coderIds: [coderA] })).toThrow(/two or more/);
    const withLead = getCharacterAgreement(db, fixture.projectId, { coderIds: [coderA, fixture.leadId] });
    expect(withLead.rows).toEqual([]);
  });
});
