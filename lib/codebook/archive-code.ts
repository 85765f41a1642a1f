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
    const archived = db
      .update(codes)
      .set({ archivedAt: new Date() })
      .where(and(inArray(codes.id, ids), isNull(codes.archivedAt)))
      .returning({ id: codes.id })
      .all()
      .map((row) => row.id);
    recordEvent(db, {
      projectId,
      actorId,
      action: "code.archive",
      target: { type: "code", id: codeId },
      detail: { codes: archived },
    });
    return archived;
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
    const restored = db
      .update(codes)
      .set({ archivedAt: null })
      .where(and(eq(codes.projectId, projectId), inArray(codes.id, ids), isNotNull(codes.archivedAt)))
      .returning({ id: codes.id })
      .all()
      .map((row) => row.id);
    recordEvent(db, {
      projectId,
      actorId,
      action: "code.restore",
      target: { type: "code", id: codeId },
      detail: { codes: restored },
    });
    return restored;
  });
}
