import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";

const COST = 11;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** A one-time password an admin hands over; the user must change it at first sign-in. */
export function generateOneTimePassword(): string {
  return randomBytes(12).toString("base64url");
}

export const MIN_PASSWORD_LENGTH = 10;
