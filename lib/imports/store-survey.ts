import { and, count, eq, gte, inArray, lte, max, min } from "drizzle-orm";
import { batchInserter, insertReturningIds } from "../../db/bulk-insert";
import type { Db } from "../../db/client";
import {
  answers,
  documents,
  likertAnswers,
  likertItems,
  questions,
  respondentAttributes,
  respondents,
} from "../../db/schema";
import { indexDocumentText } from "../../db/search-index";
import { canonicalValue, loadAttributeAliases } from "../attribute-values/canonical-value";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { ensureAttribute } from "./ensure-attribute";
import { ensureWave } from "./ensure-wave";
import { layoutText } from "./layout-text";
import type { SurveyRecords } from "./parsers/survey/types";

export interface SurveySummary {
  documents: number;
  respondents: number;
  answers: number;
  attributes: number;
  likertAnswers: number;
  questions: number;
}

export type ProgressReporter = (done: number, total: number) => void;

/** What to do with a respondent whose id the wave already has: keep the stored one, use the file's, or stop. */
export type RespondentCollision = "skip" | "replace" | "stop";

export interface StoreSurveyInput extends StoreSurveyOptions {
  projectId: number;
  userId: number;
  wave: string;
  records: SurveyRecords;
  filename: string;
  /** The import job that brought the survey in, so deleting the import removes what it stored. */
  importId?: number | null;
  onProgress?: ProgressReporter;
}

export interface StoreSurveyOptions {
  /**
   * Add this export to a wave that already has respondents (a survey exported in parts), matching
   * respondents by their id. Without it a wave with respondents is refused, as before.
   */
  addToWave?: { onCollision: RespondentCollision };
}

/** How a file added to a wave met the respondents already there. */
export interface WaveAddition {
  added: number;
  skipped: number;
  replaced: number;
}

const CHUNK = 400;
/**
 * Progress weights, each step's rough share of the time on a large import: storing a respondent
 * with their attributes takes about as long as 8 Likert answers, an answer with its text indexed
 * about as long as 10. Steady progress also keeps the progress file from being rewritten in bursts.
 */
const RESPONDENT_WEIGHT = 8;
const LIKERT_WEIGHT = 1;
const ANSWER_WEIGHT = 10;

/**
 * Stores a mapped survey in one transaction: respondents with attributes and Likert answers,
 * and one document per free-text question × wave made of its answers. A failure anywhere
 * rolls everything back, so a broken file never leaves half a survey behind.
 */
export function storeSurvey(db: Db, input: StoreSurveyInput): SurveySummary & { wave?: WaveAddition } {
  const { projectId, userId, wave, filename, importId = null, onProgress = () => {} } = input;
  const options: StoreSurveyOptions = input;
  let records = input.records;
  if (records.respondents.length === 0)
    throw new AppError("invalid_input", "This survey has no respondents to import.");
  // Progress counts respondents (with their attributes), respondent × Likert item pairs, and answers.
  const likertItemCount = new Set(records.likertColumns.map((column) => column.header)).size;
  const total =
    records.respondents.length * (RESPONDENT_WEIGHT + LIKERT_WEIGHT * likertItemCount) +
    ANSWER_WEIGHT * records.questions.reduce((sum, q) => sum + q.answers.length, 0);
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
    let addition: WaveAddition | undefined;
    if (duplicate && !options.addToWave) {
      throw new AppError("conflict", `Wave ${wave} already has respondents in this project. Import each wave once.`);
    }
    if (duplicate && options.addToWave) {
      const merged = matchWaveRespondents(txDb, projectId, waveId, wave, records, options.addToWave.onCollision);
      records = merged.records;
      addition = merged.addition;
      if (records.respondents.length === 0) {
        return {
          documents: 0,
          respondents: 0,
          answers: 0,
          attributes: 0,
          likertAnswers: 0,
          questions: 0,
          wave: addition,
        };
      }
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

    // Multi-row inserts (db/bulk-insert.ts). Attributes and Likert answers go in primary-key order,
    // so each insert lands at the end of its index instead of splitting pages all over it.
    const respondentIds = insertReturningIds(
      db,
      respondents,
      ["projectId", "waveId", "externalId", "importId"],
      records.respondents.map((respondent) => [projectId, waveId, respondent.externalId, importId]),
    );
    assertRespondentIds(txDb, projectId, waveId, respondentIds);

    const insertAttribute = batchInserter(db, respondentAttributes, ["respondentId", "attributeId", "value"]);
    // Spellings a researcher merged ("f" → "Female") are stored as the value they were merged into.
    const aliases = loadAttributeAliases(txDb, [...attributeIds.values()]);
    const attributeIdList = attributeNames
      .map((name) => [name, attributeIds.get(name)!] as const)
      .sort((a, b) => a[1] - b[1]);
    records.respondents.forEach((respondent, index) => {
      for (const [name, attributeId] of attributeIdList) {
        const value = respondent.attributes[name];
        if (value?.trim())
          insertAttribute.add([respondentIds[index], attributeId, canonicalValue(aliases, attributeId, value)]);
      }
      if (index % CHUNK === CHUNK - 1) tick(RESPONDENT_WEIGHT * CHUNK);
    });
    insertAttribute.flush();
    tick(RESPONDENT_WEIGHT * (records.respondents.length % CHUNK));

    // Likert answers are keyed (item, respondent): item by item, respondents in id order.
    const insertLikert = batchInserter(db, likertAnswers, ["respondentId", "itemId", "value"]);
    const items = [...itemIds].sort((a, b) => a[1] - b[1]);
    let likertCount = 0;
    for (const [header, itemId] of items) {
      records.respondents.forEach((respondent, index) => {
        const value = respondent.likert[header];
        if (value !== undefined) {
          insertLikert.add([respondentIds[index], itemId, value]);
          likertCount++;
        }
        if (index % CHUNK === CHUNK - 1) tick(LIKERT_WEIGHT * CHUNK);
      });
      tick(LIKERT_WEIGHT * (records.respondents.length % CHUNK));
    }
    insertLikert.flush();

    const insertAnswer = batchInserter(db, answers, [
      "documentId",
      "respondentId",
      "position",
      "startOffset",
      "endOffset",
      "text",
    ]);
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
        insertAnswer.add([
          document.id,
          respondentIds[unit.respondentIndex],
          position,
          startOffset,
          endOffset,
          unit.text,
        ]);
        if (position % CHUNK === CHUNK - 1) tick(ANSWER_WEIGHT * CHUNK);
      });
      insertAnswer.flush();
      tick(ANSWER_WEIGHT * (units.length % CHUNK));
      indexDocumentText(db, document.id, "question");
      answerCount += units.length;
    }
    const summary: SurveySummary & { wave?: WaveAddition } = {
      documents: documentCount,
      respondents: respondentIds.length,
      answers: answerCount,
      attributes: attributeNames.length,
      likertAnswers: likertCount,
      questions: documentCount,
      ...(addition ? { wave: addition } : {}),
    };
    recordEvent(tx, {
      projectId,
      actorId: userId,
      action: "survey.import",
      target: { type: "wave", id: waveId },
      detail: { ...summary, filename },
    });
    return summary;
  });
}

