// The confirmation before an import is deleted: what it would take with it, counted now and said in words.
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/client";
import {
  answers,
  codings,
  documents,
  imports,
  likertAnswers,
  memos,
  metricChanges,
  metricValues,
  participants,
  quotes,
  respondents,
  segments,
  turns,
  waves,
} from "../../db/schema";
import { AppError } from "../errors";

/** Everything deleting an import takes with it, as the confirmation states it. */
export interface ImportDeletion {
  importId: number;
  filename: string;
  documents: number;
  turns: number;
  answers: number;
  respondents: number;
  likertAnswers: number;
  participants: number;
  codings: number;
  memos: number;
  quotes: number;
  approvedQuotes: number;
  /** Waves left with nothing in them, removed too. */
  waves: string[];
}

export function idsOf(db: Db, projectId: number, importId: number) {
  const documentIds = db
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.projectId, projectId), eq(documents.importId, importId)))
    .all()
    .map((row) => row.id);
  const respondentIds = db
    .select({ id: respondents.id })
    .from(respondents)
    .where(and(eq(respondents.projectId, projectId), eq(respondents.importId, importId)))
    .all()
    .map((row) => row.id);
  return { documentIds, respondentIds };
}

function countWhere(db: Db, table: SQLiteTable, where: SQL): number {
  return db.select({ n: sql<number>`count(*)` }).from(table).where(where).get()?.n ?? 0;
}

/**
 * Participants first seen in this import: they speak in its transcripts and nowhere else. (Speakers are
 * matched by name across transcripts, so a participant also heard in another transcript stays.)
 */
export function ownParticipants(db: Db, projectId: number, documentIds: number[]): number[] {
  if (documentIds.length === 0) return [];
  const speaking = db
    .selectDistinct({ id: turns.participantId })
    .from(turns)
    .where(and(inArray(turns.documentId, documentIds), sql`${turns.participantId} is not null`))
    .all()
    .map((row) => row.id!);
  if (speaking.length === 0) return [];
  const elsewhere = new Set(
    db
      .selectDistinct({ id: turns.participantId })
      .from(turns)
      .innerJoin(documents, eq(documents.id, turns.documentId))
      .where(
        and(
          eq(documents.projectId, projectId),
          inArray(turns.participantId, speaking),
          sql`${turns.documentId} not in (${sql.join(
            documentIds.map((id) => sql`${id}`),
            sql`, `,
          )})`,
        ),
      )
      .all()
      .map((row) => row.id!),
  );
  return speaking.filter((id) => !elsewhere.has(id));
}

export function loadImport(db: Db, projectId: number, importId: number) {
  const job = db
    .select({ id: imports.id, filename: imports.filename, status: imports.status })
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.projectId, projectId)))
    .get();
  if (!job) throw new AppError("not_found", "Import not found.");
  return job;
}

/** What deleting the import would remove, counted now; nothing is changed. */
export function describeImportDeletion(db: Db, projectId: number, importId: number): ImportDeletion {
  const job = loadImport(db, projectId, importId);
  const { documentIds, respondentIds } = idsOf(db, projectId, importId);
  const documentSet = sql`(select ${documents.id} from ${documents} where ${documents.projectId} = ${projectId} and ${documents.importId} = ${importId})`;
  const respondentSet = sql`(select ${respondents.id} from ${respondents} where ${respondents.projectId} = ${projectId} and ${respondents.importId} = ${importId})`;
  const segmentSet = sql`(select ${segments.id} from ${segments} where ${segments.documentId} in ${documentSet})`;
  const quoteRows = db
    .select({ status: quotes.status })
    .from(quotes)
    .where(sql`${quotes.segmentId} in ${segmentSet}`)
    .all();
  return {
    importId,
    filename: job.filename,
    documents: documentIds.length,
    turns: countWhere(db, turns, sql`${turns.documentId} in ${documentSet}`),
    answers: countWhere(
      db,
      answers,
      sql`${answers.documentId} in ${documentSet} or ${answers.respondentId} in ${respondentSet}`,
    ),
    respondents: respondentIds.length,
    likertAnswers: countWhere(db, likertAnswers, sql`${likertAnswers.respondentId} in ${respondentSet}`),
    participants: ownParticipants(db, projectId, documentIds).length,
    codings: countWhere(db, codings, sql`${codings.segmentId} in ${segmentSet}`),
    memos: countWhere(
      db,
      memos,
      sql`${memos.projectId} = ${projectId} and (${memos.documentId} in ${documentSet} or ${memos.segmentId} in ${segmentSet})`,
    ),
    quotes: quoteRows.length,
    approvedQuotes: quoteRows.filter((quote) => quote.status === "approved").length,
    waves: emptiedWaves(db, projectId, importId, documentIds, respondentIds),
  };
}

