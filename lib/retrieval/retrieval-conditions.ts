import { eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codings, segments, waves } from "../../db/schema";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";
import type { RetrievalFilter } from "./retrieval-types";

/**
 * The where clause both retrieval and code queries read codings with (codings joined to segments, their
 * documents and waves): these codes, the filter's documents, coders and waves, and the codings analysis
 * counts as this viewer may see them (blind rounds).
 */
export function retrievalConditions(
  db: Db,
  projectId: number,
  filter: RetrievalFilter,
  codeIds: readonly number[],
  viewer: CodingViewer | undefined,
): SQL[] {
  const conditions: SQL[] = [eq(codings.projectId, projectId), inArray(codings.codeId, [...codeIds])];
  if (filter.documentIds?.length) conditions.push(inArray(segments.documentId, [...filter.documentIds]));
  if (filter.coderIds?.length) conditions.push(inArray(codings.coderId, [...filter.coderIds]));
  if (filter.waves?.length) conditions.push(inArray(waves.label, [...filter.waves]));
  const { counted } = resolveCodingScope(db, projectId, viewer ?? null);
  if (counted) conditions.push(counted);
  return conditions;
}
