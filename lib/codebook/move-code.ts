import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes } from "../../db/schema";
import { moveCode } from "../coding/code-tree";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { requireCode, treeItems } from "./code-fields";

/**
 * Moves a code (with its subcodes) under `parentId` (null: top level) at `index` among its new
 * siblings, renumbering both sibling lists.
 */
export function moveCodeInTree(
  db: Db,
  projectId: number,
  actorId: number,
  input: { codeId: number; parentId: number | null; index?: number },
): void {
  db.transaction(() => {
    const code = requireCode(db, projectId, input.codeId);
    if (input.parentId !== null) {
      const parent = requireCode(db, projectId, input.parentId);
      if (parent.archivedAt && !code.archivedAt) {
        throw new AppError("invalid_input", `"${parent.name}" is archived; restore it before moving codes into it.`);
      }
    }
    const placements = moveCode(treeItems(db, projectId), input.codeId, input.parentId, input.index);
    for (const placement of placements) {
      db.update(codes)
        .set({ parentId: placement.parentId, position: placement.position })
        .where(eq(codes.id, placement.id))
        .run();
    }
    recordEvent(db, {
      projectId,
      actorId,
      action: "code.move",
      target: { type: "code", id: input.codeId },
      detail: { parentId: input.parentId, index: input.index ?? null },
    });
  });
}
