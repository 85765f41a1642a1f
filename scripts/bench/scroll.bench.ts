import type { Page } from "playwright-core";
import type { BenchProject } from "./bench-project";
import { type BenchContext, type Figure, type Measurement, percentile } from "./harness";

const BASELINE_FRAMES = 300;

type Corpus = BenchProject["grid"];

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
 * The survey answer grid in Chromium against `next start` on the bench project: its question with the
 * most answers (over 10,000) scrolled end to end, frame time measured as requestAnimationFrame gaps. Baseline:
 * the same rows as one static HTML table scrolled the same way.
 */
export const scrollMeasurement: Measurement = {
  name: "scroll",
  async run({ project, app, log }: BenchContext): Promise<Figure[]> {
    const corpus = project.grid;
    const corpusText = `${corpus.answers.toLocaleString("en-GB")} answers (${corpus.words.toLocaleString("en-GB")} words), ${corpus.codings.toLocaleString("en-GB")} codings, ${corpus.attributeNames.length} attribute columns, in the bench project`;
    log(`grid: ${corpusText}`);
    const { baseURL, page } = await app();
    await page.goto(`${baseURL}/projects/${project.slug}/questions/${corpus.documentId}`);
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
  },
};
