import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, documents, participantAttributes, participants, turns, waves } from "../../db/schema";

export interface ParticipantDocument {
  documentId: number;
  title: string;
  turns: number;
}

export interface ParticipantListing {
  id: number;
  name: string;
  wave: string | null;
  attributes: Record<string, string>;
  documents: ParticipantDocument[];
  turns: number;
}

/** A project's participants (transcript speakers) with attributes and where they speak. */
export function listParticipants(db: Db, projectId: number): ParticipantListing[] {
  const rows = db
    .select({ id: participants.id, name: participants.name, wave: waves.label })
    .from(participants)
    .leftJoin(waves, eq(waves.id, participants.waveId))
    .where(eq(participants.projectId, projectId))
    .orderBy(asc(participants.name))
    .all();

  const attributesById = new Map<number, Record<string, string>>();
  for (const value of db
    .select({
      participantId: participantAttributes.participantId,
      name: attributes.name,
      value: participantAttributes.value,
    })
    .from(participantAttributes)
    .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
    .innerJoin(participants, eq(participants.id, participantAttributes.participantId))
    .where(and(eq(participants.projectId, projectId), eq(attributes.projectId, projectId)))
    .orderBy(asc(attributes.name))
    .all()) {
    const current = attributesById.get(value.participantId) ?? {};
    current[value.name] = value.value;
    attributesById.set(value.participantId, current);
  }

  const documentsById = new Map<number, ParticipantDocument[]>();
  for (const row of db
    .select({ participantId: turns.participantId, documentId: documents.id, title: documents.title, n: count() })
    .from(turns)
    .innerJoin(documents, eq(documents.id, turns.documentId))
    .where(eq(documents.projectId, projectId))
    .groupBy(turns.participantId, documents.id)
    .orderBy(asc(documents.title))
    .all()) {
    if (row.participantId === null) continue;
    const list = documentsById.get(row.participantId) ?? [];
    list.push({ documentId: row.documentId, title: row.title, turns: row.n });
    documentsById.set(row.participantId, list);
  }

  return rows.map((row) => {
    const spoken = documentsById.get(row.id) ?? [];
    return {
      ...row,
      attributes: attributesById.get(row.id) ?? {},
      documents: spoken,
      turns: spoken.reduce((sum, d) => sum + d.turns, 0),
    };
  });
}
