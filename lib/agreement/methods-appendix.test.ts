import { beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { roundCoders, rounds, roundUnits } from "../../db/schema";
import { buildReport } from "../reports/build-report";
import { renderMarkdown } from "../reports/render-markdown";
import { getAgreementReport } from "./agreement-report";
import { roundSelection } from "./agreement-selection";
import { buildMethodsAppendix, codersByRole } from "./methods-appendix";
import { type AgreementFixture, buildAgreementFixture } from "./test-fixtures";

let db: ReturnType<typeof createTestDb>;
let fixture: AgreementFixture;

function closedRound(answerPositions: number[]) {
  const roundId = db
    .insert(rounds)
    .values({
      projectId: fixture.projectId,
      name: "Pilot round",
      mode: "blind",
      status: "closed",
      unitKind: "answers",
      createdBy: fixture.leadId,
      closedAt: new Date(),
    })
    .returning()
    .get().id;
  db.insert(roundCoders)
    .values([fixture.coderA, fixture.coderB].map((userId) => ({ roundId, userId })))
    .run();
  db.insert(roundUnits)
    .values(
      answerPositions.map((position, index) => ({
        roundId,
        position: index,
        documentId: fixture.question.documentId,
        answerId: fixture.question.answers[position].id,
      })),
    )
    .run();
  return roundId;
}

beforeEach(() => {
  db = createTestDb();
  fixture = buildAgreementFixture(db);
});

describe("a round's agreement", () => {
  it("compares the round's coders on its sampled answers only", () => {
    const roundId = closedRound([0, 1]);
    const selection = roundSelection(db, fixture.projectId, roundId);
    expect(selection).toMatchObject({ coderIds: [fixture.coderA, fixture.coderB], roundName: "Pilot round" });
    const report = getAgreementReport(db, fixture.projectId, selection);
    const workload = report.perCode.find((code) => code.codeId === fixture.code.W)!;
    // Answer 0: both coded; answer 1: A only. The transcript and answers 2–3 are outside the round.
    expect(workload).toMatchObject({ units: 2, codedByAny: 2, codedByAll: 1 });
    expect(workload.percentAgreement).toBe(0.5);
  });
});

describe("the methods appendix", () => {
  it("names the coders by role only, with α per theme and its interval", () => {
    closedRound([0, 1, 2, 3]);
    const appendix = buildMethodsAppendix(db, fixture.projectId)!;
    expect(appendix.coders).toBe("two researchers");
    expect(appendix.themes.map((theme) => theme.name).sort()).toEqual(["Pay", "Workload"]);
    const markdown = renderMarkdown(buildReport(db, fixture.projectId, { methods: true }));
    expect(markdown).toContain("## Methods: inter-coder agreement");
    expect(markdown).toContain("two researchers coded the same 4 units");
    expect(markdown).toContain("Codings counted: Counts all coders’ codings.");
    expect(markdown).not.toMatch(/\bana\b|\bben\b|example\.org/);
  });

  it("is left out when there is no closed round, and words mixed roles", () => {
    expect(buildMethodsAppendix(db, fixture.projectId)).toBeNull();
    expect(renderMarkdown(buildReport(db, fixture.projectId, { methods: true }))).not.toContain("Methods");
    expect(codersByRole(["researcher", "owner", "researcher"])).toBe("two researchers and one project owner");
    expect(codersByRole(["lead", null])).toBe("one programme lead and one former member");
  });
});
