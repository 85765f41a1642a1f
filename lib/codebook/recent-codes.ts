import { and, desc, eq, isNull, max } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings } from "../../db/schema";

/** The active codes this coder applied most recently, newest first: the picker lists them first. */
export function listRecentCodeIds(db: Db, projectId: number, coderId: number, limit = 9): number[] {
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
