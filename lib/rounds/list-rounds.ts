import { desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, roundCoders, rounds, users } from "../../db/schema";
import { roleAllows } from "../auth/permissions";
import type { RoundActor } from "./round-access";
import { countRoundUnits } from "./round-units";

export interface RoundSummary {
  id: number;
  name: string;
  mode: "blind" | "open";
  status: "open" | "closed";
  unitKind: "documents" | "answers";
  seed: number | null;
  codeName: string | null;
  createdAt: Date;
  closedAt: Date | null;
  units: number;
  coders: { userId: number; name: string; done: number }[];
  /** Whether the reader is one of its coders (they get a queue). */
  isCoder: boolean;
}

/**
 * The project's rounds, newest first: every round for those who manage rounds, otherwise only the rounds
 * the reader codes in.
 */
export function listRounds(db: Db, actor: RoundActor, projectId: number): RoundSummary[] {
  const all = db
    .select({
      id: rounds.id,
      name: rounds.name,
      mode: rounds.mode,
      status: rounds.status,
      unitKind: rounds.unitKind,
      seed: rounds.seed,
      codeName: codes.name,
      createdAt: rounds.createdAt,
      closedAt: rounds.closedAt,
    })
    .from(rounds)
    .leftJoin(codes, eq(codes.id, rounds.codeId))
    .where(eq(rounds.projectId, projectId))
    .orderBy(desc(rounds.id))
    .all();
  const ids = all.map((round) => round.id);
  const coderRows = ids.length
    ? db
        .select({ roundId: roundCoders.roundId, userId: roundCoders.userId, name: users.name })
        .from(roundCoders)
        .innerJoin(users, eq(users.id, roundCoders.userId))
        .where(inArray(roundCoders.roundId, ids))
        .orderBy(users.name)
        .all()
    : [];
  const counts = countRoundUnits(db, ids);
  const manages = roleAllows(actor.role, "manage_rounds");
  return all
    .map((round) => {
      const coders = coderRows
        .filter((row) => row.roundId === round.id)
        .map((row) => ({
          userId: row.userId,
          name: row.name,
          done: counts.done.get(`${round.id}:${row.userId}`) ?? 0,
        }));
      return {
        ...round,
        units: counts.units.get(round.id) ?? 0,
        coders,
        isCoder: coders.some((coder) => coder.userId === actor.userId),
      };
    })
    .filter((round) => manages || round.isCoder);
}
