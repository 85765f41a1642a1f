import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";

/** No password hashes to this: the consensus coder can never sign in (sign-in also refuses its kind). */
export const CONSENSUS_PASSWORD_HASH = "!consensus: no sign-in";
export const CONSENSUS_EMAIL = "consensus@quoteline.invalid";

/** The installation's one consensus coder (users.kind = 'consensus'), created on first need. */
export function ensureConsensusCoder(db: Db): number {
  const existing = db.select({ id: users.id }).from(users).where(eq(users.kind, "consensus")).get();
  if (existing) return existing.id;
  return db
    .insert(users)
    .values({ email: CONSENSUS_EMAIL, name: "Consensus", passwordHash: CONSENSUS_PASSWORD_HASH, kind: "consensus" })
    .returning({ id: users.id })
    .get().id;
}
