import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes } from "../../db/schema";
import { descendantIds } from "../coding/code-tree";

export interface CodeRow {
  id: number;
  parentId: number | null;
  name: string;
  colour: string;
  position: number;
  archivedAt: Date | null;
}

/** Every code of the project (archived ones too), as retrieval reads them. */
export function loadCodeRows(db: Db, projectId: number): CodeRow[] {
  return db
    .select({
      id: codes.id,
      parentId: codes.parentId,
      name: codes.name,
      colour: codes.colour,
      position: codes.position,
      archivedAt: codes.archivedAt,
    })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .all();
}

/** The code's id and, when `include`, the ids of every code below it in the tree. */
export function withSubcodes(rows: readonly CodeRow[], codeId: number, include: boolean | undefined): number[] {
  if (!include) return [codeId];
  return [
    codeId,
    ...descendantIds(
      rows.map((row) => ({ ...row, archived: row.archivedAt !== null })),
      codeId,
    ),
  ];
}
