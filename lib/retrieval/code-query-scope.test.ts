import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adjudications, projectSettings, roundCoders, rounds, roundUnits } from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { runCodeQuery } from "./run-code-query";
import { createSearchFixture, offsetOf, type SearchFixture } from "./test-fixtures";

/** A Pay coding reaching from the first 2023 answer ("… better pay.") into the second ("Pay. …"). */
describe("code queries on a coding across two answers, under the coding scope", () => {
  let fixture: SearchFixture;
  const secondAnswer = () =>
    fixture.db.$client
      .prepare(
        "select a.id, a.document_id documentId, a.start_offset start, a.end_offset end from answers a join respondents r on r.id = a.respondent_id where r.external_id = 'R23-2'",
      )
      .get() as { id: number; documentId: number; start: number; end: number };
  const codeAcross = (coderId: number) => {
    const question = fixture.question2023;
    const from = offsetOf(fixture, question, "better pay.");
    const to = offsetOf(fixture, question, "Pay. Supervision");
    applyCodings(fixture.db, {
      projectId: fixture.projectId,
      coderId,
      documentId: question,
      ranges: [{ start: from.start, end: to.start + 4 }],
      codeIds: [fixture.codes.pay],
    });
  };
  const pay = () => ({ codeId: fixture.codes.pay, documentIds: [fixture.question2023] });

  beforeEach(() => {
    fixture = createSearchFixture();
  });
  afterEach(() => fixture.db.cleanup());

  it("hides another coder's coding whole from a blind round's coder when it touches a round answer, as retrieval does (lib/coding/coding-scope.ts)", () => {
    fixture.db.$client.prepare("insert into users (email, name, password_hash) values ('cat@x.org', 'Cat', 'x')").run();
    const cat = (fixture.db.$client.prepare("select id from users where email = 'cat@x.org'").get() as { id: number })
      .id;
    codeAcross(cat);
    const viewer = { userId: 1, role: "researcher" as const };
    expect(runCodeQuery(fixture.db, fixture.projectId, pay(), { viewer }).rows.map((row) => row.text)).toContain(
      "better pay.",
    );
    const roundId = fixture.db
      .insert(rounds)
      .values({ projectId: fixture.projectId, name: "Blind", mode: "blind", unitKind: "answers", createdBy: cat })
      .returning()
      .get().id;
    fixture.db.insert(roundCoders).values({ roundId, userId: 1 }).run();
    const answer = secondAnswer();
    fixture.db
      .insert(roundUnits)
      .values({ roundId, position: 0, documentId: answer.documentId, answerId: answer.id })
      .run();
    const texts = runCodeQuery(fixture.db, fixture.projectId, pay(), { viewer }).rows.map((row) => row.text);
    expect(texts).not.toContain("better pay.");
  });

  it("under consensus counting, drops a person's coding only in the answer an adjudication settled", () => {
    codeAcross(1);
    const before = runCodeQuery(fixture.db, fixture.projectId, pay()).rows.map((row) => row.text);
    expect(before).toEqual(expect.arrayContaining(["better pay.", "Pay."]));
    fixture.db
      .update(projectSettings)
      .set({ countedCodings: "consensus" })
      .where(eq(projectSettings.projectId, fixture.projectId))
      .run();
    const answer = secondAnswer();
    fixture.db
      .insert(adjudications)
      .values({
        projectId: fixture.projectId,
        codeId: fixture.codes.pay,
        unitType: "answer",
        unitId: answer.id,
        documentId: answer.documentId,
        startOffset: answer.start,
        endOffset: answer.end,
        decision: "neither",
        decidedBy: 1,
      })
      .run();
    const after = runCodeQuery(fixture.db, fixture.projectId, pay()).rows.map((row) => row.text);
    expect(after).toContain("better pay.");
    // The second answer's own Pay codings (the fixture's "Pay." among them) are settled as "neither".
    expect(after.some((text) => text.startsWith("Pay"))).toBe(false);
  });
});
