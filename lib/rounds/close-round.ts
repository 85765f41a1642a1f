import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rounds } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { assertMay, loadRound, type RoundActor } from "./round-access";

/** Closes a round (owner or lead). A blind round's coders then see each other's codings on its units. */
export function closeRound(db: Db, actor: RoundActor, input: { projectId: number; roundId: number }): void {
  assertMay(actor, "manage_rounds");
  const round = loadRound(db, input.projectId, input.roundId);
  if (round.status === "closed") throw new AppError("conflict", "This round is already closed.");
  db.transaction((tx) => {
    tx.update(rounds).set({ status: "closed", closedAt: new Date() }).where(eq(rounds.id, round.id)).run();
    recordEvent(tx, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: "round.close",
      target: { type: "round", id: round.id },
    });
  });
}
