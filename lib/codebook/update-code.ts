import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes } from "../../db/schema";
import { recordEvent } from "../events/record-event";
import type { ProjectActor } from "../projects/project-actor";
import { assertNameFree, cleanCodeName, cleanColour, cleanNote, requireCode } from "./code-fields";

export interface CodeChanges {
  name?: string;
  colour?: string;
  description?: string;
  inclusion?: string;
  exclusion?: string;
}

/** Renames, recolours or rewrites the notes of a code; fields left out stay as they are. */
export function updateCode(db: Db, actor: ProjectActor, input: CodeChanges & { codeId: number }): void {
  const { projectId, userId: actorId } = actor;
  const { codeId, ...changes } = input;
  db.transaction(() => {
    requireCode(db, projectId, codeId);
    const set: Partial<typeof codes.$inferInsert> = {};
    if (changes.name !== undefined) {
      set.name = cleanCodeName(changes.name);
      assertNameFree(db, projectId, set.name, codeId);
    }
    if (changes.colour !== undefined) set.colour = cleanColour(changes.colour);
    if (changes.description !== undefined) set.description = cleanNote(changes.description, "description");
    if (changes.inclusion !== undefined) set.inclusion = cleanNote(changes.inclusion, "inclusion note");
    if (changes.exclusion !== undefined) set.exclusion = cleanNote(changes.exclusion, "exclusion note");
    if (Object.keys(set).length === 0) return;
    db.update(codes).set(set).where(eq(codes.id, codeId)).run();
    recordEvent(db, {
      projectId,
      actorId,
      action: "code.update",
      target: { type: "code", id: codeId },
      detail: { fields: Object.keys(set) },
    });
  });
}
