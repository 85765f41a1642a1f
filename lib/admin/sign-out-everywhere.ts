import type { Db } from "../../db/client";
import type { User } from "../../db/schema";
import { endSessions } from "../accounts/end-sessions";
import { AppError } from "../errors";

/** A site admin ends every session of a user (a lost laptop, a leaver); returns the new session version. */
export function signOutEverywhere(db: Db, actor: User, userId: number): number {
  if (!actor.isAdmin) throw new AppError("forbidden", "Only a site admin can do this.");
  return endSessions(db, userId, "user.sign_out_everywhere", actor.id);
}
