import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeKeys, codes } from "../../db/schema";

/** One of a coder's pinned codes: digit `key` (1–9) applies `codeId` on every coding page. */
export interface CodeKey {
  key: number;
  codeId: number;
}

export const CODE_KEY_DIGITS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * The coder's pinned codes in this project, by key. An archived code keeps its row (restoring it
 * brings its key back) but holds no key meanwhile; a deleted or merged-away code's row goes with it.
 */
export function listCodeKeys(db: Db, projectId: number, userId: number): CodeKey[] {
  return db
    .select({ key: codeKeys.key, codeId: codeKeys.codeId })
    .from(codeKeys)
    .innerJoin(codes, eq(codes.id, codeKeys.codeId))
    .where(and(eq(codeKeys.projectId, projectId), eq(codeKeys.userId, userId), isNull(codes.archivedAt)))
    .orderBy(asc(codeKeys.key))
    .all();
}
