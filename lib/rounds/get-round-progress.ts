import type { Db } from "../../db/client";
import { AppError } from "../errors";
import { listRounds, type RoundSummary } from "./list-rounds";
import { assertMay, type RoundActor } from "./round-access";

/** One round with each coder's progress, for the owner or lead watching it. */
export function getRoundProgress(
  db: Db,
  actor: RoundActor,
  input: { projectId: number; roundId: number },
): RoundSummary {
  assertMay(actor, "manage_rounds");
  const round = listRounds(db, actor, input.projectId).find((each) => each.id === input.roundId);
  if (!round) throw new AppError("not_found", "Round not found.");
  return round;
}
