import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, documents, segments, users, waves } from "../../db/schema";
import type { CodingViewer } from "../coding/coding-scope";
import { AppError } from "../errors";
import { loadCodeRows, withSubcodes } from "./code-rows";
import { retrievalConditions } from "./retrieval-conditions";
import type { Retrieval, RetrievalFilter, RetrievedSegment } from "./retrieval-types";
import { RETRIEVAL_PAGE_SIZE } from "./retrieval-types";
import { attachContext, attributeValues, keeps, unitContaining, unitsByDocument } from "./segment-context";

export * from "./retrieval-types";

/**
 * Every coding of a code (and, if asked, of its subcodes) with its segment, source, speaker or
 * respondent attributes, wave and coder, narrowed by the filters; counts per code follow the
 * filters. A handful of set-based queries: the codings, the units of their documents (offsets
 * only), the attributes of the speakers and respondents involved, then the page's context text.
 * @throws AppError "not_found" for a code outside the project.
 */
export function retrieveSegments(
  db: Db,
  projectId: number,
  filter: RetrievalFilter,
  options: { page?: number; pageSize?: number; all?: boolean; viewer?: CodingViewer } = {},
): Retrieval {
  const codeRows = loadCodeRows(db, projectId);
  const code = codeRows.find((row) => row.id === filter.codeId);
  if (!code) throw new AppError("not_found", "Code not found.");
  const codeIds = withSubcodes(codeRows, code.id, filter.includeSubcodes);
  const depthOf = (id: number): number => {
    let depth = 0;
    let current = codeRows.find((row) => row.id === id);
    while (current && current.id !== code.id) {
      depth++;
      current = codeRows.find((row) => row.id === current!.parentId);
    }
    return depth;
  };

  const conditions = retrievalConditions(db, projectId, filter, codeIds, options.viewer);
  const codingRows = db
    .select({
      codingId: codings.id,
      segmentId: segments.id,
      codeId: codes.id,
      codeName: codes.name,
      colour: codes.colour,
      documentId: documents.id,
      documentTitle: documents.title,
      documentKind: documents.kind,
      wave: waves.label,
      coderId: users.id,
      coderName: users.name,
      codedAt: codings.createdAt,
      start: segments.startOffset,
      end: segments.endOffset,
      text: segments.text,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .innerJoin(codes, eq(codes.id, codings.codeId))
    .innerJoin(users, eq(users.id, codings.coderId))
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(...conditions))
    .orderBy(
      asc(waves.label),
      asc(documents.title),
      asc(documents.id),
      asc(segments.startOffset),
      asc(segments.endOffset),
      asc(codings.id),
    )
    .all();

  const transcriptIds = [
    ...new Set(codingRows.filter((r) => r.documentKind === "transcript").map((r) => r.documentId)),
  ];
  const questionIds = [...new Set(codingRows.filter((r) => r.documentKind === "question").map((r) => r.documentId))];
  const units = unitsByDocument(db, transcriptIds, questionIds);
  const sources = codingRows.map((row) => unitContaining(units.get(row.documentId), row.start)?.source ?? null);
  const participantIds = new Set<number>();
  const respondentIds = new Set<number>();
  for (const source of sources) {
    if (source?.kind === "turn" && source.participantId !== null) participantIds.add(source.participantId);
    if (source?.kind === "answer") respondentIds.add(source.respondentId);
  }
  const values = attributeValues(db, projectId, [...participantIds], [...respondentIds]);

  const rows: RetrievedSegment[] = [];
  codingRows.forEach((row, index) => {
    const source = sources[index];
    const rowAttributes =
      (source?.kind === "turn" && source.participantId !== null
        ? values.participants.get(source.participantId)
        : source?.kind === "answer"
          ? values.respondents.get(source.respondentId)
          : undefined) ?? {};
    if (!keeps(filter.attributes, rowAttributes)) return;
    rows.push({ ...row, source, attributes: rowAttributes, context: null });
  });

  const perCode = new Map<number, number>();
  for (const row of rows) perCode.set(row.codeId, (perCode.get(row.codeId) ?? 0) + 1);
  const pageSize = options.all ? Math.max(1, rows.length) : (options.pageSize ?? RETRIEVAL_PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const pageRows = rows.slice((page - 1) * pageSize, page * pageSize);
  attachContext(db, pageRows);
  return {
    code: { id: code.id, name: code.name, colour: code.colour },
    rows: pageRows,
    total: rows.length,
    counts: codeIds.map((id) => ({
      codeId: id,
      name: codeRows.find((row) => row.id === id)!.name,
      depth: depthOf(id),
      count: perCode.get(id) ?? 0,
    })),
    page,
    pageCount,
    pageSize,
  };
}
