import fs from "node:fs";
import path from "node:path";
import type { Statement } from "better-sqlite3";
import { type Db, migrateDatabase, openDatabase } from "../../db/client";
import { FREE_TEXT_QUESTIONS, generateSurvey, type SurveyWave } from "../../lib/demo/generate-survey";
import type { SurveyRecords } from "../../lib/importers/survey/types";
import { parseTranscript } from "../../lib/importers/transcript/parse-transcript";
import { storeSurvey } from "../../lib/imports/store-survey";
import { storeTranscript } from "../../lib/imports/store-transcript";
import { createProject } from "../../lib/projects/create-project";
import { parseFtsQuery } from "../../lib/search/fts-query";
import { SEARCH_PAGE_SIZE, searchProject } from "../../lib/search/search-project";
import { type BenchContext, type Figure, type Measurement, percentile, timeIt } from "./harness";

const TRANSCRIPTS = path.join(__dirname, "../../db/seed/transcripts");
const RUNS_PER_QUERY = 10;

/** Twenty searches a researcher might type: rare words, common words, phrases and prefixes. */
export const SEARCH_BENCH_QUERIES: { kind: string; query: string }[] = [
  ...["secondment", "racism", "laptop", "psychological", "retention"].map((query) => ({ kind: "rare", query })),
  ...["team", "work", "manager", "supervision", "caseloads"].map((query) => ({ kind: "common", query })),
  ...['"feel valued"', '"agency staff"', '"the team"', '"cost of living"', '"working from home"'].map((query) => ({
    kind: "phrase",
    query,
  })),
  ...["caseload*", "manag*", "supervis*", "recogni*", "exhaust*"].map((query) => ({ kind: "prefix", query })),
];

