import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords";
import { ACCOUNT_LIMIT, releaseSignInAttempt, reserveSignInAttempt } from "./sign-in-throttle";

/**
 * Changes a user's password and ends every session they have (a stolen cookie dies with the old
 * password). Returns the new session version: the session that made the change is given a token with it.
 */
export async function changePassword(
  db: Db,
  userId: number,
  currentPassword: string,
  newPassword: string,
): Promise<number> {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new AppError("unauthorized", "Sign in again.");
  // Note: guesses at the current password from a signed-in session count like failed sign-ins.
  const [reservation] = reserveSignInAttempt(db, [{ key: user.email, limit: ACCOUNT_LIMIT }], Date.now());
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("invalid_input", "The current password is not right.");
  }
  releaseSignInAttempt(db, reservation, undefined);
  if (newPassword.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("invalid_input", `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (newPassword === currentPassword)
    throw new AppError("invalid_input", "Choose a password different from the current one.");
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(
    (tx) => {
      const row = tx
        .update(users)
        .set({ passwordHash, mustChangePassword: false, sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, userId))
        .returning({ sessionVersion: users.sessionVersion })
        .get();
      if (!row) throw new AppError("unauthorized", "Sign in again.");
      recordEvent(tx, { actorId: userId, action: "user.change_password", target: { type: "user", id: userId } });
      return row.sessionVersion;
    },
    { behavior: "immediate" },
  );
}
