import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, documents, participantAttributes, participants, turns } from "../../db/schema";
import { AppError } from "../errors";

export interface CodingTurn {
  id: number;
  speaker: string | null;
  participantId: number | null;
  startMs: number | null;
  /** UTF-16 offsets into the document text, end exclusive. */
  startOffset: number;
  endOffset: number;
}

export interface CodingParticipant {
  name: string;
  attributes: Record<string, string>;
}

export interface TranscriptForCoding {
  /** The document's whole text: the turns are slices of it, so turn text is not sent twice. */
  text: string;
  turns: CodingTurn[];
  participants: Record<number, CodingParticipant>;
}

/** A transcript's text, turns with their offsets, and its speakers' attributes, for the coding view. */
export function getTranscriptForCoding(db: Db, projectId: number, documentId: number): TranscriptForCoding {
  const document = db
    .select({ kind: documents.kind, text: documents.text })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.projectId, projectId)))
    .get();
  if (!document) throw new AppError("not_found", "Document not found.");
  if (document.kind !== "transcript") throw new AppError("invalid_input", "This document is not a transcript.");
  const rows = db
    .select({
      id: turns.id,
      speaker: turns.speaker,
      participantId: turns.participantId,
      startMs: turns.startMs,
      startOffset: turns.startOffset,
      endOffset: turns.endOffset,
    })
    .from(turns)
    .where(eq(turns.documentId, documentId))
    .orderBy(asc(turns.position))
    .all();
  const ids = [...new Set(rows.map((row) => row.participantId).filter((id): id is number => id !== null))];
  const byId: Record<number, CodingParticipant> = {};
  if (ids.length > 0) {
    for (const participant of db
      .select({ id: participants.id, name: participants.name })
      .from(participants)
      .where(and(eq(participants.projectId, projectId), inArray(participants.id, ids)))
      .all()) {
      byId[participant.id] = { name: participant.name, attributes: {} };
    }
    for (const value of db
      .select({
        participantId: participantAttributes.participantId,
        name: attributes.name,
        value: participantAttributes.value,
      })
      .from(participantAttributes)
      .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
      .where(and(inArray(participantAttributes.participantId, ids), eq(attributes.projectId, projectId)))
      .orderBy(asc(attributes.name))
      .all()) {
      if (byId[value.participantId]) byId[value.participantId].attributes[value.name] = value.value;
    }
  }
  return { text: document.text, turns: rows, participants: byId };
}
