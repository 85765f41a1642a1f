import { eq } from "drizzle-orm";
import { type Db, openDatabase } from "../../db/client";
import { answers, codes } from "../../db/schema";
import { forgetAnalysisFrames } from "../../lib/analysis-frame/analysis-frame";
import { applyCodings } from "../../lib/coding/apply-codings";
import { getJointDisplay } from "../../lib/themes/get-joint-display";
import { getThemeSummary } from "../../lib/themes/get-theme-summary";
import { loadThemeCodes } from "../../lib/themes/load-theme-codes";
import type { BenchProject } from "./bench-project";
import { type BenchContext, type Figure, type Measurement, percentile, timeIt } from "./harness";

const RUNS = 40;
const COLD_RUNS = 3;
const TARGET_MS = 150;

/**
 * The theme summary (of the largest theme) and the joint display over the bench project (200,000
 * codings, 20,000 respondents), each beside one plain SQL query counting the same things.
 */
export const themesMeasurement: Measurement = {
  name: "themes",
  async run({ project, log }: BenchContext): Promise<Figure[]> {
    const db = openDatabase(project.databasePath);
    const corpus = { projectId: project.projectId };
    const sizes = `${project.corpus}, ${project.sizes.likertAnswers.toLocaleString("en-GB")} Likert answers`;

    // The theme with the most codings (its sub-codes included) is the slowest summary.
    const themes = loadThemeCodes(db, corpus.projectId);
    const counts = new Map(
      (
        db.$client.prepare("select code_id as id, count(*) as n from codings group by code_id").all() as {
          id: number;
          n: number;
        }[]
      ).map((row) => [row.id, row.n]),
    );
    const theme = [...themes].sort(
      (a, b) =>
        b.themeCodeIds.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0) -
        a.themeCodeIds.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0),
    )[0];
    const themeCodings = theme.themeCodeIds.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
    log(`largest theme: "${theme.name}" with ${themeCodings} codings including its sub-codes`);

    const summary = () => getThemeSummary(db, corpus.projectId, theme.id, { includeUnapprovedQuotes: true });
    const overview = () => getJointDisplay(db, corpus.projectId);
    const cold = (fn: () => unknown) =>
      Array.from({ length: COLD_RUNS }, () => {
        forgetAnalysisFrames(db);
        return timeIt(fn).ms;
      });
    const warm = (fn: () => unknown) => {
      fn();
      return Array.from({ length: RUNS }, () => timeIt(fn).ms);
    };
    // A researcher codes while the lead reads: one new coding before each call, so the kept codings are stale.
    const addCoding = codingAdder(db, project);
    const afterCoding = (fn: () => unknown) => {
      fn();
      return Array.from({ length: RUNS }, () => {
        addCoding();
        return timeIt(fn).ms;
      });
    };
    const summaryCold = cold(summary);
    const summaryWarm = warm(summary);
    const summaryChanged = afterCoding(summary);
    const overviewCold = cold(overview);
    const overviewWarm = warm(overview);
    const overviewChanged = afterCoding(overview);

    const summaryBaselineQuery = db.$client.prepare(SUMMARY_BASELINE);
    const overviewBaselineQuery = db.$client.prepare(OVERVIEW_BASELINE);
    const codes = JSON.stringify(theme.themeCodeIds);
    const summaryBaseline = warm(() => summaryBaselineQuery.all({ project: corpus.projectId, codes }));
    const overviewBaseline = warm(() => overviewBaselineQuery.all({ project: corpus.projectId }));
    db.$client.close();

    const p95 = (values: number[]) => percentile(values, 95);
    const median = (values: number[]) => percentile(values, 50);
    log(
      `medians: theme summary ${median(summaryWarm).toFixed(1)} ms (after a coding ${median(summaryChanged).toFixed(1)} ms), ` +
        `overview ${median(overviewWarm).toFixed(1)} ms (after a coding ${median(overviewChanged).toFixed(1)} ms), ` +
        `baselines ${median(summaryBaseline).toFixed(1)} / ${median(overviewBaseline).toFixed(1)} ms`,
    );
    log(
      `first call after an import: theme summary ${Math.max(...summaryCold).toFixed(0)} ms, overview ${Math.max(...overviewCold).toFixed(0)} ms`,
    );
    const figure = (
      name: string,
      values: number[],
      baselineName: string,
      baseline: number[],
      notes: string,
    ): Figure => ({
      name,
      corpus: sizes,
      value: p95(values),
      unit: "ms",
      baselineName,
      baseline: p95(baseline),
      target: `p95 < ${TARGET_MS} ms`,
      met: p95(values) < TARGET_MS,
      notes,
    });
    const summaryName = `theme summary ("${theme.name}", ${themeCodings.toLocaleString("en-GB")} codings)`;
    const summaryBaselineName = "one SQL query: prevalence, per question, by attribute, focus groups";
    const overviewName = "overview (joint display, heatmap, co-occurrence)";
    const overviewBaselineName = "one SQL query: prevalence per theme × wave and region, co-occurrence";
    const kept = `p95 of ${RUNS} runs with the codings unchanged since the last call (kept in memory by coding version)`;
    const fresh = `p95 of ${RUNS} runs, each right after a new coding, so every run reads all codings again`;
    return [
      figure(summaryName, summaryWarm, summaryBaselineName, summaryBaseline, kept),
      figure(`${summaryName}, right after a coding`, summaryChanged, summaryBaselineName, summaryBaseline, fresh),
      figure(overviewName, overviewWarm, overviewBaselineName, overviewBaseline, kept),
      figure(`${overviewName}, right after a coding`, overviewChanged, overviewBaselineName, overviewBaseline, fresh),
      {
        name: "theme summary, first call after an import (frame rebuilt)",
        corpus: sizes,
        value: percentile(summaryCold, 50),
        unit: "ms",
        baselineName: "one SQL query (as above)",
        baseline: p95(summaryBaseline),
        target: "–",
        met: null,
      },
    ];
  },
};

