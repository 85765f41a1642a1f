import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes } from "../../db/schema";
import { AppError } from "../errors";
import { loadProjectCodes } from "./load-project-codes";

/** A few distinct colours for new codes, taken in turn. */
export const CODE_PALETTE = [
  "#1971c2",
  "#d9480f",
  "#2b8a3e",
  "#862e9c",
  "#0b7285",
  "#c2255c",
  "#5f3dc4",
  "#e67700",
  "#364fc7",
  "#5c940d",
] as const;

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
export const CODE_NAME_MAX = 120;
export const CODE_NOTE_MAX = 4000;

/** A code name, trimmed, on one line. */
export function cleanCodeName(name: string): string {
  const cleaned = name.replace(/\s+/g, " ").trim();
  if (!cleaned) throw new AppError("invalid_input", "Give the code a name.");
  if (cleaned.length > CODE_NAME_MAX)
    throw new AppError("invalid_input", `A code name can have at most ${CODE_NAME_MAX} characters.`);
  return cleaned;
}

export function cleanColour(colour: string): string {
  const trimmed = colour.trim();
  if (!HEX_COLOUR.test(trimmed)) throw new AppError("invalid_input", `"${colour}" is not a colour such as #1971c2.`);
  return trimmed.toLowerCase();
}

export function cleanNote(note: string, label: string): string {
  const trimmed = note.trim();
  if (trimmed.length > CODE_NOTE_MAX)
    throw new AppError("invalid_input", `The ${label} can have at most ${CODE_NOTE_MAX} characters.`);
  return trimmed;
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, "en-GB", { sensitivity: "accent" }) === 0;
}

/**
 * Code names are unique in a project (ignoring case): the codebook CSV names parents by name,
 * so two codes with one name could not survive an export and import.
 */
export function assertNameFree(db: Db, projectId: number, name: string, exceptId: number | null = null): void {
  const clash = db
    .select({ id: codes.id, name: codes.name })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .all()
    .find((code) => code.id !== exceptId && sameName(code.name, name));
  if (clash) throw new AppError("conflict", `There is already a code called "${clash.name}".`);
}

export interface CodeRow {
  id: number;
  parentId: number | null;
  name: string;
  position: number;
  archivedAt: Date | null;
}

export function requireCode(db: Db, projectId: number, codeId: number): CodeRow {
  const code = db
    .select({
      id: codes.id,
      parentId: codes.parentId,
      name: codes.name,
      position: codes.position,
      archivedAt: codes.archivedAt,
    })
    .from(codes)
    .where(and(eq(codes.id, codeId), eq(codes.projectId, projectId)))
    .get();
  if (!code) throw new AppError("not_found", "Code not found.");
  return code;
}

/** Every code of the project as the tree functions take them. */
export function treeItems(db: Db, projectId: number) {
  return loadProjectCodes(db, projectId).map(({ id, parentId, name, position, archivedAt }) => ({
    id,
    parentId,
    name,
    position,
    archived: archivedAt !== null,
  }));
}
