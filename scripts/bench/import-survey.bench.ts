import path from "node:path";
import Database from "better-sqlite3";
import { type Db, migrateDatabase, openDatabase } from "../../db/client";
import { applyMapping, parseSurvey, proposeMapping } from "../../lib/imports/parsers/survey";
import type { SurveyRecords } from "../../lib/imports/parsers/survey/types";
import { type SurveySummary, storeSurvey } from "../../lib/imports/store-survey";
import { parseMetricLevels } from "../../lib/metrics/parse-metric-csv";
import { createProject } from "../../lib/projects/create-project";
import { generateSurvey, toCsv } from "../demo/survey/generate-survey";
import { readSeedDataFile } from "../demo/survey/seed-files";
import { type BenchContext, type Figure, type Measurement, timeIt, timeItAsync } from "./harness";

export interface TimedImport {
  summary: SurveySummary;
  records: SurveyRecords;
  ms: number;
  baselineMs: number;
}

const metricLabels = () =>
  parseMetricLevels(readSeedDataFile("sentiment_metrics.csv")).map((m) => ({ key: m.metricKey, label: m.label }));

/**
 * Imports one survey export as the app does (parse, map, store in one transaction), timed, then the
 * same rows into `baselineFile` the plain way. The mapping is proposed before the clock starts: in the
 * app it is confirmed at the preview step.
 */
export async function timeSurveyImport(
  db: Db,
  target: { projectId: number; userId: number; wave: string; filename: string },
  csv: Uint8Array,
  baselineFile: string,
): Promise<TimedImport> {
  const mapping = proposeMapping(await parseSurvey(target.filename, csv), metricLabels());
  const imported = await timeItAsync(async () => {
    const parsed = await parseSurvey(target.filename, csv);
    const records = applyMapping(parsed, mapping);
    return {
      records,
      summary: storeSurvey(db, {
        projectId: target.projectId,
        userId: target.userId,
        wave: target.wave,
        records,
        filename: target.filename,
      }),
    };
  });
  const baseline = timeIt(() => rawInsert(baselineFile, imported.result.records));
  return { ...imported.result, ms: imported.ms, baselineMs: baseline.ms };
}

/** The import target, shared by the project's own waves and the single large export below. */
export function importFigure(name: string, corpus: string, ms: number, baselineMs: number, notes?: string): Figure {
  return {
    name,
    corpus,
    value: ms,
    unit: "ms",
    baselineName: "raw insert into bare tables + FTS5",
    baseline: baselineMs,
    target: "≤ 2× baseline",
    met: ms <= 2 * baselineMs,
    notes,
  };
}

/**
 * The foundation's figure: one 50,000-respondent export (about 90,000 answers) into a project of its
 * own, beside raw better-sqlite3 inserts of the same rows plus the FTS5 index.
 */
export const importSurveyMeasurement: Measurement = {
  name: "import",
  async run({ scale, workDir, log }: BenchContext): Promise<Figure[]> {
    const respondents = Math.round(50_000 * scale);
    const london = Math.round(respondents * 0.72);
    const generated = timeIt(() =>
      generateSurvey("2025", { scale: { london, southEast: respondents - london }, seed: "bench" }),
    );
    const csv = new TextEncoder().encode(toCsv(generated.result));
    log(
      `generated one export of ${respondents.toLocaleString("en-GB")} respondents (${(csv.length / 1024 / 1024).toFixed(1)} MB CSV) in ${generated.ms.toFixed(0)} ms`,
    );
    const db = openDatabase(path.join(workDir, "import.sqlite"));
    migrateDatabase(db);
    const projectId = createProject(db, { slug: "import-bench", name: "Import bench" }).id;
    db.$client.prepare("insert into users (email, name, password_hash) values ('bench@x.org', 'Bench', 'x')").run();
    const timed = await timeSurveyImport(
      db,
      { projectId, userId: 1, wave: "2025", filename: "bench.csv" },
      csv,
      path.join(workDir, "import-baseline.sqlite"),
    );
    db.$client.close();
    const { summary } = timed;
    return [
      importFigure(
        "import one survey export (parse + map + store, one transaction)",
        `${summary.respondents.toLocaleString("en-GB")} respondents, ${summary.answers.toLocaleString("en-GB")} answers, ${summary.likertAnswers.toLocaleString("en-GB")} Likert answers (${(csv.length / 1024 / 1024).toFixed(0)} MB CSV), own project`,
        timed.ms,
        timed.baselineMs,
      ),
    ];
  },
};

/** The plain baseline: prepared statements into bare tables with an FTS5 index, one transaction. */
function rawInsert(file: string, records: SurveyRecords): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.exec(`
    create table if not exists respondents (id integer primary key, external_id text);
    create table if not exists respondent_attributes (respondent_id integer, name text, value text);
    create table if not exists likert_answers (respondent_id integer, item text, value integer);
    create table if not exists answers (id integer primary key, respondent_id integer, question text, text text);
    create virtual table if not exists answers_fts using fts5(text, content='answers', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
  `);
  const insertRespondent = sqlite.prepare("insert into respondents (external_id) values (?)");
  const insertAttribute = sqlite.prepare("insert into respondent_attributes values (?, ?, ?)");
  const insertLikert = sqlite.prepare("insert into likert_answers values (?, ?, ?)");
  const insertAnswer = sqlite.prepare("insert into answers (respondent_id, question, text) values (?, ?, ?)");
  // The same bulk indexing the app uses, so the baseline is the fastest plain way, not a straw man.
  const indexFrom = sqlite.prepare("insert into answers_fts (rowid, text) select id, text from answers where id > ?");
  sqlite.transaction(() => {
    const before = (sqlite.prepare("select coalesce(max(id), 0) as id from answers").get() as { id: number }).id;
    const ids = records.respondents.map((r) => {
      const id = Number(insertRespondent.run(r.externalId).lastInsertRowid);
      for (const [name, value] of Object.entries(r.attributes)) insertAttribute.run(id, name, value);
      for (const [item, value] of Object.entries(r.likert)) insertLikert.run(id, item, value);
      return id;
    });
    for (const question of records.questions) {
      for (const answer of question.answers) {
        insertAnswer.run(ids[answer.respondentIndex], question.header, answer.text);
      }
    }
    indexFrom.run(before);
  })();
  sqlite.close();
}
