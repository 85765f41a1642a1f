import { and, eq } from "drizzle-orm";
import { bulkInserter } from "../../db/bulk-insert";
import type { Db } from "../../db/client";
import {
  answers,
  documents,
  events,
  likertAnswers,
  likertItems,
  questions,
  respondentAttributes,
  respondents,
} from "../../db/schema";
import { indexDocumentText } from "../../db/search-index";
import { AppError } from "../errors";
import type { SurveyRecords } from "../importers/survey/types";
import { ensureAttribute } from "./ensure-attribute";
import { ensureWave } from "./ensure-wave";
import { layoutText } from "./layout-text";

export interface SurveySummary {
  documents: number;
  respondents: number;
  answers: number;
  attributes: number;
  likertAnswers: number;
  questions: number;
}

export type ProgressReporter = (done: number, total: number) => void;

const CHUNK = 400;

/**
 * Stores a mapped survey in one transaction: respondents with attributes and Likert answers,
 * and one document per free-text question × wave made of its answers. A failure anywhere
 * rolls everything back, so a broken file never leaves half a survey behind.
 */
export function storeSurvey(
  db: Db,
  projectId: number,
  userId: number,
  wave: string,
  records: SurveyRecords,
  filename: string,
  importId: number | null = null,
  onProgress: ProgressReporter = () => {},
): SurveySummary {
  if (records.respondents.length === 0)
    throw new AppError("invalid_input", "This survey has no respondents to import.");
  const total = records.respondents.length + records.questions.reduce((sum, q) => sum + q.answers.length, 0);
  let done = 0;
  const tick = (n: number) => {
    done += n;
    onProgress(done, total);
  };
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const waveId = ensureWave(txDb, projectId, wave);
    const duplicate = tx
      .select({ externalId: respondents.externalId })
      .from(respondents)
      .where(and(eq(respondents.projectId, projectId), eq(respondents.waveId, waveId)))
      .limit(1)
      .get();
    if (duplicate) {
      throw new AppError("conflict", `Wave ${wave} already has respondents in this project. Import each wave once.`);
    }
    const attributeNames = [...new Set(records.respondents.flatMap((r) => Object.keys(r.attributes)))];
    const attributeIds = new Map(attributeNames.map((name) => [name, ensureAttribute(txDb, projectId, name)]));
    const itemIds = new Map<string, number>();
    for (const column of records.likertColumns) {
      const existing = tx
        .select({ id: likertItems.id })
        .from(likertItems)
        .where(and(eq(likertItems.projectId, projectId), eq(likertItems.label, column.header)))
        .get();
      const id =
        existing?.id ??
        tx
          .insert(likertItems)
          .values({ projectId, label: column.header, metricKey: column.metricKey })
          .returning({ id: likertItems.id })
          .get().id;
      itemIds.set(column.header, id);
    }

    const insertRespondent = bulkInserter(db, respondents, ["projectId", "waveId", "externalId", "importId"]);
    const insertAttribute = bulkInserter(db, respondentAttributes, ["respondentId", "attributeId", "value"]);
    const insertLikert = bulkInserter(db, likertAnswers, ["respondentId", "itemId", "value"]);
    const insertAnswer = bulkInserter(db, answers, [
      "documentId",
      "respondentId",
      "position",
      "startOffset",
      "endOffset",
      "text",
    ]);
    const attributeIdList = attributeNames.map((name) => [name, attributeIds.get(name)!] as const);

    const respondentIds: number[] = [];
    let likertCount = 0;
    records.respondents.forEach((respondent, index) => {
      const respondentId = insertRespondent([projectId, waveId, respondent.externalId, importId]);
      respondentIds.push(respondentId);
      for (const [name, attributeId] of attributeIdList) {
        const value = respondent.attributes[name];
        if (value?.trim()) insertAttribute([respondentId, attributeId, value]);
      }
      for (const header in respondent.likert) {
        insertLikert([respondentId, itemIds.get(header)!, respondent.likert[header]]);
        likertCount++;
      }
      if (index % CHUNK === CHUNK - 1) tick(CHUNK);
    });
    tick(records.respondents.length % CHUNK);

    let answerCount = 0;
    let documentCount = 0;
    for (const question of records.questions) {
      if (question.answers.length === 0) continue;
      const questionId =
        tx
          .select({ id: questions.id })
          .from(questions)
          .where(and(eq(questions.projectId, projectId), eq(questions.text, question.header)))
          .get()?.id ??
        tx.insert(questions).values({ projectId, text: question.header }).returning({ id: questions.id }).get().id;
      const { text, units } = layoutText(question.answers);
      const document = tx
        .insert(documents)
        .values({
          projectId,
          kind: "question",
          title: question.header,
          waveId,
          questionId,
          sourceFilename: filename,
          sourceFormat: filename.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv",
          text,
          textLength: text.length,
          importId,
        })
        .returning({ id: documents.id })
        .get();
      documentCount++;
      units.forEach(({ unit, startOffset, endOffset }, position) => {
        insertAnswer([document.id, respondentIds[unit.respondentIndex], position, startOffset, endOffset, unit.text]);
        if (position % CHUNK === CHUNK - 1) tick(CHUNK);
      });
      tick(units.length % CHUNK);
      indexDocumentText(db, document.id, "question");
      answerCount += units.length;
    }
    const summary: SurveySummary = {
      documents: documentCount,
      respondents: respondentIds.length,
      answers: answerCount,
      attributes: attributeNames.length,
      likertAnswers: likertCount,
      questions: documentCount,
    };
    tx.insert(events)
      .values({
        projectId,
        userId,
        action: "survey.import",
        targetType: "wave",
        targetId: waveId,
        detail: { ...summary, filename },
      })
      .run();
    return summary;
  });
}
