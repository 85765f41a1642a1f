import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type User, users } from "../../db/schema";

/**
 * The user a session token names, re-read from the database, or null when the token is stale:
 * the user is gone, or their sessions were ended (sign-out, a password change, "sign out
 * everywhere") after the token was issued with its session version.
 */
export function currentSessionUser(db: Db, userId: unknown, sessionVersion: unknown): User | null {
  const id = Number(userId);
  if (!Number.isInteger(id) || id <= 0 || typeof sessionVersion !== "number") return null;
  const user = db.select().from(users).where(eq(users.id, id)).get();
  return user && user.kind !== "consensus" && user.sessionVersion === sessionVersion ? user : null;
}
