import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, documents, participantAttributes, participants, turns, waves } from "../../db/schema";
import { orderAttributeNames } from "../attributes/standard-attributes";
import type { CodingViewer } from "../coding/coding-scope";
import { listUnitCodings, type UnitCoding } from "../coding/list-unit-codings";
import { AppError } from "../errors";

export interface ParticipantTurn {
  turnId: number;
  position: number;
  startMs: number | null;
  /** The turn's place in its transcript's text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  text: string;
  codings: UnitCoding[];
}

export interface ParticipantView {
  id: number;
  name: string;
  wave: string | null;
  attributes: [string, string][];
  /** The focus groups they speak in, each with their turns in order. */
  documents: { documentId: number; title: string; wave: string | null; turns: ParticipantTurn[] }[];
  turnCount: number;
}

/**
 * One participant with their attributes and their turns across every transcript, each with the codings
 * on it that the viewer may see.
 * @throws AppError "not_found" for a participant outside the project.
 */
export function getParticipant(
  db: Db,
  projectId: number,
  participantId: number,
  viewer: CodingViewer = null,
): ParticipantView {
  const participant = db
    .select({ id: participants.id, name: participants.name, wave: waves.label })
    .from(participants)
    .leftJoin(waves, eq(waves.id, participants.waveId))
    .where(and(eq(participants.id, participantId), eq(participants.projectId, projectId)))
    .get();
  if (!participant) throw new AppError("not_found", "Participant not found.");
  const values = new Map(
    db
      .select({ name: attributes.name, value: participantAttributes.value })
      .from(participantAttributes)
      .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
      .where(and(eq(participantAttributes.participantId, participantId), eq(attributes.projectId, projectId)))
      .all()
      .map((row) => [row.name, row.value]),
  );
  const turnRows = db
    .select({
      turnId: turns.id,
      documentId: turns.documentId,
      title: documents.title,
      wave: waves.label,
      position: turns.position,
      startMs: turns.startMs,
      start: turns.startOffset,
      end: turns.endOffset,
      text: turns.text,
    })
    .from(turns)
    .innerJoin(documents, and(eq(documents.id, turns.documentId), eq(documents.projectId, projectId)))
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(eq(turns.participantId, participantId))
    .orderBy(asc(waves.label), asc(documents.title), asc(documents.id), asc(turns.position))
    .all();
  const codings = listUnitCodings(db, projectId, turnRows, viewer);
  const byDocument = new Map<number, ParticipantView["documents"][number]>();
  turnRows.forEach(({ documentId, title, wave, ...turn }, index) => {
    let document = byDocument.get(documentId);
    if (!document) {
      document = { documentId, title, wave, turns: [] };
      byDocument.set(documentId, document);
    }
    document.turns.push({ ...turn, codings: codings[index] });
  });
  return {
    ...participant,
    attributes: orderAttributeNames([...values.keys()]).map((name) => [name, values.get(name)!]),
    documents: [...byDocument.values()],
    turnCount: turnRows.length,
  };
}
