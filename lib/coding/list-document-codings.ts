import { and, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, segments, users } from "../../db/schema";
import { type CodingViewer, resolveCodingScope } from "./coding-scope";

export interface DocumentCoding {
  id: number;
  segmentId: number;
  start: number;
  end: number;
  codeId: number;
  codeName: string;
  colour: string;
  coderId: number;
  coderName: string;
  createdAt: Date;
}

/**
 * Every coding on one document the viewer may see (in a blind round, only their own on its units), by
 * any coder, in text order (the caller filters by coder).
 */
export function listDocumentCodings(
  db: Db,
  projectId: number,
  documentId: number,
  viewer: CodingViewer = null,
): DocumentCoding[] {
  return readDocumentCodings(db, projectId, documentId, resolveCodingScope(db, projectId, viewer).visible);
}

/** Codings joined to segments, on one document of the project, that `condition` keeps. */
export function onDocument(projectId: number, documentId: number, condition: SQL | undefined): SQL | undefined {
  return and(eq(segments.projectId, projectId), eq(segments.documentId, documentId), condition);
}

/** Text order: by segment start, then end, then coding id. */
export const TEXT_ORDER = [segments.startOffset, segments.endOffset, codings.id] as const;

/** The codings on one document that `condition` (over codings and segments) keeps, in text order. */
export function readDocumentCodings(
  db: Db,
  projectId: number,
  documentId: number,
  condition: SQL | undefined,
): DocumentCoding[] {
  return db
    .select({
      id: codings.id,
      segmentId: segments.id,
      start: segments.startOffset,
      end: segments.endOffset,
      codeId: codes.id,
      codeName: codes.name,
      colour: codes.colour,
      coderId: users.id,
      coderName: users.name,
      createdAt: codings.createdAt,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .innerJoin(codes, eq(codes.id, codings.codeId))
    .innerJoin(users, eq(users.id, codings.coderId))
    .where(onDocument(projectId, documentId, condition))
    .orderBy(...TEXT_ORDER)
    .all();
}
