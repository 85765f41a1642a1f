import { and, asc, eq, notExists, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codings, documents, quotes, segments } from "../../db/schema";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";

export interface ThemeSegment {
  segmentId: number;
  documentId: number;
  documentTitle: string;
  start: number;
  end: number;
  text: string;
  coders: number;
}

export const THEME_SEGMENTS_LIMIT = 100;

/**
 * Segments coded with the theme that are not yet quotes for it: what an author can propose from the
 * board, optionally only those containing `query` (case-insensitive for ASCII letters, as SQLite's LIKE).
 */
export function listThemeSegments(
  db: Db,
  projectId: number,
  codeId: number,
  options: { query?: string; limit?: number; viewer?: CodingViewer } = {},
): ThemeSegment[] {
  const query = options.query?.trim();
  const { counted } = resolveCodingScope(db, projectId, options.viewer ?? null);
  return db
    .select({
      segmentId: segments.id,
      documentId: documents.id,
      documentTitle: documents.title,
      start: segments.startOffset,
      end: segments.endOffset,
      text: segments.text,
      coders: sql<number>`count(distinct ${codings.coderId})`,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .where(
      and(
        eq(codings.projectId, projectId),
        eq(codings.codeId, codeId),
        counted,
        query ? sql`${segments.text} like ${`%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'` : undefined,
        notExists(
          db
            .select({ one: sql`1` })
            .from(quotes)
            .where(and(eq(quotes.segmentId, segments.id), eq(quotes.codeId, codeId))),
        ),
      ),
    )
    .groupBy(segments.id)
    .orderBy(asc(documents.title), asc(segments.startOffset))
    .limit(options.limit ?? THEME_SEGMENTS_LIMIT)
    .all();
}