/**
 * The ids of a multi-row insert are worked out, not read back: check that the wave's respondents
 * are exactly that unbroken run, so a wrong id can never attach an answer to someone else.
 */
function assertRespondentIds(db: Db, projectId: number, waveId: number, ids: number[]): void {
  const first = ids[0];
  const last = ids[ids.length - 1];
  // Only the run just inserted: a wave added to in parts holds earlier respondents too.
  const stored = db
    .select({ n: count(), first: min(respondents.id), last: max(respondents.id) })
    .from(respondents)
    .where(
      and(
        eq(respondents.projectId, projectId),
        eq(respondents.waveId, waveId),
        gte(respondents.id, Math.min(first, last)),
        lte(respondents.id, Math.max(first, last)),
      ),
    )
    .get();
  if (stored?.n !== ids.length || stored.first !== first || stored.last !== last || last - first + 1 !== ids.length) {
    throw new Error("Respondent ids were not assigned in one unbroken run; the import was rolled back.");
  }
}

/**
 * Matches a file's respondents to those a wave already has, by id. New ids are added; a colliding
 * id is skipped (the stored respondent stays), replaced (the stored respondent, with their answers,
 * Likert answers and attributes, makes way for the file's) or stops the import, as the researcher chose.
 */
function matchWaveRespondents(
  db: Db,
  projectId: number,
  waveId: number,
  wave: string,
  records: SurveyRecords,
  onCollision: RespondentCollision,
): { records: SurveyRecords; addition: WaveAddition } {
  const stored = new Map(
    db
      .select({ id: respondents.id, externalId: respondents.externalId })
      .from(respondents)
      .where(and(eq(respondents.projectId, projectId), eq(respondents.waveId, waveId)))
      .all()
      .map((row) => [row.externalId, row.id]),
  );
  const colliding = records.respondents.filter((respondent) => stored.has(respondent.externalId));
  if (colliding.length > 0 && onCollision === "stop") {
    const examples = colliding
      .slice(0, 3)
      .map((respondent) => `"${respondent.externalId}"`)
      .join(", ");
    throw new AppError(
      "conflict",
      `${colliding.length.toLocaleString("en-GB")} respondent${colliding.length === 1 ? "" : "s"} in this file (${examples}${colliding.length > 3 ? " …" : ""}) already ${colliding.length === 1 ? "is" : "are"} in wave ${wave}. Choose skip to keep the stored answers or replace to use this file's; nothing was imported.`,
    );
  }
  if (onCollision === "replace" && colliding.length > 0) {
    const ids = colliding.map((respondent) => stored.get(respondent.externalId)!);
    for (let index = 0; index < ids.length; index += 500) {
      db.delete(respondents)
        .where(inArray(respondents.id, ids.slice(index, index + 500)))
        .run();
    }
    return {
      records,
      addition: { added: records.respondents.length - colliding.length, skipped: 0, replaced: colliding.length },
    };
  }
  if (colliding.length === 0) {
    return { records, addition: { added: records.respondents.length, skipped: 0, replaced: 0 } };
  }
  const newIndex = new Map<number, number>();
  const kept = records.respondents.filter((respondent, index) => {
    if (stored.has(respondent.externalId)) return false;
    newIndex.set(index, newIndex.size);
    return true;
  });
  return {
    records: {
      ...records,
      respondents: kept,
      questions: records.questions.map((question) => ({
        header: question.header,
        answers: question.answers
          .filter((answer) => newIndex.has(answer.respondentIndex))
          .map((answer) => ({ ...answer, respondentIndex: newIndex.get(answer.respondentIndex)! })),
      })),
    },
    addition: { added: kept.length, skipped: colliding.length, replaced: 0 },
  };
}
