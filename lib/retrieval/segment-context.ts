/** Where a retrieved segment sits: the turn or answer holding it, its speaker or respondent and their attributes. */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  answers,
  attributes,
  participantAttributes,
  participants,
  respondentAttributes,
  respondents,
  turns,
} from "../../db/schema";
import type { RetrievalFilter, RetrievedSegment, SegmentSource } from "./retrieval-types";

const IN_CHUNK = 500;

export function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += IN_CHUNK) result.push(items.slice(index, index + IN_CHUNK));
  return result;
}

export interface Unit {
  id: number;
  start: number;
  end: number;
  source: SegmentSource;
}

/** Per document, its units sorted by start, so a segment's unit is a binary search away. */
export function unitsByDocument(db: Db, transcriptIds: number[], questionIds: number[]): Map<number, Unit[]> {
  const byDocument = new Map<number, Unit[]>();
  const add = (documentId: number, unit: Unit) => {
    const list = byDocument.get(documentId);
    if (list) list.push(unit);
    else byDocument.set(documentId, [unit]);
  };
  for (const ids of chunks(transcriptIds)) {
    for (const row of db
      .select({
        id: turns.id,
        documentId: turns.documentId,
        start: turns.startOffset,
        end: turns.endOffset,
        speaker: turns.speaker,
        participantId: turns.participantId,
        participantName: participants.name,
      })
      .from(turns)
      .leftJoin(participants, eq(participants.id, turns.participantId))
      .where(inArray(turns.documentId, ids))
      .all()) {
      add(row.documentId, {
        id: row.id,
        start: row.start,
        end: row.end,
        source: {
          kind: "turn",
          unitId: row.id,
          speaker: row.participantName ?? row.speaker,
          participantId: row.participantId,
        },
      });
    }
  }
  for (const ids of chunks(questionIds)) {
    for (const row of db
      .select({
        id: answers.id,
        documentId: answers.documentId,
        start: answers.startOffset,
        end: answers.endOffset,
        respondentId: answers.respondentId,
        externalId: respondents.externalId,
      })
      .from(answers)
      .innerJoin(respondents, eq(respondents.id, answers.respondentId))
      .where(inArray(answers.documentId, ids))
      .all()) {
      add(row.documentId, {
        id: row.id,
        start: row.start,
        end: row.end,
        source: {
          kind: "answer",
          unitId: row.id,
          respondentId: row.respondentId,
          respondentExternalId: row.externalId,
        },
      });
    }
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.start - b.start);
  return byDocument;
}

export function unitContaining(units: readonly Unit[] | undefined, offset: number): Unit | null {
  if (!units) return null;
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const unit = units[middle];
    if (offset < unit.start) high = middle - 1;
    else if (offset >= unit.end) low = middle + 1;
    else return unit;
  }
  return null;
}

export function attributeValues(
  db: Db,
  projectId: number,
  participantIds: number[],
  respondentIds: number[],
): { participants: Map<number, Record<string, string>>; respondents: Map<number, Record<string, string>> } {
  const result = {
    participants: new Map<number, Record<string, string>>(),
    respondents: new Map<number, Record<string, string>>(),
  };
  const put = (map: Map<number, Record<string, string>>, id: number, name: string, value: string) => {
    const current = map.get(id);
    if (current) current[name] = value;
    else map.set(id, { [name]: value });
  };
  for (const ids of chunks(participantIds)) {
    for (const row of db
      .select({ id: participantAttributes.participantId, name: attributes.name, value: participantAttributes.value })
      .from(participantAttributes)
      .innerJoin(
        attributes,
        and(eq(attributes.id, participantAttributes.attributeId), eq(attributes.projectId, projectId)),
      )
      .where(inArray(participantAttributes.participantId, ids))
      .all()) {
      put(result.participants, row.id, row.name, row.value);
    }
  }
  for (const ids of chunks(respondentIds)) {
    for (const row of db
      .select({ id: respondentAttributes.respondentId, name: attributes.name, value: respondentAttributes.value })
      .from(respondentAttributes)
      .innerJoin(
        attributes,
        and(eq(attributes.id, respondentAttributes.attributeId), eq(attributes.projectId, projectId)),
      )
      .where(inArray(respondentAttributes.respondentId, ids))
      .all()) {
      put(result.respondents, row.id, row.name, row.value);
    }
  }
  return result;
}

/** Fills in each row's turn or answer text (one query per kind and chunk). */
export function attachContext(db: Db, rows: Pick<RetrievedSegment, "source" | "context">[]): void {
  const turnIds = [...new Set(rows.flatMap((row) => (row.source?.kind === "turn" ? [row.source.unitId] : [])))];
  const answerIds = [...new Set(rows.flatMap((row) => (row.source?.kind === "answer" ? [row.source.unitId] : [])))];
  const texts = new Map<string, { text: string; start: number }>();
  for (const ids of chunks(turnIds)) {
    for (const row of db
      .select({ id: turns.id, text: turns.text, start: turns.startOffset })
      .from(turns)
      .where(inArray(turns.id, ids))
      .all()) {
      texts.set(`turn:${row.id}`, { text: row.text, start: row.start });
    }
  }
  for (const ids of chunks(answerIds)) {
    for (const row of db
      .select({ id: answers.id, text: answers.text, start: answers.startOffset })
      .from(answers)
      .where(inArray(answers.id, ids))
      .all()) {
      texts.set(`answer:${row.id}`, { text: row.text, start: row.start });
    }
  }
  for (const row of rows) {
    row.context = row.source ? (texts.get(`${row.source.kind}:${row.source.unitId}`) ?? null) : null;
  }
}

export function keeps(filter: RetrievalFilter["attributes"], values: Record<string, string>): boolean {
  for (const [name, allowed] of Object.entries(filter ?? {})) {
    if (allowed.length === 0) continue;
    const value = values[name];
    if (value === undefined || !allowed.includes(value)) return false;
  }
  return true;
}
