import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, segments, users } from "../../db/schema";
import { type CodingViewer, resolveCodingScope } from "./coding-scope";
import { onDocument, TEXT_ORDER } from "./list-document-codings";
import { encodeRows, type PackedCodings, type PackedRow } from "./packed-codings";

/**
 * The codings of one document the viewer may see, packed for the coding view (same rows and order as
 * `listDocumentCodings`). Read as plain number rows with names looked up once per code and coder, since a long
 * transcript holds thousands of codings and this read is on the path of opening it.
 */
export function listPackedDocumentCodings(
  db: Db,
  projectId: number,
  documentId: number,
  viewer: CodingViewer,
): PackedCodings {
  const rows = db
    .select({
      id: codings.id,
      segmentId: segments.id,
      start: segments.startOffset,
      end: segments.endOffset,
      codeId: codings.codeId,
      coderId: codings.coderId,
      createdAt: codings.createdAt,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .where(onDocument(projectId, documentId, resolveCodingScope(db, projectId, viewer).visible))
    .orderBy(...TEXT_ORDER)
    .values() as PackedRow[];
  const codeIds = [...new Set(rows.map((row) => row[4]))];
  const coderIds = [...new Set(rows.map((row) => row[5]))];
  const packed: PackedCodings = { codes: {}, coders: {}, rows: encodeRows(rows) };
  if (codeIds.length > 0)
    for (const code of db
      .select({ id: codes.id, name: codes.name, colour: codes.colour })
      .from(codes)
      .where(and(eq(codes.projectId, projectId), inArray(codes.id, codeIds)))
      .all())
      packed.codes[code.id] = { name: code.name, colour: code.colour };
  if (coderIds.length > 0)
    for (const coder of db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, coderIds))
      .all())
      packed.coders[coder.id] = coder.name;
  return packed;
}
