import type { Statement } from "better-sqlite3";
import { type Db, openDatabase } from "../../db/client";
import { SEARCH_PAGE_SIZE, searchProject } from "../../lib/search/search-project";
import { parseStemmedQuery } from "../../lib/search/stemmed-query";
import { type BenchContext, type Figure, type Measurement, percentile, timeIt } from "./harness";

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
  async run({ project, log }: BenchContext): Promise<Figure[]> {
    const db = openDatabase(project.databasePath);
    const corpus = project.corpus;
    const baseline = baselineStatements(db);

    const ours: number[] = [];
    const plain: number[] = [];
    const rows: string[] = [];
    for (const { kind, query } of SEARCH_BENCH_QUERIES) {
      // The MATCH search runs: plain words widened to their word forms (caseloads: caseload, caseloading …).
      const { match } = parseStemmedQuery(db, query);
      // One warm-up each: the first run pays for reading the index pages from disk.
      const warm = searchProject(db, project.projectId, query);
      for (const run of baseline) run(match);
      const mine: number[] = [];
      const theirs: number[] = [];
      for (let run = 0; run < RUNS_PER_QUERY; run++) {
        mine.push(timeIt(() => searchProject(db, project.projectId, query)).ms);
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
