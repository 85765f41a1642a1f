import { and, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { codings } from "../../../db/schema";
import { type DocumentCoding, readDocumentCodings } from "../list-document-codings";

/** A coding as a live view is told of it: enough to draw it, with its code and coder named. */
export interface LiveCoding extends Omit<DocumentCoding, "createdAt"> {
  documentId: number;
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
  const condition = and(inArray(codings.id, ids.slice(0, 5000)), visible);
  return readDocumentCodings(db, projectId, documentId, condition).map((coding) => ({
    ...coding,
    documentId,
    createdAt: coding.createdAt.getTime(),
  }));
}
