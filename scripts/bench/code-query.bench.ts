import { openDatabase } from "../../db/client";
import type { RetrievalFilter } from "../../lib/retrieval/retrieval-types";
import { runCodeQuery } from "../../lib/retrieval/run-code-query";
import { type BenchContext, type Figure, type Measurement, percentile, timeIt } from "./harness";

const RUNS = 40;
const TARGET_MS = 150;
const CODES = ["Workload and caseloads", "Supervision and feeling valued", "Pay and remuneration"] as const;

/**
 * A code query with three codes and two filters on the bench project, first page of passages:
 * "Workload and caseloads NEAR Supervision and feeling valued AND NOT Pay and remuneration" in the
 * South East, wave 2025. Beside one plain SQL query reading the same three codes' codings of that
 * wave with their segments (what any evaluation has to read first).
 */
export const codeQueryMeasurement: Measurement = {
  name: "code-query",
  async run({ project, log }: BenchContext): Promise<Figure[]> {
    const db = openDatabase(project.databasePath);
    const ids = CODES.map(
      (name) =>
        (
          db.$client.prepare("select id from codes where project_id = ? and name = ?").get(project.projectId, name) as {
            id: number;
          }
        ).id,
    );
    const filter: RetrievalFilter = {
      codeId: ids[0],
      joins: [
        { operator: "near", codeId: ids[1] },
        { operator: "not", codeId: ids[2] },
      ],
      waves: ["2025"],
      attributes: { region: ["South East"] },
    };
    const baselineStatement = db.$client.prepare(
      `select c.code_id, c.coder_id, s.document_id, s.start_offset, s.end_offset
       from codings c join segments s on s.id = c.segment_id join documents d on d.id = s.document_id
       join waves w on w.id = d.wave_id
       where c.project_id = ? and c.code_id in (?, ?, ?) and w.label = '2025'`,
    );
    const query = () => runCodeQuery(db, project.projectId, filter);
    const baseline = () => baselineStatement.all(project.projectId, ...ids);
    // One warm-up each: the first run builds the analysis frame and reads the pages from disk.
    const first = query();
    const read = baseline().length;
    const ours: number[] = [];
    const plain: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      ours.push(timeIt(query).ms);
      plain.push(timeIt(baseline).ms);
    }
    log(`${first.name}: ${first.total} passages in ${first.unitCount} turns and answers; ${read} codings read`);
    db.$client.close();
    const p95 = percentile(ours, 95);
    return [
      {
        name: "code query, three codes (NEAR, AND NOT) and two filters (region, wave), first page, p95",
        corpus: project.corpus,
        value: p95,
        unit: "ms",
        baselineName: "one SQL query reading the three codes' codings of the wave",
        baseline: percentile(plain, 95),
        target: `< ${TARGET_MS} ms`,
        met: p95 < TARGET_MS,
        notes: `${RUNS} runs after one warm-up; p50 ${percentile(ours, 50).toFixed(1)} ms; ${first.total} passages, ${read} codings read`,
      },
    ];
  },
};
