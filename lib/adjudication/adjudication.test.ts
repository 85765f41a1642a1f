import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { adjudications, codings, events, segments, users } from "../../db/schema";
import { signIn } from "../accounts/sign-in";
import { listUsers } from "../admin/list-users";
import { type AgreementFixture, buildAgreementFixture } from "../agreement/test-fixtures";
import { currentSessionUser } from "../auth/current-session-user";
import { listMembers, setMemberRole } from "../projects/members";
import { adjudicateUnit } from "./adjudicate-unit";
import { ensureConsensusCoder } from "./consensus-coder";
import { countingStatement, setCountedCodings } from "./counted-codings";
import { listDisagreements } from "./list-disagreements";

let db: ReturnType<typeof createTestDb>;
let fixture: AgreementFixture;
let actor: { projectId: number; userId: number };

beforeEach(() => {
  db = createTestDb();
  fixture = buildAgreementFixture(db);
  actor = { projectId: fixture.projectId, userId: fixture.leadId };
});

function consensusSpans(documentId: number) {
  return db
    .select({ start: segments.startOffset, end: segments.endOffset, decidedBy: codings.decidedBy })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .innerJoin(users, eq(users.id, codings.coderId))
    .where(and(eq(users.kind, "consensus"), eq(segments.documentId, documentId), eq(codings.codeId, fixture.code.W)))
    .all()
    .sort((a, b) => a.start - b.start);
}

describe("the disagreement queue", () => {
  it("lists the units where the coders differ on a code, with each coder's segments in the unit", () => {
    const { coderA, coderB, code, question, transcript } = fixture;
    const queue = listDisagreements(db, actor, { codeId: code.W, coderIds: [coderA, coderB] });
    // Answer 1 (A only), answer 2 (both, different text), answer 3 (B only), turn 1 (A only); answer 0 agreed.
    expect(queue.map((item) => [item.unitType, item.unitId, item.kind])).toEqual([
      ["turn", transcript.turns[1].id, "presence"],
      ["answer", question.answers[1].id, "presence"],
      ["answer", question.answers[2].id, "span"],
      ["answer", question.answers[3].id, "presence"],
    ]);
    const split = queue[2];
    expect(split.text).toBe("Caseloads again and again");
    expect(split.versions).toEqual([
      { coderId: coderA, spans: [{ start: 0, end: 9 }] },
      { coderId: coderB, spans: [{ start: 0, end: 25 }] },
    ]);
    expect(split.decision).toBeNull();
  });

  it("is empty for a code nobody disagrees on, and for coders who share no document", () => {
    const { coderA, coderB, code, leadId } = fixture;
    expect(listDisagreements(db, actor, { codeId: code.W, coderIds: [coderA, leadId] })).toEqual([]);
    const pay = listDisagreements(db, actor, { codeId: code.Y, coderIds: [coderA, coderB] });
    expect(pay.map((item) => item.unitType)).toEqual(["turn"]);
  });
});

