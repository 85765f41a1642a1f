import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { migrateDatabase, openDatabase } from "../../db/client";
import { codes, members } from "../../db/schema";
import { createUser } from "../../lib/accounts/create-user";
import { listQuestionAnswers } from "../../lib/answers/list-question-answers";
import { createCodings } from "../../lib/codings/create-codings";
import { storeSurvey } from "../../lib/imports/store-survey";
import { createProject } from "../../lib/projects/create-project";
import { type BenchContext, type Figure, type Measurement, percentile } from "./harness";
import { ensureBuild, signInBench, startNextServer } from "./next-server";
import { surveyRecords } from "./search.bench";

const PASSWORD = "bench-password-1";
const EMAIL = "scroll@bench.quoteline";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const BASELINE_FRAMES = 300;
const CODE_NAMES = [
  "Workload and caseloads",
  "Supervision and feeling valued",
  "Pay and remuneration",
  "Retention",
  "ICT and systems",
];
/** The grid's files: a build older than these is rebuilt, so the bench never measures stale code. */
const GRID_SOURCES = ["components/answer-grid", "app/projects/[slug]/questions", "lib/answers"];

interface Corpus {
  answers: number;
  codings: number;
  words: number;
  documentId: number;
  attributeNames: string[];
  rows: { externalId: string; values: string[]; text: string }[];
}

/** One question × wave with 10,000 answers (× scale), a third of them coded, stored by the app's own importer. */
async function buildCorpus(file: string, scale: number): Promise<Corpus> {
  const target = Math.round(10_000 * scale);
  const records = surveyRecords("2025", Math.ceil((target / 0.7) * 1.15), "scroll-bench");
  const question = records.questions[0];
  if (question.answers.length < target) throw new Error(`only ${question.answers.length} answers generated`);
  records.questions = [{ header: question.header, answers: question.answers.slice(0, target) }];
  const db = openDatabase(file);
  migrateDatabase(db);
  const projectId = createProject(db, { slug: "bench", name: "Bench" }).id;
  const user = await createUser(db, { email: EMAIL, name: "Bench Coder", password: PASSWORD });
  db.insert(members).values({ projectId, userId: user.id, role: "researcher" }).run();
  storeSurvey(db, projectId, user.id, "2025", records, "bench.csv");
  const codeIds = CODE_NAMES.map(
    (name, index) =>
      db
        .insert(codes)
        .values({
          projectId,
          name,
          position: index,
          colour: ["#0f766e", "#b45309", "#1d4ed8", "#be185d", "#4d7c0f"][index],
        })
        .returning({ id: codes.id })
        .get().id,
  );
  const documentId = (db.$client.prepare("select id from documents where kind = 'question'").get() as { id: number })
    .id;
  const view = listQuestionAnswers(db, projectId, documentId);
  // Every third answer coded whole, every ninth also in part (its first word or two), so chips and highlights render.
  let codings = 0;
  codeIds.forEach((codeId, index) => {
    const whole = view.answers.filter((_, position) => position % 3 === 0 && position % CODE_NAMES.length === index);
    const partial = view.answers
      .filter(
        (answer, position) => position % 9 === 0 && position % CODE_NAMES.length === index && answer.text.includes(" "),
      )
      .map((answer) => ({ start: answer.start, end: answer.start + answer.text.indexOf(" ") }));
    const ranges = [...whole.map((answer) => ({ start: answer.start, end: answer.end })), ...partial].filter(
      (r) => r.end > r.start,
    );
    if (ranges.length > 0)
      codings += createCodings(db, { projectId, coderId: user.id, documentId, ranges, codeIds: [codeId] }).length;
  });
  db.$client.close();
  return {
    answers: view.answers.length,
    codings,
    words: view.answers.reduce((sum, answer) => sum + answer.text.split(/\s+/).filter(Boolean).length, 0),
    documentId,
    attributeNames: view.attributeNames,
    rows: view.answers.map((answer) => ({ externalId: answer.externalId, values: answer.values, text: answer.text })),
  };
}

interface ScrollRun {
  deltas: number[];
  scrollHeight: number;
  seconds: number;
}

/**
 * Scrolls the element from top to bottom one screenful per animation frame (a fast, steady fling)
 * and records the time between frames: a frame that took longer to draw shows as a long gap.
 */
async function scrollEndToEnd(page: Page, selector: string, maxFrames = 50_000): Promise<ScrollRun> {
  return page.evaluate(
    ({ selector, maxFrames }) =>
      new Promise<ScrollRun>((resolve, reject) => {
        const element = document.querySelector(selector) as HTMLElement | null;
        if (!element) {
          reject(new Error(`${selector} is not on the page`));
          return;
        }
        element.scrollTop = 0;
        const deltas: number[] = [];
        const started = performance.now();
        let last = started;
        const step = (now: number) => {
          deltas.push(now - last);
          last = now;
          if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1 || deltas.length > maxFrames) {
            resolve({ deltas: deltas.slice(1), scrollHeight: element.scrollHeight, seconds: (now - started) / 1000 });
            return;
          }
          element.scrollTop += element.clientHeight;
          requestAnimationFrame(step);
        };
        requestAnimationFrame((now) => {
          last = now;
          requestAnimationFrame(step);
        });
      }),
    { selector, maxFrames },
  );
}

