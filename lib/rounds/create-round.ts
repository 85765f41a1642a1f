import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { answers, codes, documents, members, roundCoders, rounds, roundUnits } from "../../db/schema";
import { roleAllows } from "../auth/permissions";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { drawAnswerSample, newSeed } from "./draw-answer-sample";
import { assertMay, type RoundActor } from "./round-access";

export const ROUND_SAMPLE_LIMIT = 5000;

export type RoundUnitsChoice =
  | { kind: "documents"; documentIds: number[] }
  | { kind: "answers"; questionIds: number[]; waveIds: number[]; size: number; seed?: number | null };

export interface CreateRoundInput {
  projectId: number;
  name: string;
  mode: "blind" | "open";
  coderIds: number[];
  /** The code subtree in scope; null for every code. */
  codeId: number | null;
  units: RoundUnitsChoice;
}

interface PlannedUnit {
  documentId: number;
  answerId: number | null;
}

/**
 * Creates an agreement round (owner or lead): its coders (two or more members who may code), the codes
 * in scope and its units, either whole transcripts or a seeded sample of answers stratified by wave.
 * @throws AppError "invalid_input" for fewer than two coders, a coder who may not code, or no units.
 */
export function createRound(db: Db, actor: RoundActor, input: CreateRoundInput): { id: number; seed: number | null } {
  assertMay(actor, "manage_rounds");
  const name = input.name.trim();
  if (name.length === 0 || name.length > 120) throw new AppError("invalid_input", "Give the round a name.");
  const coderIds = [...new Set(input.coderIds)];
  if (coderIds.length < 2) throw new AppError("invalid_input", "Choose two or more coders.");
  const coderRows = db
    .select({ userId: members.userId, role: members.role })
    .from(members)
    .where(and(eq(members.projectId, input.projectId), inArray(members.userId, coderIds), isNull(members.authorityId)))
    .all();
  if (coderRows.length !== coderIds.length || coderRows.some((row) => !roleAllows(row.role, "code")))
    throw new AppError("invalid_input", "Every coder must be a member of the project who may code.");
  if (input.codeId !== null) {
    const code = db
      .select({ id: codes.id })
      .from(codes)
      .where(and(eq(codes.id, input.codeId), eq(codes.projectId, input.projectId)))
      .get();
    if (!code) throw new AppError("invalid_input", "That code is not in this project.");
  }
  const { units, seed, sample } = planUnits(db, input.projectId, input.units);
  if (units.length === 0) throw new AppError("invalid_input", "The round has no units: choose transcripts or answers.");

  return db.transaction((tx) => {
    const round = tx
      .insert(rounds)
      .values({
        projectId: input.projectId,
        name,
        mode: input.mode,
        unitKind: input.units.kind,
        seed,
        sample,
        codeId: input.codeId,
        createdBy: actor.userId,
      })
      .returning({ id: rounds.id })
      .get();
    tx.insert(roundCoders)
      .values(coderIds.map((userId) => ({ roundId: round.id, userId })))
      .run();
    tx.insert(roundUnits)
      .values(units.map((unit, position) => ({ roundId: round.id, position, ...unit })))
      .run();
    recordEvent(tx, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: "round.create",
      target: { type: "round", id: round.id },
      detail: { mode: input.mode, coders: coderIds.length, units: units.length, seed },
    });
    return { id: round.id, seed };
  });
}

function planUnits(
  db: Db,
  projectId: number,
  choice: RoundUnitsChoice,
): { units: PlannedUnit[]; seed: number | null; sample: Record<string, unknown> } {
  if (choice.kind === "documents") {
    const ids = [...new Set(choice.documentIds)];
    const found = ids.length
      ? db
          .select({ id: documents.id })
          .from(documents)
          .where(and(eq(documents.projectId, projectId), eq(documents.kind, "transcript"), inArray(documents.id, ids)))
          .all()
      : [];
    if (found.length !== ids.length) throw new AppError("invalid_input", "Choose transcripts of this project.");
    return {
      units: ids.map((documentId) => ({ documentId, answerId: null })),
      seed: null,
      sample: { documentIds: ids },
    };
  }
  if (!Number.isInteger(choice.size) || choice.size < 1 || choice.size > ROUND_SAMPLE_LIMIT)
    throw new AppError("invalid_input", `Draw between 1 and ${ROUND_SAMPLE_LIMIT} answers.`);
  if (choice.questionIds.length === 0 || choice.waveIds.length === 0)
    throw new AppError("invalid_input", "Choose at least one question and one wave.");
  const candidates = db
    .select({ answerId: answers.id, documentId: answers.documentId, waveId: documents.waveId })
    .from(answers)
    .innerJoin(documents, eq(documents.id, answers.documentId))
    .where(
      and(
        eq(documents.projectId, projectId),
        eq(documents.kind, "question"),
        inArray(documents.questionId, choice.questionIds),
        inArray(documents.waveId, choice.waveIds),
      ),
    )
    .all()
    .map((row) => ({ answerId: row.answerId, documentId: row.documentId, waveId: row.waveId ?? 0 }));
  const seed = choice.seed ?? newSeed();
  const documentOf = new Map(candidates.map((candidate) => [candidate.answerId, candidate.documentId]));
  const drawn = drawAnswerSample(candidates, choice.size, seed);
  const perWave: Record<string, number> = {};
  for (const unit of drawn) perWave[unit.waveId] = (perWave[unit.waveId] ?? 0) + 1;
  return {
    units: drawn.map((unit) => ({ documentId: documentOf.get(unit.answerId)!, answerId: unit.answerId })),
    seed,
    sample: {
      questionIds: choice.questionIds,
      waveIds: choice.waveIds,
      size: choice.size,
      drawn: drawn.length,
      pool: candidates.length,
      perWave,
    },
  };
}
