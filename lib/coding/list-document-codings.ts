import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, segments, users } from "../../db/schema";

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

/** Every coding on one document, by any coder, in text order (the caller filters by coder). */
export function listDocumentCodings(db: Db, projectId: number, documentId: number): DocumentCoding[] {
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
    .where(and(eq(segments.projectId, projectId), eq(segments.documentId, documentId)))
    .orderBy(segments.startOffset, segments.endOffset, codings.id)
    .all();
}
