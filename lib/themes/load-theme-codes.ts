import type { Db } from "../../db/client";
import { type CodeDescription, loadProjectCodes } from "../codebook/load-project-codes";
import { buildTree, type CodeTreeNode } from "../coding/code-tree";

export interface ThemeCode extends CodeDescription {
  archived: boolean;
  /** 0 for a top-level code. */
  depth: number;
  /** This code and every code below it: a theme counts its sub-codes' codings as its own. */
  themeCodeIds: number[];
}

/** The project's codes in tree order (depth first, siblings in order), each with its sub-tree's ids. */
export function loadThemeCodes(db: Db, projectId: number): ThemeCode[] {
  const rows = loadProjectCodes(db, projectId);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const result: ThemeCode[] = [];
  const visit = (nodes: CodeTreeNode[], depth: number): number[] => {
    const ids: number[] = [];
    for (const node of nodes) {
      const row = byId.get(node.id)!;
      const code: ThemeCode = {
        id: row.id,
        parentId: row.parentId,
        name: row.name,
        colour: row.colour,
        description: row.description,
        inclusion: row.inclusion,
        exclusion: row.exclusion,
        archived: row.archivedAt !== null,
        depth,
        themeCodeIds: [row.id],
      };
      result.push(code);
      const below = visit(node.children, depth + 1);
      code.themeCodeIds.push(...below);
      ids.push(row.id, ...below);
    }
    return ids;
  };
  visit(buildTree(rows.map((row) => ({ ...row, archived: row.archivedAt !== null }))), 0);
  return result;
}
