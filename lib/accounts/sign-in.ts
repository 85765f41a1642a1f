import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type User, users } from "../../db/schema";
import { verifyPassword } from "./passwords";
import { ACCOUNT_LIMIT, CLIENT_LIMIT, releaseSignInAttempt, reserveSignInAttempt } from "./sign-in-throttle";

/** Failures allowed before each further failure locks the email for a growing time. */
export const FREE_FAILURES = ACCOUNT_LIMIT.freeFailures;

// A fixed hash so unknown emails cost the same time as known ones.
const DUMMY_HASH = "$2b$11$aXFdjjtekObtLqJAsi4w9OoJBlQubnSlXfkTrf/qrqCqaD31TQXYS";

export interface SignInOptions {
  /** The client's key in login_throttles (clientThrottleKey); absent, only the email is throttled. */
  clientKey?: string;
  /** The password check; tests pass a counting one. */
  verify?: (password: string, hash: string) => Promise<boolean>;
}

/**
 * Checks an email and password, throttling repeated failures per email and per client.
 * Returns the user, or null for a wrong email or password (never saying which); throws
 * `rate_limited` without checking the password while the email or the client is locked.
 */
export async function signIn(
  db: Db,
  emailInput: string,
  password: string,
  now = Date.now(),
  options: SignInOptions = {},
): Promise<User | null> {
  const email = emailInput.trim().toLowerCase();
  // Note: throttle rows are keyed by email or "client:…"; only an email-shaped key may name an account's row.
  const accountKey = email.includes("@") ? email : null;
  const keys = [
    ...(accountKey ? [{ key: accountKey, limit: ACCOUNT_LIMIT }] : []),
    ...(options.clientKey ? [{ key: options.clientKey, limit: CLIENT_LIMIT }] : []),
  ];
  const reservations = reserveSignInAttempt(db, keys, now);
  const user = accountKey ? db.select().from(users).where(eq(users.email, accountKey)).get() : undefined;
  const valid = await (options.verify ?? verifyPassword)(password, user?.passwordHash ?? DUMMY_HASH);
  // Note: the consensus coder is an identity for adjudicated codings, never a person who signs in.
  if (!user || !valid || user.kind === "consensus") return null;
  releaseSignInAttempt(
    db,
    reservations.find((r) => r.key === accountKey),
    reservations.find((r) => r.key === options.clientKey),
  );
  return user;
}
