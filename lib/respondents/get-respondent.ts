import { and, asc, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { answers, attributes, documents, questions, respondentAttributes, respondents, waves } from "../../db/schema";
import { orderAttributeNames } from "../attributes/standard-attributes";
import type { CodingViewer } from "../coding/coding-scope";
import { listUnitCodings, type UnitCoding } from "../coding/list-unit-codings";
import { AppError } from "../errors";

export interface RespondentAnswer {
  answerId: number;
  documentId: number;
  question: string;
  /** The answer's place in its document's text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  text: string;
  codings: UnitCoding[];
}

export interface RespondentView {
  id: number;
  externalId: string;
  wave: string;
  /** Attribute name → value, standard attributes first. */
  attributes: [string, string][];
  answers: RespondentAnswer[];
  /** The same respondent id in the project's other waves (ids are the export's own, so only a hint). */
  otherWaves: { id: number; wave: string }[];
}

/**
 * One respondent with their attributes and every answer they gave, question by question, each with the
 * codings on it that the viewer may see.
 * @throws AppError "not_found" for a respondent outside the project.
 */
export function getRespondent(
  db: Db,
  projectId: number,
  respondentId: number,
  viewer: CodingViewer = null,
): RespondentView {
  const respondent = db
    .select({ id: respondents.id, externalId: respondents.externalId, wave: waves.label })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .where(and(eq(respondents.id, respondentId), eq(respondents.projectId, projectId)))
    .get();
  if (!respondent) throw new AppError("not_found", "Respondent not found.");
  const values = new Map(
    db
      .select({ name: attributes.name, value: respondentAttributes.value })
      .from(respondentAttributes)
      .innerJoin(attributes, eq(attributes.id, respondentAttributes.attributeId))
      .where(and(eq(respondentAttributes.respondentId, respondentId), eq(attributes.projectId, projectId)))
      .all()
      .map((row) => [row.name, row.value]),
  );
  const answerRows = db
    .select({
      answerId: answers.id,
      documentId: answers.documentId,
      question: questions.text,
      start: answers.startOffset,
      end: answers.endOffset,
      text: answers.text,
    })
    .from(answers)
    .innerJoin(documents, and(eq(documents.id, answers.documentId), eq(documents.projectId, projectId)))
    .innerJoin(questions, eq(questions.id, documents.questionId))
    .where(eq(answers.respondentId, respondentId))
    .orderBy(asc(questions.id), asc(documents.id))
    .all();
  const codings = listUnitCodings(db, projectId, answerRows, viewer);
  const otherWaves = db
    .select({ id: respondents.id, wave: waves.label })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .where(
      and(
        eq(respondents.projectId, projectId),
        eq(respondents.externalId, respondent.externalId),
        ne(respondents.id, respondentId),
      ),
    )
    .orderBy(asc(waves.label))
    .all();
  return {
    ...respondent,
    attributes: orderAttributeNames([...values.keys()]).map((name) => [name, values.get(name)!]),
    answers: answerRows.map((row, index) => ({ ...row, codings: codings[index] })),
    otherWaves,
  };
}
