import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes } from "../../db/schema";

/** A code as stored: what the codebook, the themes and the exchange read of it. */
export interface StoredCode {
  id: number;
  parentId: number | null;
  name: string;
  colour: string;
  description: string;
  inclusion: string;
  exclusion: string;
  position: number;
  archivedAt: Date | null;
}

/** The fields a code is described by, without its place in the tree or its archiving. */
export type CodeDescription = Omit<StoredCode, "position" | "archivedAt">;

/** The project's codes as stored, in no particular order (`buildTree` puts them in tree order). */
export function loadProjectCodes(db: Db, projectId: number): StoredCode[] {
  return db
    .select({
      id: codes.id,
      parentId: codes.parentId,
      name: codes.name,
      colour: codes.colour,
      description: codes.description,
      inclusion: codes.inclusion,
      exclusion: codes.exclusion,
      position: codes.position,
      archivedAt: codes.archivedAt,
    })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .all();
}
