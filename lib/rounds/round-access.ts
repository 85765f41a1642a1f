import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type Role, type Round, roundCoders, rounds } from "../../db/schema";
import { type Permission, roleAllows } from "../auth/permissions";
import { AppError } from "../errors";

/** Who acts on a round: a member and their role in the project (the wrappers in app/_server resolve it). */
export interface RoundActor {
  userId: number;
  role: Role;
}

export function assertMay(actor: RoundActor, permission: Permission): void {
  if (!roleAllows(actor.role, permission))
    throw new AppError("forbidden", "Your role in this project does not allow this.");
}

/** A round of the project; another project's round answers like one that does not exist. */
export function loadRound(db: Db, projectId: number, roundId: number): Round {
  const round = db
    .select()
    .from(rounds)
    .where(and(eq(rounds.id, roundId), eq(rounds.projectId, projectId)))
    .get();
  if (!round) throw new AppError("not_found", "Round not found.");
  return round;
}

export function isRoundCoder(db: Db, roundId: number, userId: number): boolean {
  return (
    db
      .select({ userId: roundCoders.userId })
      .from(roundCoders)
      .where(and(eq(roundCoders.roundId, roundId), eq(roundCoders.userId, userId)))
      .get() !== undefined
  );
}

/**
 * A round as one of its coders reaches it. Note: to anyone else it does not exist (the same not_found),
 * so a coder cannot learn of rounds they are not in.
 */
export function loadCoderRound(db: Db, actor: RoundActor, projectId: number, roundId: number): Round {
  const round = loadRound(db, projectId, roundId);
  if (!isRoundCoder(db, round.id, actor.userId)) throw new AppError("not_found", "Round not found.");
  return round;
}
