import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { loginThrottles, type User, users } from "../../db/schema";
import { AppError } from "../errors";
import { verifyPassword } from "./passwords";

/** Failures allowed before each further failure locks the email for a growing time. */
export const FREE_FAILURES = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

// A fixed hash so unknown emails cost the same time as known ones.
const DUMMY_HASH = "$2b$11$aXFdjjtekObtLqJAsi4w9OoJBlQubnSlXfkTrf/qrqCqaD31TQXYS";

/**
 * Checks an email and password, throttling repeated failures per email.
 * Returns the user, or null for a wrong email or password (never saying which).
 */
export async function signIn(db: Db, emailInput: string, password: string, now = Date.now()): Promise<User | null> {
  const email = emailInput.trim().toLowerCase();
  const throttle = db.select().from(loginThrottles).where(eq(loginThrottles.email, email)).get();
  if (throttle?.lockedUntil && throttle.lockedUntil.getTime() > now) {
    throw new AppError("rate_limited", "Too many failed sign-ins. Wait a few minutes and try again.");
  }
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (user && valid) {
    db.delete(loginThrottles).where(eq(loginThrottles.email, email)).run();
    return user;
  }
  const failures = (throttle?.failures ?? 0) + 1;
  const lockedUntil =
    failures >= FREE_FAILURES
      ? new Date(now + Math.min(MAX_LOCK_MS, BASE_LOCK_MS * 2 ** (failures - FREE_FAILURES)))
      : null;
  db.insert(loginThrottles)
    .values({ email, failures, lastFailureAt: new Date(now), lockedUntil })
    .onConflictDoUpdate({ target: loginThrottles.email, set: { failures, lastFailureAt: new Date(now), lockedUntil } })
    .run();
  return null;
}
