import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { loginThrottles } from "../../db/schema";
import { AppError } from "../errors";

export interface ThrottleLimit {
  /** Attempts allowed before each further one locks the key for a growing time. */
  freeFailures: number;
  /** The lock set by the attempt that reaches freeFailures; each further attempt doubles it. */
  baseLockMs: number;
  maxLockMs: number;
  /** A key with no attempt for this long starts again from zero. */
  forgetAfterMs: number;
}

/** One email: 5 failures, then 30 s, 1 min, 2 min … up to 15 min between attempts. */
export const ACCOUNT_LIMIT: ThrottleLimit = {
  freeFailures: 5,
  baseLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
};

/** One client across every email it tries: 30 failures, then 1 min, 2 min … up to 30 min. */
export const CLIENT_LIMIT: ThrottleLimit = {
  freeFailures: 30,
  baseLockMs: 60_000,
  maxLockMs: 30 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

export interface ThrottleKey {
  key: string;
  limit: ThrottleLimit;
}

/** What a reservation set, so that a successful sign-in can give it back. */
export interface Reservation {
  key: string;
  lockedUntil: number | null;
}

export function lockDuration(attempts: number, limit: ThrottleLimit): number {
  return Math.min(limit.maxLockMs, limit.baseLockMs * 2 ** (attempts - limit.freeFailures));
}

/**
 * Counts one attempt against every key before the password is checked, in one immediate
 * transaction: parallel attempts (threads, processes) each see the count the previous one left,
 * so no more than `freeFailures` passwords are ever checked before the lock. A key that is
 * locked refuses the attempt, and nothing is counted.
 * Note: an attempt counts as a failure until its success gives it back (releaseSignInAttempt).
 */
export function reserveSignInAttempt(db: Db, keys: ThrottleKey[], now: number): Reservation[] {
  return db.$client
    .transaction(() => {
      const rows = keys.map(({ key, limit }) => ({
        key,
        limit,
        row: db.select().from(loginThrottles).where(eq(loginThrottles.email, key)).get(),
      }));
      if (rows.some(({ row }) => row?.lockedUntil && row.lockedUntil.getTime() > now)) {
        throw new AppError("rate_limited", "Too many failed sign-ins. Wait a few minutes and try again.");
      }
      return rows.map(({ key, limit, row }) => {
        const forgotten = !row || row.lastFailureAt.getTime() < now - limit.forgetAfterMs;
        const attempts = (forgotten ? 0 : row.failures) + 1;
        const lockedUntil = attempts >= limit.freeFailures ? now + lockDuration(attempts, limit) : null;
        const values = {
          failures: attempts,
          lastFailureAt: new Date(now),
          lockedUntil: lockedUntil === null ? null : new Date(lockedUntil),
        };
        db.insert(loginThrottles)
          .values({ email: key, ...values })
          .onConflictDoUpdate({ target: loginThrottles.email, set: values })
          .run();
        return { key, lockedUntil };
      });
    })
    .immediate();
}

/**
 * A successful sign-in: the account starts again from zero; the client gets back the one attempt
 * it reserved (and the lock that attempt set), so successes never count against an address.
 */
export function releaseSignInAttempt(db: Db, account: Reservation | undefined, client: Reservation | undefined): void {
  db.$client
    .transaction(() => {
      if (account) db.delete(loginThrottles).where(eq(loginThrottles.email, account.key)).run();
      if (client) {
        db.update(loginThrottles)
          .set({
            failures: sql`max(0, ${loginThrottles.failures} - 1)`,
            lockedUntil: sql`case when ${loginThrottles.lockedUntil} = ${client.lockedUntil} then null else ${loginThrottles.lockedUntil} end`,
          })
          .where(eq(loginThrottles.email, client.key))
          .run();
      }
    })
    .immediate();
}
