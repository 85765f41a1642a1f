import { and, desc, eq, isNull, max } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings } from "../../db/schema";

const RECENT_WINDOW = 500;

/** The active codes this coder applied most recently, newest first: the picker lists them first. */
export function listRecentCodeIds(db: Db, projectId: number, coderId: number, limit = 9): number[] {
  // The coder's latest codings usually name enough codes: read those from the end of the ids rather than
  // grouping every coding they ever made (a quarter of a million after auto-coding).
  const latest = db
    .select({ codeId: codings.codeId })
    .from(codings)
    .innerJoin(codes, eq(codes.id, codings.codeId))
    .where(and(eq(codings.projectId, projectId), eq(codings.coderId, coderId), isNull(codes.archivedAt)))
    .orderBy(desc(codings.id))
    .limit(RECENT_WINDOW)
    .all();
  const recent = [...new Set(latest.map((row) => row.codeId))];
  if (recent.length >= limit || latest.length < RECENT_WINDOW) return recent.slice(0, limit);
  return db
    .select({ codeId: codings.codeId, last: max(codings.id) })
    .from(codings)
    .innerJoin(codes, eq(codes.id, codings.codeId))
    .where(and(eq(codings.projectId, projectId), eq(codings.coderId, coderId), isNull(codes.archivedAt)))
    .groupBy(codings.codeId)
    .orderBy(desc(max(codings.id)))
    .limit(limit)
    .all()
    .map((row) => row.codeId);
}
