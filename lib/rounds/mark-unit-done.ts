import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { roundUnits, roundUnitsDone } from "../../db/schema";
import { AppError } from "../errors";
import { assertMay, loadCoderRound, type RoundActor } from "./round-access";

/**
 * Marks one unit of a round done (or not done again) for the coder acting. Only the round's own coders,
 * and only while it is open.
 * @returns how many of the round's units this coder has done.
 */
export function markUnitDone(
  db: Db,
  actor: RoundActor,
  input: { projectId: number; roundId: number; roundUnitId: number; done: boolean },
): { done: number } {
  assertMay(actor, "code");
  const round = loadCoderRound(db, actor, input.projectId, input.roundId);
  if (round.status !== "open") throw new AppError("conflict", "This round is closed.");
  const unit = db
    .select({ id: roundUnits.id })
    .from(roundUnits)
    .where(and(eq(roundUnits.id, input.roundUnitId), eq(roundUnits.roundId, round.id)))
    .get();
  if (!unit) throw new AppError("not_found", "Unit not found.");
  return db.transaction((tx) => {
    if (input.done)
      tx.insert(roundUnitsDone).values({ roundUnitId: unit.id, userId: actor.userId }).onConflictDoNothing().run();
    else
      tx.delete(roundUnitsDone)
        .where(and(eq(roundUnitsDone.roundUnitId, unit.id), eq(roundUnitsDone.userId, actor.userId)))
        .run();
    const done = tx
      .select({ n: sql<number>`count(*)` })
      .from(roundUnitsDone)
      .innerJoin(roundUnits, eq(roundUnits.id, roundUnitsDone.roundUnitId))
      .where(and(eq(roundUnits.roundId, round.id), eq(roundUnitsDone.userId, actor.userId)))
      .get()!.n;
    return { done };
  });
}
