import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, participantAttributes, participants, respondents, turns } from "../../db/schema";
import { type AnalysisFrame, loadAttributeColumn } from "../analysis-frame/analysis-frame";
import type { RetrievalFilter, SegmentSource } from "./retrieval-types";
import { chunks } from "./segment-context";

function intersect(sets: Set<number>[]): Set<number> {
  const [first, ...rest] = sets;
  return new Set([...first].filter((id) => rest.every((set) => set.has(id))));
}

/** Participants whose attributes pass every attribute filter (stored values, as retrieval compares). */
function passingParticipants(db: Db, projectId: number, filters: [string, readonly string[]][]): Set<number> {
  return intersect(
    filters.map(
      ([name, values]) =>
        new Set(
          db
            .select({ id: participantAttributes.participantId })
            .from(participantAttributes)
            .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
            .where(
              and(
                eq(attributes.projectId, projectId),
                eq(attributes.name, name),
                inArray(participantAttributes.value, [...values]),
              ),
            )
            .all()
            .map((row) => row.id),
        ),
    ),
  );
}

/** Whether a respondent (by their index in the frame) passes every filter, read from the frame's kept columns. */
function passingRespondents(
  db: Db,
  projectId: number,
  frame: AnalysisFrame,
  filters: [string, readonly string[]][],
): (respondentIndex: number) => boolean {
  const columns = filters.map(([name, values]) => {
    const attribute = db
      .select({ id: attributes.id })
      .from(attributes)
      .where(and(eq(attributes.projectId, projectId), eq(attributes.name, name)))
      .get();
    if (!attribute) return null;
    const column = loadAttributeColumn(db, frame, attribute.id);
    const kept = new Set(values.map((value) => column.values.indexOf(value)).filter((index) => index >= 0));
    return { valueAt: column.valueAt, kept };
  });
  return (index) => columns.every((column) => column?.kept.has(column.valueAt[index]) === true);
}

/**
 * Which of the frame's units (turns and answers) the attribute filters keep: those whose speaker or
 * respondent has one of the chosen values of every filtered attribute.
 */
export function allowedSources(
  db: Db,
  projectId: number,
  filter: RetrievalFilter["attributes"],
  frame: AnalysisFrame,
  documentIds: ReadonlySet<number>,
): (unit: number) => boolean {
  const filters = Object.entries(filter ?? {}).filter(([, values]) => values.length > 0);
  if (filters.length === 0) return () => true;
  const participantsKept = passingParticipants(db, projectId, filters);
  const respondentKept = passingRespondents(db, projectId, frame, filters);
  const transcriptIds = [...documentIds].filter((id) => frame.documents.get(id)?.kind === "transcript");
  const speakerOf = new Map<number, number | null>();
  for (const ids of chunks(transcriptIds)) {
    for (const row of db
      .select({ id: turns.id, participantId: turns.participantId })
      .from(turns)
      .where(inArray(turns.documentId, ids))
      .all()) {
      speakerOf.set(row.id, row.participantId);
    }
  }
  return (unit) => {
    if (frame.unitIsTurn[unit] === 1) {
      const participantId = speakerOf.get(frame.unitId[unit]);
      return participantId !== undefined && participantId !== null && participantsKept.has(participantId);
    }
    return respondentKept(frame.unitRespondent[unit]);
  };
}

/** The turn's speaker or the answer's respondent for each of some of the frame's units. */
export function unitSources(db: Db, frame: AnalysisFrame, units: readonly number[]): Map<number, SegmentSource> {
  const result = new Map<number, SegmentSource>();
  const turnUnits = units.filter((unit) => frame.unitIsTurn[unit] === 1);
  const answerUnits = units.filter((unit) => frame.unitIsTurn[unit] !== 1);
  const turnRows = new Map<number, { speaker: string | null; participantId: number | null }>();
  for (const ids of chunks([...new Set(turnUnits.map((unit) => frame.unitId[unit]))])) {
    for (const row of db
      .select({ id: turns.id, speaker: turns.speaker, participantId: turns.participantId, name: participants.name })
      .from(turns)
      .leftJoin(participants, eq(participants.id, turns.participantId))
      .where(inArray(turns.id, ids))
      .all()) {
      turnRows.set(row.id, { speaker: row.name ?? row.speaker, participantId: row.participantId });
    }
  }
  for (const unit of turnUnits) {
    const turn = turnRows.get(frame.unitId[unit]);
    result.set(unit, {
      kind: "turn",
      unitId: frame.unitId[unit],
      speaker: turn?.speaker ?? null,
      participantId: turn?.participantId ?? null,
    });
  }
  const respondentOf = (unit: number) => frame.respondentIds[frame.unitRespondent[unit]];
  const externalIds = new Map<number, string>();
  for (const ids of chunks([...new Set(answerUnits.map(respondentOf))])) {
    for (const row of db
      .select({ id: respondents.id, externalId: respondents.externalId })
      .from(respondents)
      .where(inArray(respondents.id, ids))
      .all()) {
      externalIds.set(row.id, row.externalId);
    }
  }
  for (const unit of answerUnits) {
    const respondentId = respondentOf(unit);
    result.set(unit, {
      kind: "answer",
      unitId: frame.unitId[unit],
      respondentId,
      respondentExternalId: externalIds.get(respondentId) ?? "",
    });
  }
  return result;
}
