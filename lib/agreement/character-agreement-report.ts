import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, documents, segments } from "../../db/schema";
import { AppError } from "../errors";
import { type CharacterFigures, characterAgreement, figuresFromCounts, type Span } from "./character-agreement";

export interface CharacterRow extends CharacterFigures {
  documentId: number;
  documentTitle: string;
  codeId: number;
  codeName: string;
  firstCoderId: number;
  secondCoderId: number;
}

export interface CharacterReport {
  /** Per code × document × pair of coders, where either coder of the pair applied the code. */
  rows: CharacterRow[];
  /** Per code × pair of coders, the counts summed over the rows above (documents where either applied the code). */
  perCode: Omit<CharacterRow, "documentId" | "documentTitle">[];
}

export interface CharacterInput {
  coderIds: number[];
  documentIds?: number[];
  codeIds?: number[];
}

/**
 * Character-level agreement for each pair of the coders, per code and document (NVivo's coding
 * comparison), over the documents both coders of a pair coded something in.
 */
export function getCharacterAgreement(db: Db, projectId: number, input: CharacterInput): CharacterReport {
  const coderIds = [...new Set(input.coderIds)];
  if (coderIds.length < 2) throw new AppError("invalid_input", "Agreement needs two or more coders.");
  const filters = [eq(codings.projectId, projectId), inArray(codings.coderId, coderIds)];
  if (input.documentIds) filters.push(inArray(segments.documentId, input.documentIds));
  if (input.codeIds) filters.push(inArray(codings.codeId, input.codeIds));
  const rows = db
    .select({
      codeId: codings.codeId,
      coderId: codings.coderId,
      documentId: segments.documentId,
      start: segments.startOffset,
      end: segments.endOffset,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .where(and(...filters))
    .all();
  // document → code → coder → spans, and document → coders who coded anything there
  const spans = new Map<number, Map<number, Map<number, Span[]>>>();
  const worked = new Map<number, Set<number>>();
  for (const row of rows) {
    const byCode = spans.get(row.documentId) ?? new Map<number, Map<number, Span[]>>();
    spans.set(row.documentId, byCode);
    const byCoder = byCode.get(row.codeId) ?? new Map<number, Span[]>();
    byCode.set(row.codeId, byCoder);
    const list = byCoder.get(row.coderId) ?? [];
    byCoder.set(row.coderId, list);
    list.push({ start: row.start, end: row.end });
    const coders = worked.get(row.documentId) ?? new Set<number>();
    worked.set(row.documentId, coders);
    coders.add(row.coderId);
  }
  const documentIds = [...spans.keys()];
  const documentRows =
    documentIds.length === 0
      ? []
      : db
          .select({ id: documents.id, title: documents.title, length: documents.textLength })
          .from(documents)
          .where(and(eq(documents.projectId, projectId), inArray(documents.id, documentIds)))
          .all();
  const codeNames = new Map(
    db
      .select({ id: codes.id, name: codes.name })
      .from(codes)
      .where(eq(codes.projectId, projectId))
      .all()
      .map((code) => [code.id, code.name]),
  );
  const result: CharacterRow[] = [];
  const totals = new Map<string, { codeId: number; pair: [number, number]; counts: number[] }>();
  for (const document of documentRows.sort((left, right) => left.title.localeCompare(right.title))) {
    const coders = worked.get(document.id)!;
    const byCode = spans.get(document.id)!;
    for (let i = 0; i < coderIds.length; i++) {
      for (let j = i + 1; j < coderIds.length; j++) {
        const [first, second] = [coderIds[i], coderIds[j]];
        if (!coders.has(first) || !coders.has(second)) continue;
        for (const [codeId, byCoder] of byCode) {
          const figures = characterAgreement(document.length, byCoder.get(first) ?? [], byCoder.get(second) ?? []);
          if (figures.coded === 0) continue;
          result.push({
            documentId: document.id,
            documentTitle: document.title,
            codeId,
            codeName: codeNames.get(codeId) ?? String(codeId),
            firstCoderId: first,
            secondCoderId: second,
            ...figures,
          });
          const key = `${codeId}:${first}:${second}`;
          const total = totals.get(key) ?? { codeId, pair: [first, second], counts: [0, 0, 0, 0] };
          totals.set(key, total);
          total.counts[0] += figures.characters;
          total.counts[1] += figures.both + figures.firstOnly;
          total.counts[2] += figures.both + figures.secondOnly;
          total.counts[3] += figures.both;
        }
      }
    }
  }
  const perCode = [...totals.values()]
    .map(({ codeId, pair, counts }) => ({
      codeId,
      codeName: codeNames.get(codeId) ?? String(codeId),
      firstCoderId: pair[0],
      secondCoderId: pair[1],
      ...figuresFromCounts(counts[0], counts[1], counts[2], counts[3]),
    }))
    .sort((left, right) => left.codeName.localeCompare(right.codeName) || left.firstCoderId - right.firstCoderId);
  result.sort((left, right) => left.codeName.localeCompare(right.codeName) || left.documentId - right.documentId);
  return { rows: result, perCode };
}