describe("adjudication", () => {
  it("accepts one coder's version as consensus codings, decided by the lead, in one transaction with its row", () => {
    const { coderA, coderB, code, question } = fixture;
    const answer = question.answers[2];
    const result = adjudicateUnit(db, actor, {
      codeId: code.W,
      unitType: "answer",
      unitId: answer.id,
      decision: "coder",
      chosenCoderId: coderA,
      coderIds: [coderA, coderB],
    });
    expect(result.spans).toEqual([{ start: answer.start, end: answer.start + 9 }]);
    expect(consensusSpans(question.documentId)).toEqual([
      { start: answer.start, end: answer.start + 9, decidedBy: fixture.leadId },
    ]);
    const row = db.select().from(adjudications).get()!;
    expect(row).toMatchObject({
      decision: "coder",
      chosenCoderId: coderA,
      decidedBy: fixture.leadId,
      unitType: "answer",
      unitId: answer.id,
      startOffset: answer.start,
      endOffset: answer.end,
    });
    expect(
      db
        .select()
        .from(events)
        .all()
        .some((event) => event.action === "adjudication.decide"),
    ).toBe(true);
    const queue = listDisagreements(db, actor, { codeId: code.W, coderIds: [coderA, coderB] });
    expect(queue.find((item) => item.unitId === answer.id && item.unitType === "answer")?.decision?.decision).toBe(
      "coder",
    );
  });

  it("replaces an earlier decision and its codings when the unit is decided again", () => {
    const { coderA, coderB, code, question } = fixture;
    const answer = question.answers[2];
    const base = { codeId: code.W, unitType: "answer" as const, unitId: answer.id, coderIds: [coderA, coderB] };
    adjudicateUnit(db, actor, { ...base, decision: "coder", chosenCoderId: coderA });
    adjudicateUnit(db, actor, { ...base, decision: "both" });
    expect(consensusSpans(question.documentId).map(({ start, end }) => [start, end])).toEqual([
      [answer.start, answer.end],
    ]);
    adjudicateUnit(db, actor, { ...base, decision: "adjusted", spans: [{ start: 10, end: 15 }] });
    expect(consensusSpans(question.documentId).map(({ start, end }) => [start, end])).toEqual([
      [answer.start + 10, answer.start + 15],
    ]);
    adjudicateUnit(db, actor, { ...base, decision: "neither" });
    expect(consensusSpans(question.documentId)).toEqual([]);
    const rows = db.select().from(adjudications).all();
    expect(rows).toHaveLength(1);
    expect(rows[0].decision).toBe("neither");
    // The coders' own codings are untouched.
    expect(db.select().from(codings).where(eq(codings.coderId, coderA)).all()).toHaveLength(4);
  });

  it("keeps one consensus coder for the installation, who cannot sign in and is no member", () => {
    const first = ensureConsensusCoder(db);
    expect(ensureConsensusCoder(db)).toBe(first);
    const user = db.select().from(users).where(eq(users.id, first)).get()!;
    expect(user.kind).toBe("consensus");
    expect(user.passwordHash.startsWith("!")).toBe(true);
    expect(() => setMemberRole(db, actor, { email: user.email, role: "researcher" })).toThrow(/No user has this email/);
    expect(listMembers(db, fixture.projectId).map((member) => member.userId)).not.toContain(first);
    expect(listUsers(db).map((listed) => listed.id)).not.toContain(first);
  });

  it("refuses the consensus coder at sign-in and for a session, whatever the password check says", async () => {
    const id = ensureConsensusCoder(db);
    const user = db.select().from(users).where(eq(users.id, id)).get()!;
    expect(await signIn(db, user.email, "anything", Date.now(), { verify: async () => true })).toBeNull();
    expect(currentSessionUser(db, id, user.sessionVersion)).toBeNull();
    // A person still signs in through the same path.
    const lead = db.select().from(users).where(eq(users.id, fixture.leadId)).get()!;
    expect((await signIn(db, lead.email, "x", Date.now(), { verify: async () => true }))?.id).toBe(lead.id);
  });

  it("refuses spans outside the unit, a chosen coder not compared, and a unit of another project", () => {
    const { coderA, coderB, code, question, leadId } = fixture;
    const base = {
      codeId: code.W,
      unitType: "answer" as const,
      unitId: question.answers[1].id,
      coderIds: [coderA, coderB],
    };
    expect(() => adjudicateUnit(db, actor, { ...base, decision: "adjusted", spans: [{ start: 0, end: 500 }] })).toThrow(
      /inside/,
    );
    expect(() => adjudicateUnit(db, actor, { ...base, decision: "coder", chosenCoderId: leadId })).toThrow(/compared/);
    expect(() =>
      adjudicateUnit(db, { ...actor, projectId: actor.projectId + 1 }, { ...base, decision: "neither" }),
    ).toThrow(/not found/);
    expect(db.select().from(adjudications).all()).toEqual([]);
  });

  it("settles a turn of a transcript with both versions merged", () => {
    const { coderA, coderB, code, transcript } = fixture;
    const turn = transcript.turns[1];
    adjudicateUnit(db, actor, {
      codeId: code.W,
      unitType: "turn",
      unitId: turn.id,
      decision: "both",
      coderIds: [coderA, coderB],
    });
    expect(consensusSpans(transcript.documentId).map(({ start, end }) => [start, end])).toEqual([
      [turn.start, turn.end],
    ]);
  });
});

describe("which codings analysis counts", () => {
  it("says all coders by default, consensus once chosen, and one named coder", () => {
    expect(countingStatement(db, fixture.projectId)).toMatchObject({
      mode: "all",
      text: "Counts all coders’ codings.",
    });
    expect(setCountedCodings(db, actor, { mode: "consensus" }).text).toMatch(/^Counts consensus codings where/);
    const one = setCountedCodings(db, actor, { mode: "coder", coderId: fixture.coderB });
    expect(one).toMatchObject({ mode: "coder", coderName: "ben", text: "Counts ben’s codings only." });
    expect(
      db
        .select()
        .from(events)
        .all()
        .filter((event) => event.action === "project.update_settings"),
    ).toHaveLength(2);
  });

  it("refuses a coder who never coded here, such as the lead or the consensus coder", () => {
    expect(() => setCountedCodings(db, actor, { mode: "coder", coderId: fixture.leadId })).toThrow(
      /coded in this project/,
    );
    const consensus = ensureConsensusCoder(db);
    expect(() => setCountedCodings(db, actor, { mode: "coder", coderId: consensus })).toThrow(/coded in this project/);
    expect(countingStatement(db, fixture.projectId).mode).toBe("all");
  });
});