/** Waves this import's rows are in that hold nothing else: no other document, respondent, participant or metric. */
function emptiedWaves(
  db: Db,
  projectId: number,
  importId: number,
  documentIds: number[],
  respondentIds: number[],
): string[] {
  const waveIds = new Set<number>();
  if (documentIds.length)
    for (const row of db
      .selectDistinct({ id: documents.waveId })
      .from(documents)
      .where(inArray(documents.id, documentIds))
      .all())
      if (row.id !== null) waveIds.add(row.id);
  if (respondentIds.length)
    for (const row of db
      .selectDistinct({ id: respondents.waveId })
      .from(respondents)
      .where(eq(respondents.importId, importId))
      .all())
      waveIds.add(row.id);
  const own = new Set(ownParticipants(db, projectId, documentIds));
  const result: string[] = [];
  for (const waveId of waveIds) {
    const otherDocument = db
      .select({ id: documents.id })
      .from(documents)
      .where(
        and(eq(documents.waveId, waveId), sql`(${documents.importId} is null or ${documents.importId} <> ${importId})`),
      )
      .limit(1)
      .get();
    const otherRespondent = db
      .select({ id: respondents.id })
      .from(respondents)
      .where(
        and(
          eq(respondents.waveId, waveId),
          sql`(${respondents.importId} is null or ${respondents.importId} <> ${importId})`,
        ),
      )
      .limit(1)
      .get();
    const otherParticipant = db
      .select({ id: participants.id })
      .from(participants)
      .where(eq(participants.waveId, waveId))
      .all()
      .some((row) => !own.has(row.id));
    const metric =
      db.select({ id: metricValues.id }).from(metricValues).where(eq(metricValues.waveId, waveId)).limit(1).get() ??
      db
        .select({ id: metricChanges.id })
        .from(metricChanges)
        .where(sql`${metricChanges.waveFromId} = ${waveId} or ${metricChanges.waveToId} = ${waveId}`)
        .limit(1)
        .get();
    if (otherDocument || otherRespondent || otherParticipant || metric) continue;
    const label = db.select({ label: waves.label }).from(waves).where(eq(waves.id, waveId)).get()?.label;
    if (label !== undefined) result.push(label);
  }
  return result.sort();
}

/** "3 documents, 1,220 respondents, 6,415 codings, 2 approved quotes": the parts that are not zero. */
export function describeDeletionText(deletion: ImportDeletion): string {
  const number = (n: number) => n.toLocaleString("en-GB");
  const parts: [number, string, string][] = [
    [deletion.documents, "document", "documents"],
    [deletion.respondents, "respondent", "respondents"],
    [deletion.participants, "participant", "participants"],
    [deletion.turns, "turn", "turns"],
    [deletion.answers, "answer", "answers"],
    [deletion.likertAnswers, "Likert answer", "Likert answers"],
    [deletion.codings, "coding", "codings"],
    [deletion.memos, "memo", "memos"],
    [deletion.quotes - deletion.approvedQuotes, "quote not yet approved", "quotes not yet approved"],
    [deletion.approvedQuotes, "approved quote", "approved quotes"],
  ];
  const text = parts
    .filter(([n]) => n > 0)
    .map(([n, one, many]) => `${number(n)} ${n === 1 ? one : many}`)
    .join(", ");
  const waves = deletion.waves.length
    ? `; wave${deletion.waves.length === 1 ? "" : "s"} ${deletion.waves.join(", ")}, left empty`
    : "";
  return (text || "nothing but the import's record") + waves;
}
