import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  answers,
  attributes,
  codings,
  documents,
  members,
  memos,
  participantAttributes,
  participants,
  projects,
  respondentAttributes,
  respondents,
  segments,
  turns,
  users,
} from "../../db/schema";
import { loadProjectCodes } from "../codebook/load-project-codes";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";
import { AppError } from "../errors";
import type { ExportData } from "./build-project-qde";
import { pushTo } from "./push-to";

/**
 * Reads what a REFI-QDA export holds: the whole project, or only `documentIds` (with the
 * codes, coders, cases and memos that go with them; the code tree is always whole).
 */
export function loadExportData(
  db: Db,
  projectId: number,
  documentIds?: number[],
  viewer: CodingViewer = null,
): ExportData {
  const project = db.select().from(projects).where(eq(projects.id, projectId)).get();
  if (!project) throw new AppError("not_found", "Project not found.");
  const owner = db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.projectId, projectId), eq(members.role, "owner")))
    .orderBy(asc(members.createdAt), asc(members.userId))
    .get();

  const documentFilter = documentIds
    ? and(eq(documents.projectId, projectId), inArray(documents.id, documentIds.length > 0 ? documentIds : [-1]))
    : eq(documents.projectId, projectId);
  const documentRows = db
    .select({
      id: documents.id,
      kind: documents.kind,
      title: documents.title,
      text: documents.text,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .where(documentFilter)
    .orderBy(asc(documents.id))
    .all();
  if (documentIds && documentRows.length !== new Set(documentIds).size) {
    throw new AppError("not_found", "Document not found.");
  }
  const exported = new Set(documentRows.map((document) => document.id));
  const ids = [...exported];

  const turnRows = db
    .select({
      id: turns.id,
      documentId: turns.documentId,
      position: turns.position,
      startOffset: turns.startOffset,
      endOffset: turns.endOffset,
      speaker: turns.speaker,
      participantId: turns.participantId,
    })
    .from(turns)
    .innerJoin(documents, eq(documents.id, turns.documentId))
    .where(documentFilter)
    .orderBy(asc(turns.documentId), asc(turns.position))
    .all();
  const answerRows = db
    .select({
      id: answers.id,
      documentId: answers.documentId,
      position: answers.position,
      startOffset: answers.startOffset,
      endOffset: answers.endOffset,
      respondentId: answers.respondentId,
    })
    .from(answers)
    .innerJoin(documents, eq(documents.id, answers.documentId))
    .where(documentFilter)
    .orderBy(asc(answers.documentId), asc(answers.position))
    .all();
  const documentScope = documentIds
    ? and(eq(segments.projectId, projectId), inArray(segments.documentId, ids.length > 0 ? ids : [-1]))
    : eq(segments.projectId, projectId);
  const segmentRows = db
    .select({
      id: segments.id,
      documentId: segments.documentId,
      startOffset: segments.startOffset,
      endOffset: segments.endOffset,
      createdAt: segments.createdAt,
    })
    .from(segments)
    .where(documentScope)
    .orderBy(asc(segments.documentId), asc(segments.startOffset), asc(segments.endOffset))
    .all();
  const codingRows = db
    .select({
      id: codings.id,
      segmentId: codings.segmentId,
      codeId: codings.codeId,
      coderId: codings.coderId,
      createdAt: codings.createdAt,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    // Note: a blind round's coder exports only their own codings on its units, as they see them.
    .where(and(documentScope, resolveCodingScope(db, projectId, viewer).visible))
    .orderBy(asc(codings.id))
    .all();
  const memoRows = db.select().from(memos).where(eq(memos.projectId, projectId)).orderBy(asc(memos.id)).all();

  const segmentDocument = new Map(segmentRows.map((segment) => [segment.id, segment.documentId]));
  const codingsBySegment = new Map<number, ExportData["documents"][number]["segments"][number]["codings"]>();
  for (const coding of codingRows) {
    if (!segmentDocument.has(coding.segmentId)) continue;
    const list = codingsBySegment.get(coding.segmentId) ?? [];
    list.push({ id: coding.id, codeId: coding.codeId, coderId: coding.coderId, createdAt: coding.createdAt });
    codingsBySegment.set(coding.segmentId, list);
  }
  const exportedMemos = memoRows.filter(
    (memo) =>
      memo.target === "project" ||
      memo.target === "code" ||
      (memo.target === "document" && exported.has(memo.documentId ?? -1)) ||
      (memo.target === "segment" && segmentDocument.has(memo.segmentId ?? -1)),
  );
  const memoSegments = new Set(exportedMemos.map((memo) => memo.segmentId));

  const participantIds = [
    ...new Set(turnRows.flatMap((turn) => (turn.participantId === null ? [] : [turn.participantId]))),
  ];
  const participantSet = new Set(participantIds);
  const respondentIds = [...new Set(answerRows.map((answer) => answer.respondentId))];
  const participantRows = participantIds.length
    ? db
        .select({ id: participants.id, name: participants.name })
        .from(participants)
        .where(eq(participants.projectId, projectId))
        .orderBy(asc(participants.id))
        .all()
        .filter((participant) => participantSet.has(participant.id))
    : [];
  const respondentRows = respondentIds.length
    ? db
        .select({ id: respondents.id, externalId: respondents.externalId })
        .from(respondents)
        .where(eq(respondents.projectId, projectId))
        .orderBy(asc(respondents.id))
        .all()
    : [];
  const respondentSet = new Set(respondentIds);
  const attributeRows = db
    .select({ id: attributes.id, name: attributes.name })
    .from(attributes)
    .where(eq(attributes.projectId, projectId))
    .orderBy(asc(attributes.id))
    .all();
  const valuesFor = (rows: { ownerId: number; attributeId: number; value: string }[]) => {
    const byOwner = new Map<number, { attributeId: number; value: string }[]>();
    for (const row of rows.sort((a, b) => a.attributeId - b.attributeId)) {
      pushTo(byOwner, row.ownerId, { attributeId: row.attributeId, value: row.value });
    }
    return byOwner;
  };
  const participantValues = valuesFor(
    participantRows.length
      ? db
          .select({
            ownerId: participantAttributes.participantId,
            attributeId: participantAttributes.attributeId,
            value: participantAttributes.value,
          })
          .from(participantAttributes)
          .innerJoin(participants, eq(participants.id, participantAttributes.participantId))
          .where(eq(participants.projectId, projectId))
          .all()
      : [],
  );
  const respondentValues = valuesFor(
    respondentSet.size
      ? db
          .select({
            ownerId: respondentAttributes.respondentId,
            attributeId: respondentAttributes.attributeId,
            value: respondentAttributes.value,
          })
          .from(respondentAttributes)
          .innerJoin(respondents, eq(respondents.id, respondentAttributes.respondentId))
          .where(eq(respondents.projectId, projectId))
          .all()
          .filter((row) => respondentSet.has(row.ownerId))
      : [],
  );
  const cases: ExportData["cases"] = [
    ...participantRows.map((participant) => ({
      kind: "participant" as const,
      id: participant.id,
      name: participant.name,
      values: participantValues.get(participant.id) ?? [],
    })),
    ...respondentRows
      .filter((respondent) => respondentSet.has(respondent.id))
      .map((respondent) => ({
        kind: "respondent" as const,
        id: respondent.id,
        name: respondent.externalId,
        values: respondentValues.get(respondent.id) ?? [],
      })),
  ];
  const usedAttributes = new Set(cases.flatMap((entry) => entry.values.map((value) => value.attributeId)));

  const unitsByDocument = new Map<number, ExportData["documents"][number]["units"]>();
  for (const turn of turnRows) {
    const list = unitsByDocument.get(turn.documentId) ?? [];
    list.push({
      kind: "turn",
      id: turn.id,
      position: turn.position,
      startOffset: turn.startOffset,
      endOffset: turn.endOffset,
      speaker: turn.speaker,
      caseKind: turn.participantId === null ? null : "participant",
      caseId: turn.participantId,
    });
    unitsByDocument.set(turn.documentId, list);
  }
  for (const answer of answerRows) {
    const list = unitsByDocument.get(answer.documentId) ?? [];
    list.push({
      kind: "answer",
      id: answer.id,
      position: answer.position,
      startOffset: answer.startOffset,
      endOffset: answer.endOffset,
      speaker: null,
      caseKind: "respondent",
      caseId: answer.respondentId,
    });
    unitsByDocument.set(answer.documentId, list);
  }
  const segmentsByDocument = new Map<number, ExportData["documents"][number]["segments"]>();
  for (const segment of segmentRows) {
    const segmentCodings = codingsBySegment.get(segment.id) ?? [];
    if (segmentCodings.length === 0 && !memoSegments.has(segment.id)) continue;
    const list = segmentsByDocument.get(segment.documentId) ?? [];
    list.push({ ...segment, codings: segmentCodings });
    segmentsByDocument.set(segment.documentId, list);
  }

  const userIds = new Set<number>();
  for (const list of codingsBySegment.values()) for (const coding of list) userIds.add(coding.coderId);
  for (const memo of exportedMemos) userIds.add(memo.authorId);
  const userRows = userIds.size
    ? db
        .select({ id: users.id, name: users.name, importedFrom: users.importedFrom })
        .from(users)
        .where(inArray(users.id, [...userIds]))
        .orderBy(asc(users.id))
        .all()
    : [];

  return {
    project: {
      id: project.id,
      name: project.name,
      description: project.description,
      createdAt: project.createdAt,
      ownerId: owner?.userId ?? null,
    },
    users: userRows,
    codes: loadProjectCodes(db, projectId).map(({ archivedAt: _archived, ...code }) => code),
    attributes: attributeRows.filter((entry) => usedAttributes.has(entry.id)),
    cases,
    documents: documentRows.map((document) => ({
      ...document,
      units: unitsByDocument.get(document.id) ?? [],
      segments: segmentsByDocument.get(document.id) ?? [],
    })),
    memos: exportedMemos.map((memo) => ({
      id: memo.id,
      target: memo.target,
      targetId:
        memo.target === "document"
          ? memo.documentId
          : memo.target === "segment"
            ? memo.segmentId
            : memo.target === "code"
              ? memo.codeId
              : null,
      authorId: memo.authorId,
      body: memo.body,
      createdAt: memo.createdAt,
      updatedAt: memo.updatedAt,
    })),
  };
}
