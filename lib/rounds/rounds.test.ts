import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { events, members, roundUnits } from "../../db/schema";
import { resolveCodingScope } from "../coding/coding-scope";
import type { AppError } from "../errors";
import { createSearchFixture, type SearchFixture } from "../retrieval/test-fixtures";
import { closeRound } from "./close-round";
import { createRound } from "./create-round";
import { getRoundProgress } from "./get-round-progress";
import { getRoundQueue } from "./get-round-queue";
import { listRounds } from "./list-rounds";
import { markUnitDone } from "./mark-unit-done";

const ADA = { userId: 1, role: "researcher" as const };
const BEN = { userId: 2, role: "researcher" as const };
const LEAD = { userId: 3, role: "lead" as const };
const VIEWER = { userId: 4, role: "viewer" as const };

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as AppError).code;
  }
  return "no error";
}

describe("agreement rounds", () => {
  let fixture: SearchFixture;
  let questionId: number;
  let waveIds: number[];
  const sampleRound = (seed: number | null = 7, size = 4) =>
    createRound(fixture.db, LEAD, {
      projectId: fixture.projectId,
      name: "Pilot",
      mode: "blind",
      coderIds: [ADA.userId, BEN.userId],
      codeId: null,
      units: { kind: "answers", questionIds: [questionId], waveIds, size, seed },
    });

  beforeEach(() => {
    fixture = createSearchFixture();
    const { db, projectId } = fixture;
    db.$client
      .prepare(
        "insert into users (email, name, password_hash) values ('l@x.org','Lee Lead','x'), ('v@x.org','Vic Viewer','x')",
      )
      .run();
    db.insert(members)
      .values([
        { projectId, userId: ADA.userId, role: "researcher" },
        { projectId, userId: BEN.userId, role: "researcher" },
        { projectId, userId: LEAD.userId, role: "lead" },
        { projectId, userId: VIEWER.userId, role: "viewer" },
      ])
      .onConflictDoNothing()
      .run();
    questionId = (db.$client.prepare("select id from questions").get() as { id: number }).id;
    waveIds = (db.$client.prepare("select id from waves order by label").all() as { id: number }[]).map((w) => w.id);
  });
  afterEach(() => fixture.db.cleanup());

  it("draws the same stratified sample again from the same seed, and shows the seed", () => {
    const first = sampleRound(7);
    const second = sampleRound(7);
    expect(first.seed).toBe(7);
    const unitsOf = (roundId: number) =>
      fixture.db
        .select({ answerId: roundUnits.answerId, documentId: roundUnits.documentId })
        .from(roundUnits)
        .where(eq(roundUnits.roundId, roundId))
        .orderBy(roundUnits.position)
        .all();
    expect(unitsOf(second.id)).toEqual(unitsOf(first.id));
    // Three answers in each wave: four drawn, two from each.
    const perDocument = new Map<number, number>();
    for (const unit of unitsOf(first.id)) perDocument.set(unit.documentId, (perDocument.get(unit.documentId) ?? 0) + 1);
    expect([...perDocument.values()]).toEqual([2, 2]);
    expect(sampleRound(null).seed).toBeGreaterThan(0);
  });

  it("lets only owners and leads create, with two or more members who may code", () => {
    const { db, projectId } = fixture;
    const base = {
      projectId,
      name: "Pilot",
      mode: "open" as const,
      codeId: null,
      units: { kind: "documents" as const, documentIds: [fixture.transcriptId] },
    };
    expect(codeOf(() => createRound(db, ADA, { ...base, coderIds: [1, 2] }))).toBe("forbidden");
    expect(codeOf(() => createRound(db, LEAD, { ...base, coderIds: [1] }))).toBe("invalid_input");
    expect(codeOf(() => createRound(db, LEAD, { ...base, coderIds: [1, LEAD.userId] }))).toBe("invalid_input");
    expect(codeOf(() => createRound(db, LEAD, { ...base, coderIds: [1, 99] }))).toBe("invalid_input");
    expect(
      codeOf(() =>
        createRound(db, LEAD, {
          ...base,
          coderIds: [1, 2],
          units: { kind: "documents", documentIds: [fixture.question2023] },
        }),
      ),
    ).toBe("invalid_input");
    const round = createRound(db, LEAD, { ...base, coderIds: [1, 2] });
    expect(getRoundQueue(db, ADA, { projectId, roundId: round.id }).units).toMatchObject([
      { number: 1, documentId: fixture.transcriptId, answerId: null, documentKind: "transcript", done: false },
    ]);
  });

  it("keeps each coder's queue: units marked done, counted per coder for the lead", () => {
    const { db, projectId } = fixture;
    const { id: roundId } = sampleRound();
    const queue = getRoundQueue(db, ADA, { projectId, roundId });
    expect(queue).toMatchObject({ done: 0, total: 4 });
    expect(queue.units.every((unit) => unit.answerId !== null && unit.excerpt !== null)).toBe(true);
    expect(markUnitDone(db, ADA, { projectId, roundId, roundUnitId: queue.units[0].id, done: true })).toEqual({
      done: 1,
    });
    expect(markUnitDone(db, ADA, { projectId, roundId, roundUnitId: queue.units[1].id, done: true })).toEqual({
      done: 2,
    });
    // Marking twice counts once; unmarking takes it back.
    expect(markUnitDone(db, ADA, { projectId, roundId, roundUnitId: queue.units[1].id, done: true })).toEqual({
      done: 2,
    });
    expect(markUnitDone(db, ADA, { projectId, roundId, roundUnitId: queue.units[1].id, done: false })).toEqual({
      done: 1,
    });
    expect(getRoundQueue(db, ADA, { projectId, roundId }).units.map((unit) => unit.done)).toEqual([
      true,
      false,
      false,
      false,
    ]);
    expect(getRoundQueue(db, BEN, { projectId, roundId }).done).toBe(0);
    expect(getRoundProgress(db, LEAD, { projectId, roundId }).coders).toEqual([
      { userId: ADA.userId, name: "Ada Coder", done: 1 },
      { userId: BEN.userId, name: "Ben Coder", done: 0 },
    ]);
    expect(codeOf(() => getRoundProgress(db, ADA, { projectId, roundId }))).toBe("forbidden");
    // Someone outside the round finds no queue, and no other round's unit can be marked through this one.
    expect(codeOf(() => getRoundQueue(db, LEAD, { projectId, roundId }))).toBe("forbidden");
    const other = sampleRound(8);
    const foreignUnit = getRoundQueue(db, ADA, { projectId, roundId: other.id }).units[0].id;
    expect(codeOf(() => markUnitDone(db, ADA, { projectId, roundId, roundUnitId: foreignUnit, done: true }))).toBe(
      "not_found",
    );
    expect(codeOf(() => getRoundQueue(db, ADA, { projectId: projectId + 1, roundId }))).toBe("not_found");
  });

  it("lists every round for leads and only their own rounds for coders", () => {
    const { db, projectId } = fixture;
    sampleRound();
    expect(listRounds(db, LEAD, projectId)).toHaveLength(1);
    expect(listRounds(db, ADA, projectId)[0]).toMatchObject({ name: "Pilot", units: 4, isCoder: true, status: "open" });
    expect(listRounds(db, { userId: 9, role: "owner" }, projectId)[0].isCoder).toBe(false);
    expect(listRounds(db, VIEWER, projectId)).toEqual([]);
  });

  it("closes a round once: marks are refused afterwards, and the blind rule no longer hides anything", () => {
    const { db, projectId } = fixture;
    const { id: roundId } = sampleRound();
    expect(resolveCodingScope(db, projectId, ADA).blindRoundIds).toEqual([roundId]);
    expect(codeOf(() => closeRound(db, ADA, { projectId, roundId }))).toBe("forbidden");
    closeRound(db, LEAD, { projectId, roundId });
    expect(resolveCodingScope(db, projectId, ADA).blindRoundIds).toEqual([]);
    expect(listRounds(db, LEAD, projectId)[0].status).toBe("closed");
    const unit = getRoundQueue(db, ADA, { projectId, roundId }).units[0].id;
    expect(codeOf(() => markUnitDone(db, ADA, { projectId, roundId, roundUnitId: unit, done: true }))).toBe("conflict");
    expect(codeOf(() => closeRound(db, LEAD, { projectId, roundId }))).toBe("conflict");
    const logged = db
      .select({ action: events.action, targetId: events.targetId, userId: events.userId })
      .from(events)
      .where(eq(events.targetType, "round"))
      .all();
    expect(logged).toEqual([
      { action: "round.create", targetId: roundId, userId: LEAD.userId },
      { action: "round.close", targetId: roundId, userId: LEAD.userId },
    ]);
  });
});
