import { and, countDistinct, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks, codes, codings, metrics, type Polarity, segments } from "../../db/schema";
import { buildTree, type CodeTreeNode } from "../coding/code-tree";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";
import { type CodeDescription, loadProjectCodes } from "./load-project-codes";

export interface CodebookMetricLink {
  metricKey: string;
  polarity: Polarity;
}

export interface CodebookCode extends CodeDescription {
  position: number;
  archived: boolean;
  /** 0 for a top-level code. */
  depth: number;
  /** Names from the top-level code down to this one. */
  path: string[];
  /** Codings of this code itself (not its subcodes), by every coder. */
  codingCount: number;
  /** Documents with at least one coding of this code. */
  documentCount: number;
  metricLinks: CodebookMetricLink[];
}

/** The project's codes in tree order (depth first, siblings in order), with counts and metric links. */
export function listCodebook(
  db: Db,
  projectId: number,
  options: { includeArchived?: boolean; counts?: boolean; viewer?: CodingViewer } = {},
): CodebookCode[] {
  const rows = loadProjectCodes(db, projectId);
  // The picker needs no counts, and counting every coding of a large project is the costly part.
  const counts = new Map(
    options.counts === false
      ? []
      : db
          .select({
            codeId: codings.codeId,
            codings: sql<number>`count(*)`,
            documents: countDistinct(segments.documentId),
          })
          .from(codings)
          .innerJoin(segments, eq(segments.id, codings.segmentId))
          .where(
            and(eq(codings.projectId, projectId), resolveCodingScope(db, projectId, options.viewer ?? null).visible),
          )
          .groupBy(codings.codeId)
          .all()
          .map((row) => [row.codeId, row]),
  );
  const links = new Map<number, CodebookMetricLink[]>();
  for (const link of db
    .select({ codeId: codeMetricLinks.codeId, metricKey: metrics.key, polarity: codeMetricLinks.polarity })
    .from(codeMetricLinks)
    .innerJoin(metrics, eq(metrics.id, codeMetricLinks.metricId))
    .innerJoin(codes, and(eq(codes.id, codeMetricLinks.codeId), eq(codes.projectId, projectId)))
    .orderBy(metrics.key)
    .all()) {
    links.set(link.codeId, [...(links.get(link.codeId) ?? []), { metricKey: link.metricKey, polarity: link.polarity }]);
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  const tree = buildTree(rows.map((row) => ({ ...row, archived: row.archivedAt !== null })));
  const result: CodebookCode[] = [];
  const visit = (nodes: CodeTreeNode[], depth: number, path: string[]) => {
    for (const node of nodes) {
      const row = byId.get(node.id)!;
      const archived = row.archivedAt !== null;
      if (archived && !options.includeArchived) continue;
      const count = counts.get(node.id);
      result.push({
        id: row.id,
        parentId: row.parentId,
        name: row.name,
        colour: row.colour,
        description: row.description,
        inclusion: row.inclusion,
        exclusion: row.exclusion,
        position: row.position,
        archived,
        depth,
        path: [...path, row.name],
        codingCount: count?.codings ?? 0,
        documentCount: count?.documents ?? 0,
        metricLinks: links.get(row.id) ?? [],
      });
      visit(node.children, depth + 1, [...path, row.name]);
    }
  };
  visit(tree, 0, []);
  return result;
}
