import { and, eq, sql } from "drizzle-orm";
import { restoreGeneration } from "../../db/backup";
import type { Db } from "../../db/client";
import { answers, attributes, attributeValues, documents, respondents, turns, waves } from "../../db/schema";
import { insideTransaction } from "./coded-units";
import type { AnalysisFrame, FrameDocument } from "./frame-types";
import { emptySegmentUnits, jsonRows } from "./segment-units";

export { derivedFromCodings, loadCodedUnits, loadCodingRows } from "./coded-units";
export { answerRefsOf, loadAttributeColumn, loadLikertColumn, turnRefsOf } from "./frame-columns";
export type {
  AnalysisFrame,
  AttributeColumn,
  CodedUnits,
  CodingRows,
  FrameAnswerRef,
  FrameDocument,
  FrameTurnRef,
  SegmentUnits,
} from "./frame-types";
export { segmentSpanOf, unitIndexesOverlapping, unitsOverlapping } from "./segment-units";

const frames = new WeakMap<object, Map<number, AnalysisFrame>>();

/** Drops every kept frame of this database (benchmarks use it to time the cold path). */
export function forgetAnalysisFrames(db: Db): void {
  frames.delete(db.$client);
}

function fingerprintOf(db: Db, projectId: number): string {
  const document = db
    .select({ count: sql<number>`count(*)`, max: sql<number | null>`max(${documents.id})` })
    .from(documents)
    .where(eq(documents.projectId, projectId))
    .get();
  const respondent = db
    .select({ count: sql<number>`count(*)`, max: sql<number | null>`max(${respondents.id})` })
    .from(respondents)
    .where(eq(respondents.projectId, projectId))
    .get();
  const wave = db
    .select({ count: sql<number>`count(*)`, max: sql<number | null>`max(${waves.id})` })
    .from(waves)
    .where(eq(waves.projectId, projectId))
    .get();
  // Waves can be renamed, and attribute values merged (rewritten) or reordered: both small tables, read whole.
  const curated = db
    .select({
      waves: sql<
        string | null
      >`(select group_concat(${waves.id} || '=' || ${waves.label}, '|') from ${waves} where ${waves.projectId} = ${projectId})`,
      values: sql<
        string | null
      >`(select group_concat(${attributeValues.attributeId} || ':' || ${attributeValues.value} || '>' || coalesce(${attributeValues.mergedInto}, '') || '#' || coalesce(${attributeValues.position}, ''), '|') from ${attributeValues} inner join ${attributes} on ${attributes.id} = ${attributeValues.attributeId} where ${attributes.projectId} = ${projectId})`,
    })
    .from(sql`(select 1)`)
    .get();
  return [
    ...[document, respondent, wave].map((row) => `${row?.count ?? 0}:${row?.max ?? 0}`),
    curated?.waves ?? "",
    curated?.values ?? "",
    `restore ${restoreGeneration(db)}`,
  ].join("|");
}

/** The project's frame, built on first use and whenever an import has added or removed data since. */
export function loadAnalysisFrame(db: Db, projectId: number): AnalysisFrame {
  const fingerprint = fingerprintOf(db, projectId);
  if (insideTransaction(db)) {
    const kept = frames.get(db.$client)?.get(projectId);
    return kept && kept.fingerprint === fingerprint ? kept : buildFrame(db, projectId, fingerprint);
  }
  let byProject = frames.get(db.$client);
  if (!byProject) {
    byProject = new Map();
    frames.set(db.$client, byProject);
  }
  const kept = byProject.get(projectId);
  if (kept && kept.fingerprint === fingerprint) return kept;
  const frame = buildFrame(db, projectId, fingerprint);
  byProject.set(projectId, frame);
  return frame;
}

