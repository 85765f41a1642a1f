import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeKeys, codes } from "../../db/schema";
import { listCodebook } from "./list-codebook";

/** One of a coder's pinned codes: digit `key` (1–9) applies `codeId` on every coding page. */
export interface CodeKey {
  key: number;
  codeId: number;
}

/** Keys a coder starts with, before pinning anything: the codebook's first nine active codes, in tree order. */
export function defaultCodeKeys(db: Db, projectId: number): CodeKey[] {
  return listCodebook(db, projectId, { counts: false })
    .slice(0, 9)
    .map((code, index) => ({ key: index + 1, codeId: code.id }));
}

function hasPinned(db: Db, projectId: number, userId: number): boolean {
  return (
    db
      .select({ key: codeKeys.key })
      .from(codeKeys)
      .where(and(eq(codeKeys.projectId, projectId), eq(codeKeys.userId, userId)))
      .limit(1)
      .get() !== undefined
  );
}

/** Stores the default keys for a coder who has pinned nothing yet, so a first pin changes one key, not all nine. */
export function keepDefaultKeys(db: Db, projectId: number, userId: number): void {
  if (hasPinned(db, projectId, userId)) return;
  const defaults = defaultCodeKeys(db, projectId);
  if (defaults.length > 0)
    db.insert(codeKeys)
      .values(defaults.map((entry) => ({ ...entry, projectId, userId })))
      .run();
}

/**
 * The coder's pinned codes in this project, by key (the default keys until they pin one). An archived
 * code keeps its row (restoring it brings its key back) but holds no key meanwhile; a deleted or
 * merged-away code's row goes with it.
 */
export function listCodeKeys(db: Db, projectId: number, userId: number): CodeKey[] {
  if (!hasPinned(db, projectId, userId)) return defaultCodeKeys(db, projectId);
  return db
    .select({ key: codeKeys.key, codeId: codeKeys.codeId })
    .from(codeKeys)
    .innerJoin(codes, eq(codes.id, codeKeys.codeId))
    .where(and(eq(codeKeys.projectId, projectId), eq(codeKeys.userId, userId), isNull(codes.archivedAt)))
    .orderBy(asc(codeKeys.key))
    .all();
}
