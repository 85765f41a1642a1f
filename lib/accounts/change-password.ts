import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { events, users } from "../../db/schema";
import { AppError } from "../errors";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./passwords";

export async function changePassword(
  db: Db,
  userId: number,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw new AppError("unauthorized", "Sign in again.");
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    throw new AppError("invalid_input", "The current password is not right.");
  }
  if (newPassword.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("invalid_input", `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (newPassword === currentPassword)
    throw new AppError("invalid_input", "Choose a password different from the current one.");
  db.update(users)
    .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false })
    .where(eq(users.id, userId))
    .run();
  db.insert(events).values({ userId, action: "user.change_password", targetType: "user", targetId: userId }).run();
}
