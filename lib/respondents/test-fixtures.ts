import type { Db } from "../../db/client";
import { answers, documents, questions, respondentAttributes, respondents } from "../../db/schema";
import { ensureAttribute } from "../imports/ensure-attribute";
import { ensureWave } from "../imports/ensure-wave";

/** One wave of a survey with one free-text question; `answer: null` means the respondent left it blank. */
export function seedSurveyWave(
  db: Db,
  projectId: number,
  wave: string,
  rows: { id: string; answer: string | null; attributes?: Record<string, string> }[],
  question = "What would improve your working life?",
) {
  const waveId = ensureWave(db, projectId, wave);
  const questionId = db
    .insert(questions)
    .values({ projectId, text: `${question} (${wave})` })
    .returning({ id: questions.id })
    .get().id;
  const respondentIds = rows.map((row) => {
    const id = db
      .insert(respondents)
      .values({ projectId, waveId, externalId: row.id })
      .returning({ id: respondents.id })
      .get().id;
    for (const [name, value] of Object.entries(row.attributes ?? {})) {
      db.insert(respondentAttributes)
        .values({ respondentId: id, attributeId: ensureAttribute(db, projectId, name), value })
        .run();
    }
    return id;
  });
  const answered = rows
    .map((row, index) => ({ ...row, respondentId: respondentIds[index] }))
    .filter((row) => row.answer);
  const text = answered.map((row) => row.answer).join("\n\n");
  const documentId = db
    .insert(documents)
    .values({ projectId, kind: "question", title: question, waveId, questionId, text, textLength: text.length })
    .returning({ id: documents.id })
    .get().id;
  let offset = 0;
  answered.forEach((row, position) => {
    const answer = row.answer as string;
    db.insert(answers)
      .values({
        documentId,
        respondentId: row.respondentId,
        position,
        startOffset: offset,
        endOffset: offset + answer.length,
        text: answer,
      })
      .run();
    offset += answer.length + 2;
  });
  return { waveId, documentId, respondentIds };
}
