import { loadProjectCodes, type StoredCode } from "../codebook/load-project-codes";
import { descendantIds } from "../coding/code-tree";

export type CodeRow = Pick<StoredCode, "id" | "parentId" | "name" | "colour" | "position" | "archivedAt">;

/** Every code of the project (archived ones too), as retrieval reads them. */
export const loadCodeRows: (db: Parameters<typeof loadProjectCodes>[0], projectId: number) => CodeRow[] =
  loadProjectCodes;

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
