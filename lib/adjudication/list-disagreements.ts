import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adjudications, codings, documents, segments } from "../../db/schema";
import { mergeSpans, type Span } from "../agreement/character-agreement";
import { loadAnalysisFrame } from "../analysis-frame/analysis-frame";
import type { ProjectActor } from "../projects/project-actor";
import { codeSpans } from "./code-spans";

export type AgreementUnitType = "answer" | "turn";

export interface Disagreement {
  unitType: AgreementUnitType;
  unitId: number;
  documentId: number;
  documentTitle: string;
  /** The unit's span in the document (UTF-16 offsets, end exclusive) and its text. */
  start: number;
  end: number;
  text: string;
  /** "presence": some coders applied the code here and some did not; "span": all did, on different text. */
  kind: "presence" | "span";
  /** Per compared coder, their segments of the code in this unit, clipped to it, relative to its start. */
  versions: { coderId: number; spans: Span[] }[];
  decision: { decision: string; chosenCoderId: number | null; decidedAt: Date } | null;
}

export interface DisagreementInput {
  codeId: number;
  coderIds: number[];
  documentIds?: number[];
  /** Limit answers to these (a round of sampled answers); transcripts' turns are not limited. */
  answerIds?: number[];
}

const sameSpans = (left: Span[], right: Span[]) =>
  left.length === right.length &&
  left.every((span, index) => span.start === right[index].start && span.end === right[index].end);

/**
 * The units (answers or turns) where the coders differ on one code: in documents at least two of them
 * coded something in, some applied it and some did not, or all did on different text.
 */
export function listDisagreements(db: Db, actor: ProjectActor, input: DisagreementInput): Disagreement[] {
  const { projectId } = actor;
  const coderIds = [...new Set(input.coderIds)];
  const documentFilter = input.documentIds ? [inArray(segments.documentId, input.documentIds)] : [];
  const worked = new Map<number, Set<number>>();
  for (const row of db
    .selectDistinct({ documentId: segments.documentId, coderId: codings.coderId })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .where(and(eq(codings.projectId, projectId), inArray(codings.coderId, coderIds), ...documentFilter))
    .all()) {
    const coders = worked.get(row.documentId) ?? new Set<number>();
    worked.set(row.documentId, coders);
    coders.add(row.coderId);
  }
  const compared = [...worked].filter(([, coders]) => coders.size >= 2).map(([documentId]) => documentId);
  if (compared.length === 0) return [];
  const spans = new Map<number, Map<number, Span[]>>(); // document → coder → spans of the code
  for (const row of codeSpans(db, { projectId, codeId: input.codeId, coderIds, documentIds: compared })) {
    const byCoder = spans.get(row.documentId) ?? new Map<number, Span[]>();
    spans.set(row.documentId, byCoder);
    byCoder.set(row.coderId, [...(byCoder.get(row.coderId) ?? []), { start: row.start, end: row.end }]);
  }
  const decided = new Map(
    db
      .select()
      .from(adjudications)
      .where(and(eq(adjudications.projectId, projectId), eq(adjudications.codeId, input.codeId)))
      .all()
      .map((row) => [`${row.unitType}:${row.unitId}`, row]),
  );
  const documentRows = db
    .select({ id: documents.id, title: documents.title, text: documents.text })
    .from(documents)
    .where(and(eq(documents.projectId, projectId), inArray(documents.id, [...spans.keys()])))
    .all()
    .sort((left, right) => left.title.localeCompare(right.title) || left.id - right.id);
  const frame = loadAnalysisFrame(db, projectId);
  const answerFilter = input.answerIds ? new Set(input.answerIds) : null;
  const result: Disagreement[] = [];
  for (const document of documentRows) {
    const frameDocument = frame.documents.get(document.id);
    if (!frameDocument) continue;
    const coders = coderIds.filter((id) => worked.get(document.id)!.has(id));
    const byCoder = spans.get(document.id)!;
    frameDocument.units.forEach((unit, index) => {
      const isTurn = frame.unitIsTurn[unit] === 1;
      const unitId = frame.unitId[unit];
      if (!isTurn && answerFilter && !answerFilter.has(unitId)) return;
      const start = frameDocument.starts[index];
      const end = frameDocument.ends[index];
      const versions = coders.map((coderId) => ({
        coderId,
        spans: mergeSpans(
          (byCoder.get(coderId) ?? [])
            .filter((span) => span.start < end && span.end > start)
            .map((span) => ({ start: span.start - start, end: span.end - start })),
          end - start,
        ),
      }));
      const present = versions.filter((version) => version.spans.length > 0).length;
      if (present === 0) return;
      const kind =
        present < versions.length
          ? "presence"
          : versions.some((version) => !sameSpans(version.spans, versions[0].spans))
            ? "span"
            : null;
      if (!kind) return;
      const unitType: AgreementUnitType = isTurn ? "turn" : "answer";
      const decision = decided.get(`${unitType}:${unitId}`);
      result.push({
        unitType,
        unitId,
        documentId: document.id,
        documentTitle: document.title,
        start,
        end,
        text: document.text.slice(start, end),
        kind,
        versions,
        decision: decision
          ? { decision: decision.decision, chosenCoderId: decision.chosenCoderId, decidedAt: decision.decidedAt }
          : null,
      });
    });
  }
  return result;
}
