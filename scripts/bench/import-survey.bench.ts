import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrateDatabase, openDatabase } from "../../db/client";
import { generateSurvey, toCsv } from "../../lib/demo/generate-survey";
import { applyMapping, parseSurvey, proposeMapping } from "../../lib/importers/survey";
import { storeSurvey } from "../../lib/imports/store-survey";
import { parseMetricLevels } from "../../lib/metrics/parse-metric-csv";
import { createProject } from "../../lib/projects/create-project";
import { type BenchContext, type Figure, type Measurement, timeIt, timeItAsync } from "./harness";

const SEED_METRICS = path.join(__dirname, "../../db/seed/data/sentiment_metrics.csv");

/**
 * Importing a 50,000-respondent export (about 90,000 answers): parse, map and store in one
 * transaction, against raw better-sqlite3 inserts of the same rows plus the FTS5 index.
 */
export const importSurveyMeasurement: Measurement = {
  name: "import",
  async run({ scale, workDir, log }: BenchContext): Promise<Figure[]> {
    const respondents = Math.round(50_000 * scale);
    const london = Math.round(respondents * 0.72);
    const generated = timeIt(() =>
      generateSurvey("2025", { scale: { london, southEast: respondents - london }, seed: "bench" }),
    );
    const csv = Buffer.from(toCsv(generated.result));
    log(
      `generated ${respondents} respondents (${(csv.length / 1024 / 1024).toFixed(1)} MB CSV) in ${generated.ms.toFixed(0)} ms`,
    );
    const metricLabels = parseMetricLevels(fs.readFileSync(SEED_METRICS, "utf8")).map((m) => ({
      key: m.metricKey,
      label: m.label,
    }));

    const db = openDatabase(path.join(workDir, "import.sqlite"));
    migrateDatabase(db);
    const projectId = createProject(db, { slug: "bench", name: "Bench" }).id;
    db.$client.prepare("insert into users (email, name, password_hash) values ('bench@x.org', 'Bench', 'x')").run();
    // The mapping is proposed and confirmed at the preview step, before the import proper.
    const mapping = proposeMapping(await parseSurvey("bench.csv", csv), metricLabels);
    const imported = await timeItAsync(async () => {
      const parsed = await parseSurvey("bench.csv", csv);
      const records = applyMapping(parsed, mapping);
      return { records, summary: storeSurvey(db, projectId, 1, "2025", records, "bench.csv") };
    });
    const { records, summary } = imported.result;
    db.$client.close();

    const baseline = timeIt(() => rawInsert(path.join(workDir, "baseline.sqlite"), records));
    const corpus = `${summary.respondents} respondents, ${summary.answers} answers, ${summary.likertAnswers} Likert answers`;
    return [
      {
        name: "import survey (parse + map + store, one transaction)",
        corpus,
        value: imported.ms,
        unit: "ms",
        baselineName: "raw insert + FTS5",
        baseline: baseline.ms,
        target: "≤ 2× baseline",
        met: imported.ms <= 2 * baseline.ms,
      },
    ];
  },
};

/** The plain baseline: prepared statements into bare tables with an FTS5 index, one transaction. */
function rawInsert(file: string, records: import("../../lib/importers/survey/types").SurveyRecords): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.exec(`
    create table respondents (id integer primary key, external_id text);
    create table respondent_attributes (respondent_id integer, name text, value text);
    create table likert_answers (respondent_id integer, item text, value integer);
    create table answers (id integer primary key, respondent_id integer, question text, text text);
    create virtual table answers_fts using fts5(text, content='answers', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
  `);
  const insertRespondent = sqlite.prepare("insert into respondents (external_id) values (?)");
  const insertAttribute = sqlite.prepare("insert into respondent_attributes values (?, ?, ?)");
  const insertLikert = sqlite.prepare("insert into likert_answers values (?, ?, ?)");
  const insertAnswer = sqlite.prepare("insert into answers (respondent_id, question, text) values (?, ?, ?)");
  // The same bulk indexing the app uses, so the baseline is the fastest plain way, not a straw man.
  const indexAll = sqlite.prepare("insert into answers_fts (rowid, text) select id, text from answers");
  sqlite.transaction(() => {
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
    indexAll.run();
  })();
  sqlite.close();
}
