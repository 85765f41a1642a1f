import type { Db } from "../../db/client";
import { assertMay, loadCoderRound, type RoundActor } from "./round-access";
import { listRoundUnits, type RoundUnitView } from "./round-units";

export interface RoundQueue {
  round: { id: number; name: string; mode: "blind" | "open"; status: "open" | "closed"; seed: number | null };
  units: RoundUnitView[];
  done: number;
  total: number;
}

/** A coder's queue in a round: its units in order, each marked done or not by them ("34 of 120 units done"). */
export function getRoundQueue(db: Db, actor: RoundActor, input: { projectId: number; roundId: number }): RoundQueue {
  assertMay(actor, "code");
  const round = loadCoderRound(db, actor, input.projectId, input.roundId);
  const units = listRoundUnits(db, round.id, actor.userId);
  return {
    round: { id: round.id, name: round.name, mode: round.mode, status: round.status, seed: round.seed },
    units,
    done: units.filter((unit) => unit.done).length,
    total: units.length,
  };
}
