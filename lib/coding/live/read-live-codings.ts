import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { codes, codings, segments, users } from "../../../db/schema";

/** A coding as a live view is told of it: enough to draw it, with its code and coder named. */
export interface LiveCoding {
  id: number;
  segmentId: number;
  documentId: number;
  start: number;
  end: number;
  codeId: number;
  codeName: string;
  colour: string;
  coderId: number;
  coderName: string;
  createdAt: number;
}

/** The codings of one document among `ids` that still exist and `visible` allows, in text order. */
export function readLiveCodings(
  db: Db,
  projectId: number,
  documentId: number,
  ids: readonly number[],
  visible?: SQL,
): LiveCoding[] {
  if (ids.length === 0) return [];
  return db
    .select({
      id: codings.id,
      segmentId: segments.id,
      documentId: segments.documentId,
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
    .where(
      and(
        eq(codings.projectId, projectId),
        eq(segments.documentId, documentId),
        inArray(codings.id, ids.slice(0, 5000)),
        visible,
      ),
    )
    .orderBy(segments.startOffset, segments.endOffset, codings.id)
    .all()
    .map((row) => ({ ...row, createdAt: row.createdAt.getTime() }));
}
