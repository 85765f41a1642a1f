import { eq } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { getDb } from "@/db/client";
import { type User, users } from "@/db/schema";
import { authOptions } from "./auth-options";

/** The signed-in user, re-read from the database (a deleted user's token is worthless). */
export async function getSessionUser(): Promise<User | null> {
  const session = await getServerSession(authOptions);
  const id = Number((session?.user as { id?: string } | undefined)?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  return getDb().select().from(users).where(eq(users.id, id)).get() ?? null;
}
