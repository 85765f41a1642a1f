import { and, eq, isNull, max } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { assertNameFree, CODE_PALETTE, cleanCodeName, cleanColour, cleanNote, requireCode } from "./code-fields";

export interface NewCode {
  name: string;
  parentId?: number | null;
  /** `#rrggbb`; a palette colour when absent. */
  colour?: string | null;
  description?: string;
  inclusion?: string;
  exclusion?: string;
}

export function nextSiblingPosition(db: Db, projectId: number, parentId: number | null): number {
  const row = db
    .select({ last: max(codes.position) })
    .from(codes)
    .where(
      and(eq(codes.projectId, projectId), parentId === null ? isNull(codes.parentId) : eq(codes.parentId, parentId)),
    )
    .get();
  return row?.last === null || row?.last === undefined ? 0 : row.last + 1;
}

/** Adds a code at the end of its siblings (top level when no parent). */
export function createCode(
  db: Db,
  projectId: number,
  actorId: number,
  input: NewCode,
): { id: number; name: string; colour: string } {
  const name = cleanCodeName(input.name);
  return db.transaction(() => {
    const parentId = input.parentId ?? null;
    if (parentId !== null) {
      const parent = requireCode(db, projectId, parentId);
      if (parent.archivedAt)
        throw new AppError("invalid_input", `"${parent.name}" is archived; restore it before adding subcodes.`);
    }
    assertNameFree(db, projectId, name);
    const count = db.select({ id: codes.id }).from(codes).where(eq(codes.projectId, projectId)).all().length;
    const colour = input.colour ? cleanColour(input.colour) : CODE_PALETTE[count % CODE_PALETTE.length];
    const created = db
      .insert(codes)
      .values({
        projectId,
        parentId,
        name,
        colour,
        description: cleanNote(input.description ?? "", "description"),
        inclusion: cleanNote(input.inclusion ?? "", "inclusion note"),
        exclusion: cleanNote(input.exclusion ?? "", "exclusion note"),
        position: nextSiblingPosition(db, projectId, parentId),
      })
      .returning({ id: codes.id })
      .get();
    recordEvent(db, { projectId, actorId, action: "code.create", target: { type: "code", id: created.id } });
    return { id: created.id, name, colour };
  });
}
