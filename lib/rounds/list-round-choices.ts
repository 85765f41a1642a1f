import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { answers, documents, members, questions, users, waves } from "../../db/schema";
import { roleAllows } from "../auth/permissions";
import { listCodebook } from "../codebook/list-codebook";
import { assertMay, type RoundActor } from "./round-access";

export interface RoundChoices {
  transcripts: { id: number; title: string; wave: string | null }[];
  questions: { id: number; text: string }[];
  /** Waves with answers, each with its answer count. */
  waves: { id: number; label: string; answers: number }[];
  /** Members who may code (never an authority reader). */
  coders: { userId: number; name: string; email: string }[];
  codes: { id: number; name: string; depth: number }[];
}

/** What a new round can be made of: transcripts, questions and waves, members who may code, codes. */
export function listRoundChoices(db: Db, actor: RoundActor, projectId: number): RoundChoices {
  assertMay(actor, "manage_rounds");
  const transcripts = db
    .select({ id: documents.id, title: documents.title, wave: waves.label })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(eq(documents.projectId, projectId), eq(documents.kind, "transcript")))
    .orderBy(asc(documents.title))
    .all();
  const questionRows = db
    .select({ id: questions.id, text: questions.text })
    .from(questions)
    .where(eq(questions.projectId, projectId))
    .orderBy(asc(questions.id))
    .all();
  const waveRows = db
    .select({ id: waves.id, label: waves.label, answers: sql<number>`count(${answers.id})` })
    .from(waves)
    .innerJoin(documents, and(eq(documents.waveId, waves.id), eq(documents.kind, "question")))
    .innerJoin(answers, eq(answers.documentId, documents.id))
    .where(eq(waves.projectId, projectId))
    .groupBy(waves.id)
    .orderBy(asc(waves.label))
    .all();
  const coders = db
    .select({ userId: users.id, name: users.name, email: users.email, role: members.role })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.projectId, projectId), isNull(members.authorityId), eq(users.kind, "person")))
    .orderBy(asc(users.name))
    .all()
    .filter((row) => roleAllows(row.role, "code"))
    .map(({ userId, name, email }) => ({ userId, name, email }));
  const codes = listCodebook(db, projectId, { counts: false }).map(({ id, name, depth }) => ({ id, name, depth }));
  return { transcripts, questions: questionRows, waves: waveRows, coders, codes };
}
