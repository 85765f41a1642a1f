import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { participants } from "../../db/schema";

/** The project's participant of that name (a transcript's speaker, a REFI case), created if new. */
export function ensureParticipant(db: Db, projectId: number, name: string, waveId: number | null = null): number {
  const existing = db
    .select({ id: participants.id })
    .from(participants)
    .where(and(eq(participants.projectId, projectId), eq(participants.name, name)))
    .get();
  if (existing) return existing.id;
  return db.insert(participants).values({ projectId, name, waveId }).returning({ id: participants.id }).get().id;
}