/** Adds one coding per call: the next answer of the grid's question, coded whole with the next code. */
function codingAdder(db: Db, project: BenchProject): () => void {
  const codeIds = db
    .select({ id: codes.id })
    .from(codes)
    .where(eq(codes.projectId, project.projectId))
    .all()
    .map((code) => code.id);
  const units = db
    .select({ start: answers.startOffset, end: answers.endOffset })
    .from(answers)
    .where(eq(answers.documentId, project.grid.documentId))
    .orderBy(answers.position)
    .all();
  if (codeIds.length === 0 || units.length === 0) throw new Error("the bench project has nothing to code");
  let next = 0;
  return () => {
    // Until one is new: the auto-coder may already have applied this code to this answer.
    for (let created = false; !created; next++) {
      const unit = units[(next * 7919) % units.length];
      created = applyCodings(db, {
        projectId: project.projectId,
        coderId: project.coder.id,
        documentId: project.grid.documentId,
        ranges: [{ start: unit.start, end: unit.end }],
        codeIds: [codeIds[next % codeIds.length]],
      })[0].created;
    }
  };
}

// Plain baselines. A segment is counted in the answer or turn where it starts (the app also counts every
// further one it reaches into), which keeps each join an index range scan.

const SUMMARY_BASELINE = `
with theme(code_id) as (select value from json_each(:codes)),
base as materialized (
  select distinct a.respondent_id, d.wave_id, d.question_id
  from documents d cross join answers a
  where d.project_id = :project and d.kind = 'question' and a.document_id = d.id
),
raised as materialized (
  select distinct a.respondent_id, d.wave_id, d.question_id, a.id as answer_id
  from documents d cross join answers a cross join segments s cross join codings c
  where d.project_id = :project and d.kind = 'question' and a.document_id = d.id
    and s.document_id = a.document_id and s.start_offset >= a.start_offset and s.start_offset < a.end_offset
    and c.segment_id = s.id and c.code_id in (select code_id from theme)
),
raised_turns as materialized (
  select distinct t.id as turn_id, d.id as document_id
  from documents d cross join turns t cross join segments s cross join codings c
  where d.project_id = :project and d.kind = 'transcript' and t.document_id = d.id
    and s.document_id = t.document_id and s.start_offset >= t.start_offset and s.start_offset < t.end_offset
    and c.segment_id = s.id and c.code_id in (select code_id from theme)
)
select 'wave' as kind, wave_id as k1, null as k2, count(distinct respondent_id) as n from raised group by wave_id
union all select 'wave base', wave_id, null, count(distinct respondent_id) from base group by wave_id
union all select 'question', wave_id, question_id, count(distinct respondent_id) from raised group by wave_id, question_id
union all select 'question base', wave_id, question_id, count(*) from base group by wave_id, question_id
union all select 'attribute', ra.attribute_id, ra.value, count(*)
  from (select distinct respondent_id from raised) r join respondent_attributes ra on ra.respondent_id = r.respondent_id
  group by ra.attribute_id, ra.value
union all select 'attribute base', ra.attribute_id, ra.value, count(*)
  from (select distinct respondent_id from base) b join respondent_attributes ra on ra.respondent_id = b.respondent_id
  group by ra.attribute_id, ra.value
union all select 'turns', null, null, count(*) from raised_turns
union all select 'groups', null, null, count(distinct document_id) from raised_turns
union all select 'co-occurring', c.code_id, null, count(distinct r.answer_id)
  from (select distinct answer_id from raised) r cross join answers a cross join segments s cross join codings c
  where a.id = r.answer_id and s.document_id = a.document_id and s.start_offset >= a.start_offset and s.start_offset < a.end_offset
    and c.segment_id = s.id
  group by c.code_id
`;

const OVERVIEW_BASELINE = `
with recursive tree(code_id, theme_id) as (
  select id, id from codes where project_id = :project
  union all select c.id, t.theme_id from codes c join tree t on c.parent_id = t.code_id
),
unit_codes as materialized (
  select distinct a.id as unit, a.respondent_id, d.wave_id, c.code_id
  from documents d cross join answers a cross join segments s cross join codings c
  where d.project_id = :project and d.kind = 'question' and a.document_id = d.id
    and s.document_id = a.document_id and s.start_offset >= a.start_offset and s.start_offset < a.end_offset
    and c.segment_id = s.id
),
raised as materialized (
  select distinct t.theme_id, u.respondent_id, u.wave_id from unit_codes u join tree t on t.code_id = u.code_id
),
region as (
  select ra.respondent_id, ra.value from respondent_attributes ra join attributes at on at.id = ra.attribute_id
  where at.project_id = :project and at.name = 'region'
)
select 'prevalence' as kind, theme_id as k1, wave_id as k2, null as k3, count(*) as n from raised group by theme_id, wave_id
union all select 'by region', r.theme_id, r.wave_id, g.value, count(*) from raised r join region g on g.respondent_id = r.respondent_id
  group by r.theme_id, r.wave_id, g.value
union all select 'co-occurrence', x.code_id, y.code_id, null, count(*) from unit_codes x join unit_codes y on y.unit = x.unit and y.code_id > x.code_id
  group by x.code_id, y.code_id
`;
