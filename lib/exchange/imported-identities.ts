import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { users } from "../../db/schema";

/** Unusable as a bcrypt hash, so a coder brought in from another tool can never sign in. */
export const IMPORTED_USER_PASSWORD_HASH = "!imported: no sign-in";

/**
 * The coder a REFI user becomes: an identity without a login named "imported from NVivo: Jane",
 * found again by the user's GUID when the same file's coders come in twice.
 */
export function ensureImportedUser(db: Db, guid: string, name: string, tool: string): number {
  const email = `refi-${guid.replace(/[^0-9a-z-]/gi, "").toLowerCase() || "coder"}@imported.invalid`;
  const existing = db
    .select({ id: users.id, importedFrom: users.importedFrom })
    .from(users)
    .where(eq(users.email, email))
    .get();
  if (existing?.importedFrom) return existing.id;
  return db
    .insert(users)
    .values({
      email: existing ? `refi-${guid}-${Date.now()}@imported.invalid` : email,
      name: `imported from ${tool}: ${name}`.slice(0, 200),
      passwordHash: IMPORTED_USER_PASSWORD_HASH,
      importedFrom: tool,
    })
    .returning({ id: users.id })
    .get().id;
}
