import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes } from "../../db/schema";
import { descendantIds } from "../coding/code-tree";
import { recordEvent } from "../events/record-event";
import { requireCode, treeItems } from "./code-fields";

/**
 * Archives a code and its subcodes: they leave the picker and the exported codebook, while
 * their codings stay (and still count). Returns the ids archived now.
 */
export function archiveCode(db: Db, projectId: number, actorId: number, codeId: number): number[] {
  return db.transaction(() => {
    requireCode(db, projectId, codeId);
    const ids = [codeId, ...descendantIds(treeItems(db, projectId), codeId)];
    return setArchived(db, { projectId, actorId, codeId, ids, archive: true });
  });
}

/** Restores a code with its subcodes, and any archived parent above it so it is reachable again. */
export function restoreCode(db: Db, projectId: number, actorId: number, codeId: number): number[] {
  return db.transaction(() => {
    requireCode(db, projectId, codeId);
    const items = treeItems(db, projectId);
    const ancestors: number[] = [];
    let parentId = items.find((item) => item.id === codeId)!.parentId;
    while (parentId !== null) {
      ancestors.push(parentId);
      parentId = items.find((item) => item.id === parentId)!.parentId;
    }
    const ids = [codeId, ...descendantIds(items, codeId), ...ancestors];
    return setArchived(db, { projectId, actorId, codeId, ids, archive: false });
  });
}

/** Archives (or restores) those of `ids` that are not so yet, logged against `codeId`; returns the ids changed. */
function setArchived(
  db: Db,
  change: { projectId: number; actorId: number; codeId: number; ids: number[]; archive: boolean },
): number[] {
  const { projectId, actorId, codeId, ids, archive } = change;
  const changed = db
    .update(codes)
    .set({ archivedAt: archive ? new Date() : null })
    .where(
      and(
        eq(codes.projectId, projectId),
        inArray(codes.id, ids),
        archive ? isNull(codes.archivedAt) : isNotNull(codes.archivedAt),
      ),
    )
    .returning({ id: codes.id })
    .all()
    .map((row) => row.id);
  recordEvent(db, {
    projectId,
    actorId,
    action: archive ? "code.archive" : "code.restore",
    target: { type: "code", id: codeId },
    detail: { codes: changed },
  });
  return changed;
}
