import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, QUOTE_STATUSES, type QuoteStatus, quotes, segments } from "../../db/schema";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";

export interface QuoteTheme {
  id: number;
  name: string;
  parentId: number | null;
  depth: number;
  archived: boolean;
  counts: Record<QuoteStatus, number>;
  /** Coded segments of this theme. */
  segments: number;
}

/** Every theme of the project in tree order, with its quotes counted by status. */
export function listQuoteThemes(db: Db, projectId: number, viewer: CodingViewer = null): QuoteTheme[] {
  const rows = db
    .select({
      id: codes.id,
      name: codes.name,
      parentId: codes.parentId,
      position: codes.position,
      archivedAt: codes.archivedAt,
    })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .orderBy(asc(codes.position), asc(codes.id))
    .all();
  const counts = db
    .select({ codeId: quotes.codeId, status: quotes.status, n: sql<number>`count(*)` })
    .from(quotes)
    .where(eq(quotes.projectId, projectId))
    .groupBy(quotes.codeId, quotes.status)
    .all();
  const segmentCounts = new Map(
    db
      .select({ codeId: codings.codeId, n: sql<number>`count(distinct ${codings.segmentId})` })
      .from(codings)
      .innerJoin(segments, eq(segments.id, codings.segmentId))
      .where(and(eq(codings.projectId, projectId), resolveCodingScope(db, projectId, viewer).counted))
      .groupBy(codings.codeId)
      .all()
      .map((row) => [row.codeId, row.n]),
  );
  const children = new Map<number | null, typeof rows>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  const ordered: QuoteTheme[] = [];
  const visit = (parentId: number | null, depth: number) => {
    for (const row of children.get(parentId) ?? []) {
      const byStatus = Object.fromEntries(QUOTE_STATUSES.map((status) => [status, 0])) as Record<QuoteStatus, number>;
      for (const count of counts) if (count.codeId === row.id) byStatus[count.status] = count.n;
      ordered.push({
        id: row.id,
        name: row.name,
        parentId: row.parentId,
        depth,
        archived: row.archivedAt !== null,
        counts: byStatus,
        segments: segmentCounts.get(row.id) ?? 0,
      });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
