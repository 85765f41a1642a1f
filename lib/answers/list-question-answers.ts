import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  answers,
  attributes,
  codings,
  documents,
  questions,
  respondentAttributes,
  respondents,
  segments,
  users,
  waves,
} from "../../db/schema";
import { orderAttributeNames } from "../attributes/standard-attributes";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";
import { AppError } from "../errors";

export interface GridAnswer {
  id: number;
  position: number;
  respondentId: number;
  externalId: string;
  /** Where the answer lies in the document's text (UTF-16, end exclusive). */
  start: number;
  end: number;
  text: string;
  /** Attribute values in the order of `attributeNames`; "" where the respondent has none. */
  values: string[];
}

export interface GridCoding {
  id: number;
  segmentId: number;
  /** The answer the segment starts in. */
  answerId: number;
  start: number;
  end: number;
  codeId: number;
  coderId: number;
  coderName: string;
}

export interface QuestionWave {
  documentId: number;
  wave: string | null;
}

export interface QuestionAnswers {
  document: { id: number; title: string; wave: string | null; questionId: number; textLength: number };
  /** This question's document in every wave (this one included), oldest wave first. */
  waves: QuestionWave[];
  attributeNames: string[];
  answers: GridAnswer[];
  codings: GridCoding[];
}

/** Index of the last answer starting at or before `offset` (answers are sorted by start). */
function answerAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (starts[middle] <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * Everything the answer grid shows for one question × wave document: its answers in order, each
 * respondent's attributes, and every coding (any coder) placed on the answer it starts in. Five
 * set-based queries whatever the number of answers, so 10,000 answers cost what 10 do.
 * @throws AppError "not_found" when the document is not a question of this project.
 */
export function listQuestionAnswers(
  db: Db,
  projectId: number,
  documentId: number,
  viewer: CodingViewer = null,
): QuestionAnswers {
  const document = db
    .select({
      id: documents.id,
      title: documents.title,
      wave: waves.label,
      questionId: documents.questionId,
      textLength: documents.textLength,
    })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(eq(documents.id, documentId), eq(documents.projectId, projectId), eq(documents.kind, "question")))
    .get();
  if (!document || document.questionId === null) throw new AppError("not_found", "Question not found.");
  const questionId = document.questionId;

  const waveDocuments = db
    .select({ documentId: documents.id, wave: waves.label })
    .from(documents)
    .innerJoin(questions, eq(questions.id, documents.questionId))
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(
      and(eq(documents.projectId, projectId), eq(documents.questionId, questionId), eq(documents.kind, "question")),
    )
    .orderBy(asc(waves.label), asc(documents.id))
    .all();

  const answerRows = db
    .select({
      id: answers.id,
      position: answers.position,
      respondentId: answers.respondentId,
      externalId: respondents.externalId,
      start: answers.startOffset,
      end: answers.endOffset,
      text: answers.text,
    })
    .from(answers)
    .innerJoin(respondents, and(eq(respondents.id, answers.respondentId), eq(respondents.projectId, projectId)))
    .where(eq(answers.documentId, documentId))
    .orderBy(asc(answers.startOffset))
    .all();

  const attributeRows = db
    .select({
      respondentId: respondentAttributes.respondentId,
      name: attributes.name,
      value: respondentAttributes.value,
    })
    .from(answers)
    .innerJoin(respondentAttributes, eq(respondentAttributes.respondentId, answers.respondentId))
    .innerJoin(
      attributes,
      and(eq(attributes.id, respondentAttributes.attributeId), eq(attributes.projectId, projectId)),
    )
    .where(eq(answers.documentId, documentId))
    .all();
  const attributeNames = orderAttributeNames(attributeRows.map((row) => row.name));
  const column = new Map(attributeNames.map((name, index) => [name, index]));
  const valuesByRespondent = new Map<number, string[]>();
  for (const row of attributeRows) {
    let values = valuesByRespondent.get(row.respondentId);
    if (!values) {
      values = attributeNames.map(() => "");
      valuesByRespondent.set(row.respondentId, values);
    }
    values[column.get(row.name)!] = row.value;
  }
  const gridAnswers: GridAnswer[] = answerRows.map((row) => ({
    ...row,
    values: valuesByRespondent.get(row.respondentId) ?? attributeNames.map(() => ""),
  }));

  const starts = gridAnswers.map((answer) => answer.start);
  const codingRows = db
    .select({
      id: codings.id,
      segmentId: segments.id,
      start: segments.startOffset,
      end: segments.endOffset,
      codeId: codings.codeId,
      coderId: codings.coderId,
      coderName: users.name,
    })
    .from(segments)
    .innerJoin(codings, eq(codings.segmentId, segments.id))
    .innerJoin(users, eq(users.id, codings.coderId))
    .where(
      and(
        eq(segments.projectId, projectId),
        eq(segments.documentId, documentId),
        resolveCodingScope(db, projectId, viewer).visible,
      ),
    )
    .orderBy(asc(segments.startOffset), asc(segments.endOffset), asc(codings.id))
    .all();
  const gridCodings = codingRows.flatMap((row): GridCoding[] => {
    const index = answerAt(starts, row.start);
    // A segment starting in the blank line between two answers belongs to the next one.
    const answer = index === -1 || row.start >= gridAnswers[index].end ? gridAnswers[index + 1] : gridAnswers[index];
    return answer ? [{ ...row, answerId: answer.id }] : [];
  });

  return {
    document: {
      id: document.id,
      title: document.title,
      wave: document.wave,
      questionId,
      textLength: document.textLength,
    },
    waves: waveDocuments,
    attributeNames,
    answers: gridAnswers,
    codings: gridCodings,
  };
}
