import path from "node:path";
import { openDatabase } from "../../db/client";
import { forgetAnalysisFrames } from "../../lib/analysis-frame/analysis-frame";
import { writePacksZip } from "../../lib/packs/make-packs";
import { type BenchContext, type Figure, type Measurement, timeIt, timeItAsync } from "./harness";

const TARGET_MS = 30_000;

/**
 * All 52 authority packs (Word and PDF each, in one zip) for the bench project's 20,000 respondents,
 * beside the same aggregates queried straight from SQLite: respondents per authority × wave × role, the
 * mean of every Likert item per authority × wave, and theme raisers per authority.
 */
export const packsMeasurement: Measurement = {
  name: "packs",
  async run({ project, workDir, log }: BenchContext): Promise<Figure[]> {
    const db = openDatabase(project.databasePath);
    try {
      forgetAnalysisFrames(db);
      let packs = 0;
      const made = await timeItAsync(async () => {
        packs = (await writePacksZip(db, project.projectId, path.join(workDir, "packs.zip"))).packs;
      });
      log(`${packs} packs made in ${(made.ms / 1000).toFixed(1)} s`);
      const baseline = timeIt(() => plainAggregates(db, project.projectId));
      return [
        {
          name: `make all ${packs} authority packs (Word + PDF, zipped), first call`,
          corpus: project.corpus,
          value: made.ms,
          unit: "ms",
          baselineName: "the same aggregates in SQL",
          baseline: baseline.ms,
          target: "< 30 s",
          met: made.ms < TARGET_MS,
        },
      ];
    } finally {
      db.$client.close();
    }
  },
};

function plainAggregates(db: ReturnType<typeof openDatabase>, projectId: number): number {
  const authority = `(select ra.value from respondent_attributes ra join attributes a on a.id = ra.attribute_id
    where ra.respondent_id = r.id and a.project_id = ${projectId} and a.name = 'local authority')`;
  const role = `(select ra.value from respondent_attributes ra join attributes a on a.id = ra.attribute_id
    where ra.respondent_id = r.id and a.project_id = ${projectId} and a.name = 'role')`;
  const counts = db.$client
    .prepare(`select ${authority} as authority, r.wave_id, ${role} as role, count(*) n from respondents r
      where r.project_id = ? group by 1, 2, 3`)
    .all(projectId);
  const means = db.$client
    .prepare(`select ${authority} as authority, r.wave_id, la.item_id, avg(la.value) mean, count(*) n
      from respondents r join likert_answers la on la.respondent_id = r.id where r.project_id = ? group by 1, 2, 3`)
    .all(projectId);
  const raised = db.$client
    .prepare(`select ${authority} as authority, c.code_id, count(distinct a.respondent_id) n
      from codings c join segments s on s.id = c.segment_id
      join answers a on a.document_id = s.document_id and a.start_offset <= s.start_offset and s.end_offset <= a.end_offset
      join respondents r on r.id = a.respondent_id where c.project_id = ? group by 1, 2`)
    .all(projectId);
  return counts.length + means.length + raised.length;
}
