import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";

export type EndSessionsReason = "user.sign_out" | "user.sign_out_other_sessions" | "user.sign_out_everywhere";

/**
 * Ends every session of a user at its next request: each session token carries the
 * users.session_version it was issued with, and one carrying an older version is refused.
 * Returns the new version (a session that should live on is given a token with it).
 */
export function endSessions(db: Db, userId: number, reason: EndSessionsReason, actorId: number = userId): number {
  return db.transaction(
    (tx) => {
      const row = tx
        .update(users)
        .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, userId))
        .returning({ sessionVersion: users.sessionVersion })
        .get();
      if (!row) throw new AppError("not_found", "No such user.");
      recordEvent(tx, { actorId, action: reason, target: { type: "user", id: userId } });
      return row.sessionVersion;
    },
    { behavior: "immediate" },
  );
}
