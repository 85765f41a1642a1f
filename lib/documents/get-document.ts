import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  answers,
  attributes,
  type Document,
  documents,
  participantAttributes,
  participants,
  respondentAttributes,
  respondents,
  turns,
  waves,
} from "../../db/schema";
import { AppError } from "../errors";

export interface DocumentHeader {
  id: number;
  kind: Document["kind"];
  title: string;
  wave: string | null;
  groupType: string | null;
  heldOn: string | null;
  sourceFilename: string | null;
  sourceFormat: string | null;
  textLength: number;
}

export interface TranscriptTurn {
  id: number;
  position: number;
  speaker: string | null;
  participantId: number | null;
  participantName: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
}

export interface TranscriptView {
  turns: TranscriptTurn[];
  /** Each speaking participant's attributes, by participant id. */
  participantAttributes: Record<number, Record<string, string>>;
}

export interface QuestionAnswer {
  id: number;
  position: number;
  respondentId: number;
  externalId: string;
  text: string;
  attributes: Record<string, string>;
}

export interface QuestionView {
  answers: QuestionAnswer[];
  /** Attribute names present on this document's respondents, in a stable order. */
  attributeNames: string[];
}

/** A document's metadata, scoped to the project (another project's id is simply not found). */
export function getDocumentHeader(db: Db, projectId: number, documentId: number): DocumentHeader {
  const row = db
    .select({
      id: documents.id,
      kind: documents.kind,
      title: documents.title,
      wave: waves.label,
      groupType: documents.groupType,
      heldOn: documents.heldOn,
      sourceFilename: documents.sourceFilename,
      sourceFormat: documents.sourceFormat,
      textLength: documents.textLength,
    })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(eq(documents.id, documentId), eq(documents.projectId, projectId)))
    .get();
  if (!row) throw new AppError("not_found", "Document not found.");
  return row;
}

export function getTranscriptView(db: Db, projectId: number, documentId: number): TranscriptView {
  getDocumentHeader(db, projectId, documentId);
  const rows = db
    .select({
      id: turns.id,
      position: turns.position,
      speaker: turns.speaker,
      participantId: turns.participantId,
      participantName: participants.name,
      startMs: turns.startMs,
      endMs: turns.endMs,
      text: turns.text,
    })
    .from(turns)
    .leftJoin(participants, and(eq(participants.id, turns.participantId), eq(participants.projectId, projectId)))
    .where(eq(turns.documentId, documentId))
    .orderBy(asc(turns.position))
    .all();
  const participantIds = [...new Set(rows.map((row) => row.participantId).filter((id): id is number => id !== null))];
  const byParticipant: Record<number, Record<string, string>> = {};
  if (participantIds.length > 0) {
    const values = db
      .select({
        participantId: participantAttributes.participantId,
        name: attributes.name,
        value: participantAttributes.value,
      })
      .from(participantAttributes)
      .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
      .where(and(inArray(participantAttributes.participantId, participantIds), eq(attributes.projectId, projectId)))
      .orderBy(asc(attributes.name))
      .all();
    for (const value of values) {
      byParticipant[value.participantId] ??= {};
      byParticipant[value.participantId][value.name] = value.value;
    }
  }
  return { turns: rows, participantAttributes: byParticipant };
}

const IN_CHUNK = 500;

export function getQuestionView(db: Db, projectId: number, documentId: number): QuestionView {
  getDocumentHeader(db, projectId, documentId);
  const rows = db
    .select({
      id: answers.id,
      position: answers.position,
      respondentId: answers.respondentId,
      externalId: respondents.externalId,
      text: answers.text,
    })
    .from(answers)
    .innerJoin(respondents, and(eq(respondents.id, answers.respondentId), eq(respondents.projectId, projectId)))
    .where(eq(answers.documentId, documentId))
    .orderBy(asc(answers.position))
    .all();
  const byRespondent = new Map<number, Record<string, string>>();
  const names = new Set<string>();
  const ids = rows.map((row) => row.respondentId);
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const values = db
      .select({
        respondentId: respondentAttributes.respondentId,
        name: attributes.name,
        value: respondentAttributes.value,
      })
      .from(respondentAttributes)
      .innerJoin(attributes, eq(attributes.id, respondentAttributes.attributeId))
      .where(
        and(
          inArray(respondentAttributes.respondentId, ids.slice(i, i + IN_CHUNK)),
          eq(attributes.projectId, projectId),
        ),
      )
      .all();
    for (const value of values) {
      names.add(value.name);
      const current = byRespondent.get(value.respondentId) ?? {};
      current[value.name] = value.value;
      byRespondent.set(value.respondentId, current);
    }
  }
  return {
    answers: rows.map((row) => ({ ...row, attributes: byRespondent.get(row.respondentId) ?? {} })),
    attributeNames: [...names].sort((a, b) => a.localeCompare(b, "en-GB")),
  };
}