function buildFrame(db: Db, projectId: number, fingerprint: string): AnalysisFrame {
  const waveLabels = new Map(
    db
      .select({ id: waves.id, label: waves.label })
      .from(waves)
      .where(eq(waves.projectId, projectId))
      .all()
      .map((wave) => [wave.id, wave.label]),
  );
  const documentRows = db
    .select({ id: documents.id, kind: documents.kind, waveId: documents.waveId, questionId: documents.questionId })
    .from(documents)
    .where(eq(documents.projectId, projectId))
    .all();

  const respondentRows = jsonRows<[number, number]>(
    db
      .select({ json: sql<string>`json_group_array(json_array(${respondents.id}, ${respondents.waveId}))` })
      .from(respondents)
      .where(eq(respondents.projectId, projectId))
      .get()?.json,
  );
  const respondentIds = new Int32Array(respondentRows.length);
  const respondentWave = new Int32Array(respondentRows.length);
  const respondentIndex = new Map<number, number>();
  respondentRows.forEach(([id, waveId], index) => {
    respondentIds[index] = id;
    respondentWave[index] = waveId;
    respondentIndex.set(id, index);
  });

  // [unit id, document id, start, end, respondent id or null]
  const answerRows = jsonRows<[number, number, number, number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${answers.id}, ${answers.documentId}, ${answers.startOffset}, ${answers.endOffset}, ${answers.respondentId}))`,
      })
      .from(documents)
      .innerJoin(answers, eq(answers.documentId, documents.id))
      .where(and(eq(documents.projectId, projectId), eq(documents.kind, "question")))
      .get()?.json,
  );
  const turnRows = jsonRows<[number, number, number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${turns.id}, ${turns.documentId}, ${turns.startOffset}, ${turns.endOffset}))`,
      })
      .from(documents)
      .innerJoin(turns, eq(turns.documentId, documents.id))
      .where(and(eq(documents.projectId, projectId), eq(documents.kind, "transcript")))
      .get()?.json,
  );

  const unitCount = answerRows.length + turnRows.length;
  const unitIsTurn = new Uint8Array(unitCount);
  const unitId = new Int32Array(unitCount);
  const unitDocument = new Int32Array(unitCount);
  const unitRespondent = new Int32Array(unitCount).fill(-1);
  const unitStart = new Int32Array(unitCount);
  const unitEnd = new Int32Array(unitCount);
  const respondentAnswered = new Uint8Array(respondentRows.length);
  answerRows.forEach(([id, documentId, start, end, respondentId], unit) => {
    unitId[unit] = id;
    unitDocument[unit] = documentId;
    unitStart[unit] = start;
    unitEnd[unit] = end;
    const index = respondentIndex.get(respondentId) ?? -1;
    unitRespondent[unit] = index;
    if (index >= 0) respondentAnswered[index] = 1;
  });
  turnRows.forEach(([id, documentId, start, end], offset) => {
    const unit = answerRows.length + offset;
    unitIsTurn[unit] = 1;
    unitId[unit] = id;
    unitDocument[unit] = documentId;
    unitStart[unit] = start;
    unitEnd[unit] = end;
  });

  const unitsByDocument = new Map<number, number[]>();
  for (let unit = 0; unit < unitCount; unit++) {
    const list = unitsByDocument.get(unitDocument[unit]);
    if (list) list.push(unit);
    else unitsByDocument.set(unitDocument[unit], [unit]);
  }
  const frameDocuments = new Map<number, FrameDocument>();
  for (const row of documentRows) {
    const units = (unitsByDocument.get(row.id) ?? []).sort((a, b) => unitStart[a] - unitStart[b]);
    frameDocuments.set(row.id, {
      id: row.id,
      kind: row.kind,
      waveId: row.waveId,
      questionId: row.questionId,
      starts: Int32Array.from(units, (unit) => unitStart[unit]),
      ends: Int32Array.from(units, (unit) => unitEnd[unit]),
      units: Int32Array.from(units),
    });
  }

  return {
    projectId,
    fingerprint,
    waveLabels,
    documents: frameDocuments,
    unitCount,
    unitIsTurn,
    unitId,
    unitDocument,
    unitRespondent,
    respondentIds,
    respondentWave,
    respondentIndex,
    respondentAnswered,
    segmentUnits: emptySegmentUnits(),
    maxSegmentId: 0,
    attributeColumns: new Map(),
    likertColumns: new Map(),
  };
}
