import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { generateOneTimePassword, hashPassword, MIN_PASSWORD_LENGTH } from "./passwords";

export interface CreateUserInput {
  email: string;
  name?: string;
  isAdmin?: boolean;
  /** Given: the user keeps it. Absent: a one-time password is generated and must be changed. */
  password?: string;
  actorId?: number;
}

export interface CreatedUser {
  id: number;
  email: string;
  oneTimePassword: string | null;
}

export async function createUser(db: Db, input: CreateUserInput): Promise<CreatedUser> {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError("invalid_input", "Enter a valid email address.");
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) {
    throw new AppError("conflict", "A user with this email already exists.");
  }
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("invalid_input", `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const oneTimePassword = input.password === undefined ? generateOneTimePassword() : null;
  const passwordHash = await hashPassword(input.password ?? (oneTimePassword as string));
  const row = db
    .insert(users)
    .values({
      email,
      name: input.name?.trim() || email.split("@")[0],
      passwordHash,
      isAdmin: input.isAdmin ?? false,
      mustChangePassword: oneTimePassword !== null,
    })
    .returning({ id: users.id })
    .get();
  recordEvent(db, { actorId: input.actorId ?? null, action: "user.create", target: { type: "user", id: row.id } });
  return { id: row.id, email, oneTimePassword };
}