/** Free-text answers of a generated wave, straight into the importer's records (no CSV round trip needed here). */
export function surveyRecords(wave: SurveyWave, respondents: number, seed: string): SurveyRecords {
  const london = Math.round(respondents * 0.72);
  const survey = generateSurvey(wave, { scale: { london, southEast: respondents - london }, seed });
  const attributeColumns = ["Region", "Role", "Employment type", "Gender", "Ethnicity", "Years qualified"].map(
    (header) => [header.toLowerCase(), survey.headers.indexOf(header)],
  ) as [string, number][];
  const textColumns = FREE_TEXT_QUESTIONS.map(({ header }) => [header, survey.headers.indexOf(header)] as const);
  return {
    respondents: survey.rows.map((row) => ({
      externalId: row[0],
      attributes: Object.fromEntries(attributeColumns.map(([name, index]) => [name, row[index]])),
      likert: {},
    })),
    questions: textColumns.map(([header, column]) => ({
      header,
      answers: survey.rows
        .map((row, respondentIndex) => ({ respondentIndex, text: row[column] ?? "" }))
        .filter((answer) => answer.text.trim() !== ""),
    })),
    likertColumns: [],
    attributeMerges: [],
  };
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A project of about 5 million words (× scale): two generated survey waves and the six demo transcripts. */
async function buildCorpus(db: Db, scale: number, log: (message: string) => void) {
  const projectId = createProject(db, { slug: "bench", name: "Bench" }).id;
  db.$client.prepare("insert into users (email, name, password_hash) values ('bench@x.org', 'Bench', 'x')").run();
  let words = 0;
  let turns = 0;
  for (const file of fs.readdirSync(TRANSCRIPTS).filter((name) => /\.(txt|vtt|srt|docx)$/.test(name))) {
    const parsed = await parseTranscript(file, fs.readFileSync(path.join(TRANSCRIPTS, file)));
    storeTranscript(db, projectId, 1, parsed, { title: file, wave: "2025", filename: file });
    words += parsed.turns.reduce((sum, turn) => sum + countWords(turn.text), 0);
    turns += parsed.turns.length;
  }
  // Calibrate words per respondent on a small sample, then generate what reaches the target.
  const sample = surveyRecords("2025", 2000, "search-bench-sample");
  const sampleWords = sample.questions.reduce(
    (sum, q) => sum + q.answers.reduce((s, a) => s + countWords(a.text), 0),
    0,
  );
  const target = Math.round(5_000_000 * scale);
  // A little over, as a sample's average wanders from the whole's.
  const perWave = Math.ceil(((target - words) / (sampleWords / 2000) / 2) * 1.02);
  let answers = 0;
  for (const wave of ["2023", "2025"] as const) {
    const records = surveyRecords(wave, perWave, `search-bench-${wave}`);
    const summary = storeSurvey(db, projectId, 1, wave, records, `${wave}.csv`);
    answers += summary.answers;
    words += records.questions.reduce((sum, q) => sum + q.answers.reduce((s, a) => s + countWords(a.text), 0), 0);
    log(
      `wave ${wave}: ${summary.respondents.toLocaleString("en-GB")} respondents, ${summary.answers.toLocaleString("en-GB")} answers`,
    );
  }
  db.$client.exec("analyze");
  return { projectId, words, answers, turns };
}

/** The plain baseline: the same MATCH on each index with snippet() and ORDER BY rank LIMIT 50, nothing else. */
function baselineStatements(db: Db): ((match: string) => unknown[])[] {
  const statements: Statement[] = ["turns_fts", "answers_fts"].map((table) =>
    db.$client.prepare(
      `select rowid, rank, snippet(${table}, 0, '[', ']', '…', 24) from ${table} where ${table} match ? order by rank limit ${SEARCH_PAGE_SIZE}`,
    ),
  );
  return statements.map((statement) => (match: string) => statement.all(match));
}

/**
 * Full-text search over a project of about 5 million words: 20 fixed queries, the first page of 50
 * ranked hits with snippets, places and counts through lib/search, each beside the same FTS5 query
 * issued directly to SQLite (no project scoping, counting or metadata).
 */
export const searchMeasurement: Measurement = {
  name: "search",
  async run({ scale, workDir, log }: BenchContext): Promise<Figure[]> {
    const db = openDatabase(path.join(workDir, "search.sqlite"));
    migrateDatabase(db);
    const built = await (async () => {
      const started = Date.now();
      const result = await buildCorpus(db, scale, log);
      log(`corpus built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return result;
    })();
    const corpus = `${(built.words / 1e6).toFixed(2)} M words: ${built.answers.toLocaleString("en-GB")} answers, ${built.turns} turns`;
    log(`corpus: ${corpus}`);
    const baseline = baselineStatements(db);

    const ours: number[] = [];
    const plain: number[] = [];
    const rows: string[] = [];
    for (const { kind, query } of SEARCH_BENCH_QUERIES) {
      const { match } = parseFtsQuery(query);
      // One warm-up each: the first run pays for reading the index pages from disk.
      const warm = searchProject(db, built.projectId, query);
      for (const run of baseline) run(match);
      const mine: number[] = [];
      const theirs: number[] = [];
      for (let run = 0; run < RUNS_PER_QUERY; run++) {
        mine.push(timeIt(() => searchProject(db, built.projectId, query)).ms);
        theirs.push(timeIt(() => baseline.map((statement) => statement(match))).ms);
      }
      ours.push(...mine);
      plain.push(...theirs);
      rows.push(
        `${kind.padEnd(7)} ${query.padEnd(18)} ${`${warm.totalIsLowerBound ? ">" : ""}${warm.total}`.padStart(7)} hits  ` +
          `p50 ${percentile(mine, 50).toFixed(1).padStart(5)} ms  p95 ${percentile(mine, 95).toFixed(1).padStart(5)} ms   ` +
          `baseline p50 ${percentile(theirs, 50).toFixed(1).padStart(5)} ms  p95 ${percentile(theirs, 95).toFixed(1).padStart(5)} ms`,
      );
    }
    for (const row of rows) log(row);
    db.$client.close();
    const p95 = percentile(ours, 95);
    return [
      {
        name: `search: first page of ${SEARCH_PAGE_SIZE} ranked hits with snippets, p95 of 20 queries`,
        corpus,
        value: p95,
        unit: "ms",
        baselineName: "same MATCH + snippet straight to SQLite",
        baseline: percentile(plain, 95),
        target: "< 50 ms",
        met: p95 < 50,
        notes: `${SEARCH_BENCH_QUERIES.length} queries × ${RUNS_PER_QUERY} runs after one warm-up each; p50 ${percentile(ours, 50).toFixed(1)} ms`,
      },
    ];
  },
};
