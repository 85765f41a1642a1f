import type Database from "better-sqlite3";

export interface LongUnits {
  transcriptId: number;
  turnId: number;
  questionDocumentId: number;
  answerId: number;
}

/**
 * For tests: one transcript of a single turn and one question of a single answer with the given
 * texts, written straight into the tables and the search index — imports refuse texts this long,
 * but databases filled before the limits (or by other tools) may hold them.
 */
export function insertLongUnits(
  client: Database.Database,
  projectId: number,
  { turn, answer, label = "Long units" }: { turn: string; answer: string; label?: string },
): LongUnits {
  return client
    .transaction(() => {
      const run = (sql: string, ...params: unknown[]) => Number(client.prepare(sql).run(...params).lastInsertRowid);
      const transcriptId = run(
        "insert into documents (project_id, kind, title, text_length, text) values (?, 'transcript', ?, ?, ?)",
        projectId,
        `${label}: transcript`,
        turn.length,
        turn,
      );
      const turnId = run(
        "insert into turns (document_id, position, speaker, start_offset, end_offset, text) values (?, 0, 'Long speaker', 0, ?, ?)",
        transcriptId,
        turn.length,
        turn,
      );
      run("insert into turns_fts (rowid, text) values (?, ?)", turnId, turn);
      const wave =
        (client.prepare("select id from waves where project_id = ? order by id limit 1").get(projectId) as
          | { id: number }
          | undefined) ?? null;
      const waveId = wave?.id ?? run("insert into waves (project_id, label) values (?, '2099')", projectId);
      const questionId = run("insert into questions (project_id, text) values (?, ?)", projectId, `${label}: question`);
      const questionDocumentId = run(
        "insert into documents (project_id, kind, title, wave_id, question_id, text_length, text) values (?, 'question', ?, ?, ?, ?, ?)",
        projectId,
        `${label}: question`,
        waveId,
        questionId,
        answer.length,
        answer,
      );
      const respondentId = run(
        "insert into respondents (project_id, wave_id, external_id) values (?, ?, ?)",
        projectId,
        waveId,
        `${label}: respondent`,
      );
      const answerId = run(
        "insert into answers (document_id, respondent_id, position, start_offset, end_offset, text) values (?, ?, 0, 0, ?, ?)",
        questionDocumentId,
        respondentId,
        answer.length,
        answer,
      );
      run("insert into answers_fts (rowid, text) values (?, ?)", answerId, answer);
      return { transcriptId, turnId, questionDocumentId, answerId };
    })
    .immediate();
}
