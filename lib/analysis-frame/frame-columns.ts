import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, likertAnswers, likertItems, respondentAttributes } from "../../db/schema";
import type { AnalysisFrame, AttributeColumn, FrameAnswerRef, FrameTurnRef } from "./frame-types";
import { jsonRows } from "./segment-units";

/** One respondent attribute's values for every respondent of the frame, loaded once. */
export function loadAttributeColumn(db: Db, frame: AnalysisFrame, attributeId: number): AttributeColumn {
  const kept = frame.attributeColumns.get(attributeId);
  if (kept) return kept;
  const name =
    db
      .select({ name: attributes.name })
      .from(attributes)
      .where(and(eq(attributes.id, attributeId), eq(attributes.projectId, frame.projectId)))
      .get()?.name ?? "";
  const rows = jsonRows<[number, string]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${respondentAttributes.respondentId}, ${respondentAttributes.value}))`,
      })
      .from(respondentAttributes)
      .where(eq(respondentAttributes.attributeId, attributeId))
      .get()?.json,
  );
  const values: string[] = [];
  const valueIndex = new Map<string, number>();
  const valueAt = new Int32Array(frame.respondentIds.length).fill(-1);
  for (const [respondentId, raw] of rows) {
    const index = frame.respondentIndex.get(respondentId);
    const value = raw.trim();
    if (index === undefined || !value) continue;
    let code = valueIndex.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      valueIndex.set(value, code);
    }
    valueAt[index] = code;
  }
  const column = { attributeId, name, values, valueAt };
  frame.attributeColumns.set(attributeId, column);
  return column;
}

/** One Likert item's scores (1–5; 0 where unanswered) for every respondent of the frame, loaded once. */
export function loadLikertColumn(db: Db, frame: AnalysisFrame, itemId: number): Uint8Array {
  const kept = frame.likertColumns.get(itemId);
  if (kept) return kept;
  const rows = jsonRows<[number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${likertAnswers.respondentId}, ${likertAnswers.value}))`,
      })
      .from(likertAnswers)
      .innerJoin(likertItems, eq(likertItems.id, likertAnswers.itemId))
      .where(and(eq(likertAnswers.itemId, itemId), eq(likertItems.projectId, frame.projectId)))
      .get()?.json,
  );
  const scores = new Uint8Array(frame.respondentIds.length);
  for (const [respondentId, value] of rows) {
    const index = frame.respondentIndex.get(respondentId);
    if (index !== undefined) scores[index] = value;
  }
  frame.likertColumns.set(itemId, scores);
  return scores;
}

/** Every answer of the frame as an `AnswerRef` (kept with the frame: answers never change). */
export function answerRefsOf(frame: AnalysisFrame): FrameAnswerRef[] {
  if (!frame.answerRefs) {
    const refs: FrameAnswerRef[] = [];
    for (let unit = 0; unit < frame.unitCount; unit++) {
      if (frame.unitIsTurn[unit] || frame.unitRespondent[unit] < 0) continue;
      const document = frame.documents.get(frame.unitDocument[unit])!;
      refs.push({
        respondentId: frame.respondentIds[frame.unitRespondent[unit]],
        waveLabel: frame.waveLabels.get(document.waveId ?? -1) ?? "",
        questionId: document.questionId ?? -1,
        unit,
      });
    }
    frame.answerRefs = refs;
  }
  return frame.answerRefs;
}

/** Every turn of the frame as a `TurnRef` (kept with the frame: turns never change). */
export function turnRefsOf(frame: AnalysisFrame): FrameTurnRef[] {
  if (!frame.turnRefs) {
    const refs: FrameTurnRef[] = [];
    for (let unit = 0; unit < frame.unitCount; unit++) {
      if (!frame.unitIsTurn[unit]) continue;
      const document = frame.documents.get(frame.unitDocument[unit])!;
      refs.push({
        documentId: document.id,
        turnId: frame.unitId[unit],
        unit,
        waveLabel: document.waveId === null ? null : (frame.waveLabels.get(document.waveId) ?? null),
      });
    }
    frame.turnRefs = refs;
  }
  return frame.turnRefs;
}
