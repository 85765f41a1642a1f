import { and, eq, gte, lte } from "drizzle-orm";
import type { Db } from "../../db/client";
import { answers, documents, participants, respondents, turns, waves } from "../../db/schema";
import type { QuoteSource } from "../attribution/types";
import { AppError } from "../errors";

export type { QuoteSource };

/**
 * The turn or answer holding the range [start, end) of a document (UTF-16 offsets, end exclusive).
 * Note: a quote speaks for one person, so a range across two turns or answers is refused.
 */
export function resolveQuoteSource(
  db: Db,
  projectId: number,
  span: { documentId: number; start: number; end: number },
): QuoteSource {
  const { documentId, start, end } = span;
  const document = db
    .select({
      id: documents.id,
      kind: documents.kind,
      title: documents.title,
      waveId: documents.waveId,
      wave: waves.label,
      groupType: documents.groupType,
    })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(eq(documents.id, documentId), eq(documents.projectId, projectId)))
    .get();
  if (!document) throw new AppError("not_found", "Document not found.");
  const base = {
    documentId: document.id,
    documentTitle: document.title,
    waveId: document.waveId,
    wave: document.wave,
    groupType: document.kind === "transcript" ? document.groupType : null,
  };
  if (document.kind === "transcript") {
    const turn = db
      .select({ id: turns.id, speaker: turns.speaker, participantId: turns.participantId, name: participants.name })
      .from(turns)
      .leftJoin(participants, eq(participants.id, turns.participantId))
      .where(and(eq(turns.documentId, document.id), lte(turns.startOffset, start), gte(turns.endOffset, end)))
      .get();
    if (!turn)
      throw new AppError(
        "invalid_input",
        "A quote must come from one turn: this text runs across more than one speaker's turn.",
      );
    return {
      ...base,
      kind: "focus_group",
      turnId: turn.id,
      answerId: null,
      participantId: turn.participantId,
      speaker: turn.name ?? turn.speaker,
      respondentId: null,
      respondentExternalId: null,
      personKey: turn.participantId ? `participant:${turn.participantId}` : null,
    };
  }
  const answer = db
    .select({ id: answers.id, respondentId: answers.respondentId, externalId: respondents.externalId })
    .from(answers)
    .innerJoin(respondents, eq(respondents.id, answers.respondentId))
    .where(and(eq(answers.documentId, document.id), lte(answers.startOffset, start), gte(answers.endOffset, end)))
    .get();
  if (!answer)
    throw new AppError(
      "invalid_input",
      "A quote must come from one answer: this text runs across more than one respondent's answer.",
    );
  return {
    ...base,
    kind: "survey",
    turnId: null,
    answerId: answer.id,
    participantId: null,
    speaker: null,
    respondentId: answer.respondentId,
    respondentExternalId: answer.externalId,
    personKey: `respondent:${answer.respondentId}`,
  };
}