/** The same rows as static HTML, every one in the page, no React and no virtual list: the plain baseline. */
function baselineHtml(corpus: Corpus): string {
  const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const head = ["#", "Respondent", ...corpus.attributeNames, "Answer"]
    .map((name) => `<th>${escapeHtml(name)}</th>`)
    .join("");
  const body = corpus.rows
    .map(
      (row, index) =>
        `<tr><td>${index + 1}</td><th>${escapeHtml(row.externalId)}</th>${row.values.map((value) => `<td>${escapeHtml(value)}</td>`).join("")}<td><p>${escapeHtml(row.text)}</p></td></tr>`,
    )
    .join("");
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Baseline</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;font-size:14px}#grid{height:70vh;overflow:auto;border:1px solid #e5e7eb}
table{width:100%;border-collapse:collapse}td,th{padding:.6rem .75rem;text-align:left;vertical-align:top;border-bottom:1px solid #f3f4f6}
thead th{position:sticky;top:0;background:#f9fafb}p{margin:0;line-height:1.6;white-space:pre-wrap}</style></head>
<body><main><h1>Answers</h1><div id="grid"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></main></body></html>`;
}

function summary(run: ScrollRun): string {
  return `${run.deltas.length} frames in ${run.seconds.toFixed(1)} s over ${Math.round(run.scrollHeight).toLocaleString("en-GB")} px, p50 ${percentile(run.deltas, 50).toFixed(1)} ms, p95 ${percentile(run.deltas, 95).toFixed(1)} ms, max ${Math.max(...run.deltas).toFixed(1)} ms`;
}

/**
 * The survey answer grid in Chromium against `next start` on a temp database: a question with
 * 10,000 answers scrolled end to end, frame time measured as requestAnimationFrame gaps. Baseline:
 * the same rows as one static HTML table scrolled the same way.
 */
export const scrollMeasurement: Measurement = {
  name: "scroll",
  async run({ scale, workDir, log }: BenchContext): Promise<Figure[]> {
    const databasePath = path.join(workDir, "scroll.sqlite");
    const started = Date.now();
    const corpus = await buildCorpus(databasePath, scale);
    const corpusText = `${corpus.answers.toLocaleString("en-GB")} answers (${corpus.words.toLocaleString("en-GB")} words), ${corpus.codings.toLocaleString("en-GB")} codings, ${corpus.attributeNames.length} attribute columns`;
    log(`corpus built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${corpusText}`);
    const distDir = ensureBuild(log, GRID_SOURCES);
    const server = await startNextServer(distDir, databasePath, log);
    let browser: Browser | null = null;
    try {
      browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      // tsx names the functions passed to page.evaluate with an __name helper the page lacks.
      await context.addInitScript("window.__name = (fn) => fn");
      const page = await context.newPage();
      await signInBench(page, server.baseURL, EMAIL, PASSWORD);
      await page.goto(`${server.baseURL}/projects/bench/questions/${corpus.documentId}`);
      await page.waitForSelector('[data-testid="answer-grid"] [data-answer-id]');
      // A first pass warms the JIT and measures every row once, as a researcher's first scroll does.
      const warm = await scrollEndToEnd(page, '[data-testid="answer-grid"]');
      log(`grid, first pass: ${summary(warm)}`);
      const grid = await scrollEndToEnd(page, '[data-testid="answer-grid"]');
      log(`grid: ${summary(grid)}`);

      // Every row of a 10,000-row table repaints slowly without a GPU (~0.2 s a frame here), so the
      // baseline is sampled: its first BASELINE_FRAMES frames, which already cross thousands of rows.
      await page.setContent(baselineHtml(corpus));
      const plain = await scrollEndToEnd(page, "#grid", BASELINE_FRAMES);
      log(`static HTML (first ${BASELINE_FRAMES} frames): ${summary(plain)}`);
      const p95 = percentile(grid.deltas, 95);
      const firstP95 = percentile(warm.deltas, 95);
      return [
        {
          name: "scroll: answer grid end to end, frame time p95",
          corpus: corpusText,
          value: p95,
          unit: "ms",
          baselineName: `same rows as static HTML, first ${BASELINE_FRAMES} frames`,
          baseline: percentile(plain.deltas, 95),
          target: "< 50 ms",
          met: p95 < 50,
          notes: `one screenful per frame; first pass (rows measured for the first time) p95 ${firstP95.toFixed(1)} ms`,
        },
      ];
    } finally {
      await browser?.close();
      server.stop();
    }
  },
};
