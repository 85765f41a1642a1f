import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, documents, roundCoders, rounds, roundUnits, users, waves } from "../../db/schema";
import { AppError } from "../errors";
import { loadRound } from "../rounds/round-access";

/** What an agreement report compares: the coders, and where (documents, a round's answers, its codes). */
export interface AgreementSelection {
  coderIds: number[];
  documentIds?: number[];
  answerIds?: number[];
  codeIds?: number[];
  roundId: number | null;
  /** The round's name, or null for coders chosen by hand. */
  roundName: string | null;
}

export interface AgreementChoices {
  rounds: { id: number; name: string; status: string; mode: string; coders: number }[];
  /** Every person who has coded in the project (never the consensus coder). */
  coders: { id: number; name: string; email: string }[];
  documents: { id: number; title: string; kind: string; wave: string | null }[];
}

export function listAgreementChoices(db: Db, projectId: number): AgreementChoices {
  const roundRows = db
    .select({
      id: rounds.id,
      name: rounds.name,
      status: rounds.status,
      mode: rounds.mode,
      coders: sql<number>`(select count(*) from ${roundCoders} where ${roundCoders.roundId} = ${rounds.id})`,
    })
    .from(rounds)
    .where(eq(rounds.projectId, projectId))
    .orderBy(asc(rounds.createdAt), asc(rounds.id))
    .all();
  const coders = db
    .selectDistinct({ id: users.id, name: users.name, email: users.email })
    .from(codings)
    .innerJoin(users, eq(users.id, codings.coderId))
    .where(and(eq(codings.projectId, projectId), eq(users.kind, "person")))
    .all()
    .sort((left, right) => left.name.localeCompare(right.name));
  const documentRows = db
    .select({ id: documents.id, title: documents.title, kind: documents.kind, wave: waves.label })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(eq(documents.projectId, projectId))
    .all()
    .sort((left, right) => left.title.localeCompare(right.title) || left.id - right.id);
  return { rounds: roundRows, coders, documents: documentRows };
}

/** The code and every code under it. */
function subtree(db: Db, projectId: number, rootId: number): number[] {
  const all = db
    .select({ id: codes.id, parentId: codes.parentId })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .all();
  const result = [rootId];
  for (let index = 0; index < result.length; index++)
    for (const code of all) if (code.parentId === result[index]) result.push(code.id);
  return result;
}

/** A round's coders, units and codes in scope, as the report and the disagreement queue read them. */
export function roundSelection(db: Db, projectId: number, roundId: number): AgreementSelection {
  const round = loadRound(db, projectId, roundId);
  const coderIds = db
    .select({ id: roundCoders.userId })
    .from(roundCoders)
    .where(eq(roundCoders.roundId, roundId))
    .all()
    .map((row) => row.id);
  const units = db
    .select({ documentId: roundUnits.documentId, answerId: roundUnits.answerId })
    .from(roundUnits)
    .where(eq(roundUnits.roundId, roundId))
    .all();
  const answerIds = units.flatMap((unit) => (unit.answerId === null ? [] : [unit.answerId]));
  return {
    coderIds,
    documentIds: [...new Set(units.map((unit) => unit.documentId))],
    answerIds: round.unitKind === "answers" ? answerIds : undefined,
    codeIds: round.codeId === null ? undefined : subtree(db, projectId, round.codeId),
    roundId,
    roundName: round.name,
  };
}

/** Coders chosen by hand, over chosen documents (or every document), checked against the project. */
export function chosenSelection(
  db: Db,
  projectId: number,
  coderIds: number[],
  documentIds: number[],
): AgreementSelection {
  const unique = [...new Set(coderIds)];
  if (unique.length < 2) throw new AppError("invalid_input", "Choose two or more coders.");
  if (documentIds.length > 0) {
    const found = db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.projectId, projectId), inArray(documents.id, documentIds)))
      .all();
    if (found.length !== new Set(documentIds).size) throw new AppError("not_found", "Document not found.");
  }
  return {
    coderIds: unique,
    documentIds: documentIds.length > 0 ? [...new Set(documentIds)] : undefined,
    roundId: null,
    roundName: null,
  };
}
