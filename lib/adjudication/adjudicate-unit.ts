import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adjudications, answers, codes, codings, documents, turns } from "../../db/schema";
import { mergeSpans, type Span } from "../agreement/character-agreement";
import { ensureSegment } from "../coding/ensure-segment";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import type { ProjectActor } from "../projects/project-actor";
import { codeSpans } from "./code-spans";
import { ensureConsensusCoder } from "./consensus-coder";
import type { AgreementUnitType } from "./list-disagreements";

export type AdjudicationDecision = "coder" | "both" | "neither" | "adjusted";

export interface AdjudicateInput {
  codeId: number;
  unitType: AgreementUnitType;
  unitId: number;
  decision: AdjudicationDecision;
  /** The coders compared: "both" takes every one's version, "coder" the one named in `chosenCoderId`. */
  coderIds: number[];
  chosenCoderId?: number | null;
  /** For "adjusted": the settled spans, relative to the unit's start (UTF-16 offsets, end exclusive). */
  spans?: Span[];
  roundId?: number | null;
}

export interface AdjudicationResult {
  adjudicationId: number;
  /** The consensus codings' spans, in document offsets. */
  spans: Span[];
}

function unitOf(db: Db, projectId: number, unitType: AgreementUnitType, unitId: number) {
  const table = unitType === "answer" ? answers : turns;
  const unit = db
    .select({ documentId: table.documentId, start: table.startOffset, end: table.endOffset, text: documents.text })
    .from(table)
    .innerJoin(documents, eq(documents.id, table.documentId))
    .where(and(eq(table.id, unitId), eq(documents.projectId, projectId)))
    .get();
  if (!unit) throw new AppError("not_found", "That answer or turn was not found.");
  return unit;
}

/**
 * Settles one code in one unit: writes the adjudication and the consensus codings (coded by the consensus
 * coder, `decided_by` the actor) in one transaction. Deciding a unit again replaces the earlier decision
 * and its consensus codings.
 */
export function adjudicateUnit(db: Db, actor: ProjectActor, input: AdjudicateInput): AdjudicationResult {
  const { projectId, userId } = actor;
  return db.transaction((tx) => {
    const reader = tx as unknown as Db;
    const unit = unitOf(reader, projectId, input.unitType, input.unitId);
    const code = tx
      .select({ id: codes.id })
      .from(codes)
      .where(and(eq(codes.id, input.codeId), eq(codes.projectId, projectId)))
      .get();
    if (!code) throw new AppError("not_found", "Code not found.");
    const consensusId = ensureConsensusCoder(reader);
    const spansOf = (coderIds: number[]) =>
      codeSpans(reader, { projectId, codeId: code.id, coderIds, documentIds: [unit.documentId] });
    // Earlier consensus codings of this code in this unit go: the new decision replaces them.
    const earlier = spansOf([consensusId])
      .filter((span) => span.start >= unit.start && span.end <= unit.end)
      .map((span) => span.codingId);
    if (earlier.length > 0) tx.delete(codings).where(inArray(codings.id, earlier)).run();

    const length = unit.end - unit.start;
    const versionOf = (coderIds: number[]) =>
      spansOf(coderIds)
        .filter((span) => span.start < unit.end && span.end > unit.start)
        .map((span) => ({ start: span.start - unit.start, end: span.end - unit.start }));
    let relative: Span[];
    if (input.decision === "neither") relative = [];
    else if (input.decision === "both") relative = versionOf(input.coderIds);
    else if (input.decision === "coder") {
      if (!input.chosenCoderId || !input.coderIds.includes(input.chosenCoderId))
        throw new AppError("invalid_input", "Choose one of the compared coders.");
      relative = versionOf([input.chosenCoderId]);
    } else {
      relative = input.spans ?? [];
      if (relative.some((span) => span.start < 0 || span.end > length || span.end <= span.start))
        throw new AppError("invalid_input", "An adjusted span must lie inside the answer or turn.");
      if (relative.length === 0) throw new AppError("invalid_input", "Mark the text to code, or choose neither.");
    }
    const spans = mergeSpans(relative, length)
      .map((span) => ({ start: unit.start + span.start, end: unit.start + span.end }))
      .filter((span) => unit.text.slice(span.start, span.end).trim().length > 0);
    for (const span of spans) {
      const segmentId = ensureSegment(reader, {
        projectId,
        documentId: unit.documentId,
        start: span.start,
        end: span.end,
        text: unit.text.slice(span.start, span.end),
      }).id;
      tx.insert(codings)
        .values({ projectId, segmentId, codeId: code.id, coderId: consensusId, decidedBy: userId })
        .onConflictDoUpdate({
          target: [codings.segmentId, codings.codeId, codings.coderId],
          set: { decidedBy: userId },
        })
        .run();
    }
    const values = {
      projectId,
      roundId: input.roundId ?? null,
      codeId: code.id,
      unitType: input.unitType,
      unitId: input.unitId,
      documentId: unit.documentId,
      startOffset: unit.start,
      endOffset: unit.end,
      decision: input.decision,
      chosenCoderId: input.decision === "coder" ? (input.chosenCoderId ?? null) : null,
      decidedBy: userId,
      decidedAt: new Date(),
    };
    const adjudicationId = tx
      .insert(adjudications)
      .values(values)
      .onConflictDoUpdate({
        target: [adjudications.projectId, adjudications.codeId, adjudications.unitType, adjudications.unitId],
        set: values,
      })
      .returning({ id: adjudications.id })
      .get().id;
    recordEvent(tx, {
      projectId,
      actorId: userId,
      action: "adjudication.decide",
      target: { type: "code", id: code.id },
      detail: { unitType: input.unitType, unitId: input.unitId, decision: input.decision, codings: spans.length },
    });
    return { adjudicationId, spans };
  });
}
