import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  attributes,
  attributeValues,
  documents,
  imports,
  likertAnswers,
  likertItems,
  participantAttributes,
  participants,
  questions,
  type Role,
  respondentAttributes,
  respondents,
  waves,
} from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import {
  describeDeletionText,
  describeImportDeletion,
  type ImportDeletion,
  idsOf,
  loadImport,
  ownParticipants,
} from "./describe-import-deletion";

const BUSY = new Set(["uploaded", "queued", "parsing", "importing"]);

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
