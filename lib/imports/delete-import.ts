import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../../db/client";
import {
  answers,
  attributes,
  attributeValues,
  codings,
  documents,
  imports,
  likertAnswers,
  likertItems,
  memos,
  metricChanges,
  metricValues,
  participantAttributes,
  participants,
  questions,
  quotes,
  type Role,
  respondentAttributes,
  respondents,
  segments,
  turns,
  users,
  waves,
} from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";

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

const BUSY = new Set(["uploaded", "queued", "parsing", "importing"]);

function idsOf(db: Db, projectId: number, importId: number) {
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
function ownParticipants(db: Db, projectId: number, documentIds: number[]): number[] {
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

function loadImport(db: Db, projectId: number, importId: number) {
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

export interface DeleteImportInput {
  projectId: number;
  importId: number;
  /** The owner's explicit confirmation that approved quotes go too. */
  confirmApprovedQuotes?: boolean;
  /** What the confirmation showed: refused if the import's reach has changed since (someone coded meanwhile). */
  expected?: Pick<ImportDeletion, "documents" | "respondents" | "codings" | "quotes" | "approvedQuotes">;
}

/**
 * Deletes an import and everything it created, in one transaction recorded in the event log: its
 * documents (with their turns, answers, segments, codings, memos and quotes), its respondents (with their
 * attributes and Likert answers), participants heard only in it, and questions, Likert items,
 * attributes and waves it leaves empty. Approved quotes block the deletion unless the owner confirms them.
 */
export function deleteImport(db: Db, actor: { userId: number; role: Role }, input: DeleteImportInput): ImportDeletion {
  if (actor.role !== "owner" && actor.role !== "researcher") {
    throw new AppError("forbidden", "Only an owner or a researcher can delete an import.");
  }
  return db.transaction(
    (tx) => {
      const txDb = tx as unknown as Db;
      const job = loadImport(txDb, input.projectId, input.importId);
      if (BUSY.has(job.status))
        throw new AppError("conflict", "This import is still running: wait for it to finish, then delete it.");
      if (job.status !== "done")
        throw new AppError(
          "conflict",
          "Only a finished import can be deleted; a preview is discarded on the import page.",
        );
      const found = describeImportDeletion(txDb, input.projectId, input.importId);
      const checked = ["documents", "respondents", "codings", "quotes", "approvedQuotes"] as const;
      if (input.expected && checked.some((key) => input.expected![key] !== found[key])) {
        throw new AppError(
          "conflict",
          `This import's data changed since you looked: it is now ${describeDeletionText(found)}. Check and confirm again.`,
        );
      }
      if (found.approvedQuotes > 0) {
        if (actor.role !== "owner")
          throw new AppError(
            "forbidden",
            `${found.approvedQuotes} approved ${found.approvedQuotes === 1 ? "quote comes" : "quotes come"} from this import: only the project owner can delete it.`,
          );
        if (!input.confirmApprovedQuotes)
          throw new AppError(
            "conflict",
            `${found.approvedQuotes} approved ${found.approvedQuotes === 1 ? "quote comes" : "quotes come"} from this import: confirm that they go too.`,
          );
      }
      const { documentIds, respondentIds } = idsOf(txDb, input.projectId, input.importId);
      const participantIds = ownParticipants(txDb, input.projectId, documentIds);
      const questionIds = documentIds.length
        ? tx
            .selectDistinct({ id: documents.questionId })
            .from(documents)
            .where(inArray(documents.id, documentIds))
            .all()
            .flatMap((row) => (row.id === null ? [] : [row.id]))
        : [];
      const itemIds = respondentIds.length
        ? tx
            .selectDistinct({ id: likertAnswers.itemId })
            .from(likertAnswers)
            .where(inArray(likertAnswers.respondentId, respondentIds))
            .all()
            .map((row) => row.id)
        : [];
      const attributeIds = [
        ...new Set([
          ...chunks(respondentIds).flatMap((chunk) =>
            tx
              .selectDistinct({ id: respondentAttributes.attributeId })
              .from(respondentAttributes)
              .where(inArray(respondentAttributes.respondentId, chunk))
              .all()
              .map((row) => row.id),
          ),
          ...chunks(participantIds).flatMap((chunk) =>
            tx
              .selectDistinct({ id: participantAttributes.attributeId })
              .from(participantAttributes)
              .where(inArray(participantAttributes.participantId, chunk))
              .all()
              .map((row) => row.id),
          ),
        ]),
      ];
      const waveIds = found.waves.length
        ? tx
            .select({ id: waves.id })
            .from(waves)
            .where(and(eq(waves.projectId, input.projectId), inArray(waves.label, found.waves)))
            .all()
            .map((row) => row.id)
        : [];

      // Segments, codings, quotes, memos, turns and answers go by cascade from their documents and respondents.
      for (const chunk of chunks(documentIds)) tx.delete(documents).where(inArray(documents.id, chunk)).run();
      for (const chunk of chunks(respondentIds)) tx.delete(respondents).where(inArray(respondents.id, chunk)).run();
      for (const chunk of chunks(participantIds)) tx.delete(participants).where(inArray(participants.id, chunk)).run();
      if (questionIds.length)
        tx.delete(questions)
          .where(
            and(
              inArray(questions.id, questionIds),
              sql`not exists (select 1 from ${documents} where ${documents.questionId} = ${questions.id})`,
            ),
          )
          .run();
      if (itemIds.length)
        tx.delete(likertItems)
          .where(
            and(
              inArray(likertItems.id, itemIds),
              sql`not exists (select 1 from ${likertAnswers} where ${likertAnswers.itemId} = ${likertItems.id})`,
            ),
          )
          .run();
      // Attributes this import gave values to, left with no value anywhere and no curated values.
      if (attributeIds.length)
        tx.delete(attributes)
          .where(
            and(
              eq(attributes.projectId, input.projectId),
              inArray(attributes.id, attributeIds),
              sql`not exists (select 1 from ${respondentAttributes} where ${respondentAttributes.attributeId} = ${attributes.id})`,
              sql`not exists (select 1 from ${participantAttributes} where ${participantAttributes.attributeId} = ${attributes.id})`,
              sql`not exists (select 1 from ${attributeValues} where ${attributeValues.attributeId} = ${attributes.id})`,
            ),
          )
          .run();
      if (waveIds.length) tx.delete(waves).where(inArray(waves.id, waveIds)).run();
      tx.delete(imports).where(eq(imports.id, input.importId)).run();
      recordEvent(tx, {
        projectId: input.projectId,
        actorId: actor.userId,
        action: "import.delete",
        target: { type: "import", id: input.importId },
        detail: { ...found, text: describeDeletionText(found) },
      });
      return found;
    },
    { behavior: "immediate" },
  );
}

function chunks(ids: number[], size = 500): number[][] {
  const result: number[][] = [];
  for (let index = 0; index < ids.length; index += size) result.push(ids.slice(index, index + size));
  return result;
}

export interface ImportListing {
  id: number;
  filename: string;
  status: string;
  createdAt: Date;
  by: string | null;
  documents: number;
  respondents: number;
}

/** The project's finished imports (newest first), with what each brought in. */
export function listImports(db: Db, projectId: number): ImportListing[] {
  const documentCounts = new Map(
    db
      .select({ importId: documents.importId, n: sql<number>`count(*)` })
      .from(documents)
      .where(and(eq(documents.projectId, projectId), sql`${documents.importId} is not null`))
      .groupBy(documents.importId)
      .all()
      .map((row) => [row.importId!, row.n]),
  );
  const respondentCounts = new Map(
    db
      .select({ importId: respondents.importId, n: sql<number>`count(*)` })
      .from(respondents)
      .where(and(eq(respondents.projectId, projectId), sql`${respondents.importId} is not null`))
      .groupBy(respondents.importId)
      .all()
      .map((row) => [row.importId!, row.n]),
  );
  return db
    .select({
      id: imports.id,
      filename: imports.filename,
      status: imports.status,
      createdAt: imports.createdAt,
      by: users.name,
    })
    .from(imports)
    .leftJoin(users, eq(users.id, imports.userId))
    .where(and(eq(imports.projectId, projectId), eq(imports.status, "done")))
    .orderBy(sql`${imports.id} desc`)
    .all()
    .map((row) => ({
      ...row,
      documents: documentCounts.get(row.id) ?? 0,
      respondents: respondentCounts.get(row.id) ?? 0,
    }));
}
