import { and, asc, count, countDistinct, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  answers,
  documents,
  type ImportStatus,
  imports,
  participants,
  respondents,
  turns,
  users,
  waves,
} from "../../db/schema";

export interface WaveCounts {
  waveId: number;
  wave: string;
  respondents: number;
  answers: number;
  questions: number;
  transcripts: number;
}

export interface RecentImport {
  id: number;
  filename: string;
  status: ImportStatus;
  message: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  byEmail: string;
}

export interface ProjectOverview {
  transcripts: number;
  questions: number;
  turns: number;
  respondents: number;
  answers: number;
  participants: number;
  waves: WaveCounts[];
  recentImports: RecentImport[];
}

/** Counts only: safe for every role, including viewers, who may not read document text. */
export function getProjectOverview(db: Db, projectId: number, recentImportLimit = 8): ProjectOverview {
  const waveRows = db
    .select({ id: waves.id, label: waves.label })
    .from(waves)
    .where(eq(waves.projectId, projectId))
    .orderBy(asc(waves.label))
    .all();
  const byWave = new Map<number, WaveCounts>(
    waveRows.map((w) => [
      w.id,
      { waveId: w.id, wave: w.label, respondents: 0, answers: 0, questions: 0, transcripts: 0 },
    ]),
  );

  const documentCounts = db
    .select({ kind: documents.kind, waveId: documents.waveId, n: count() })
    .from(documents)
    .where(eq(documents.projectId, projectId))
    .groupBy(documents.kind, documents.waveId)
    .all();
  let transcripts = 0;
  let questions = 0;
  for (const row of documentCounts) {
    if (row.kind === "transcript") transcripts += row.n;
    else questions += row.n;
    const wave = row.waveId === null ? undefined : byWave.get(row.waveId);
    if (wave && row.kind === "transcript") wave.transcripts += row.n;
    if (wave && row.kind === "question") wave.questions += row.n;
  }

  const respondentCounts = db
    .select({ waveId: respondents.waveId, n: count() })
    .from(respondents)
    .where(eq(respondents.projectId, projectId))
    .groupBy(respondents.waveId)
    .all();
  let respondentTotal = 0;
  for (const row of respondentCounts) {
    respondentTotal += row.n;
    const wave = byWave.get(row.waveId);
    if (wave) wave.respondents = row.n;
  }

  const answerCounts = db
    .select({ waveId: documents.waveId, n: count() })
    .from(answers)
    .innerJoin(documents, eq(documents.id, answers.documentId))
    .where(eq(documents.projectId, projectId))
    .groupBy(documents.waveId)
    .all();
  let answerTotal = 0;
  for (const row of answerCounts) {
    answerTotal += row.n;
    const wave = row.waveId === null ? undefined : byWave.get(row.waveId);
    if (wave) wave.answers = row.n;
  }

  const turnTotal =
    db
      .select({ n: count() })
      .from(turns)
      .innerJoin(documents, eq(documents.id, turns.documentId))
      .where(and(eq(documents.projectId, projectId), eq(documents.kind, "transcript")))
      .get()?.n ?? 0;
  const participantTotal =
    db
      .select({ n: countDistinct(participants.id) })
      .from(participants)
      .where(eq(participants.projectId, projectId))
      .get()?.n ?? 0;

  const recentImports = db
    .select({
      id: imports.id,
      filename: imports.filename,
      status: imports.status,
      message: imports.message,
      createdAt: imports.createdAt,
      finishedAt: imports.finishedAt,
      byEmail: users.email,
    })
    .from(imports)
    .innerJoin(users, eq(users.id, imports.userId))
    .where(eq(imports.projectId, projectId))
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(recentImportLimit)
    .all();

  return {
    transcripts,
    questions,
    turns: turnTotal,
    respondents: respondentTotal,
    answers: answerTotal,
    participants: participantTotal,
    waves: [...byWave.values()],
    recentImports,
  };
}
