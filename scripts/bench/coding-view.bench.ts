import http from "node:http";
import type net from "node:net";
import { eq, sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import { openDatabase } from "../../db/client";
import { codes, codings, segments, turns } from "../../db/schema";
import { applyCodings } from "../../lib/coding/apply-codings";
import { matchThemeKeywords } from "../demo/survey/match-theme-keywords";
import type { BenchProject } from "./bench-project";
import { FACILITATOR } from "./generate-transcript";
import { type BenchContext, type Figure, type Measurement, percentile, timeIt } from "./harness";

const OPEN_RUNS = 5;
const APPLIES = 30;

type Corpus = BenchProject["transcript"];

/** Codes every participant turn of the long transcript with the themes its keywords name; returns its codings. */
function autoCodeTurns(project: BenchProject): number {
  const db = openDatabase(project.databasePath);
  const codeIds = new Map(
    db
      .select({ id: codes.id, name: codes.name })
      .from(codes)
      .where(eq(codes.projectId, project.projectId))
      .all()
      .map((code) => [code.name, code.id]),
  );
  const rows = db
    .select({ start: turns.startOffset, end: turns.endOffset, text: turns.text, speaker: turns.speaker })
    .from(turns)
    .where(eq(turns.documentId, project.transcript.documentId))
    .all();
  db.transaction(() => {
    for (const turn of rows) {
      if (turn.speaker === FACILITATOR) continue;
      const ids = matchThemeKeywords(turn.text).flatMap((theme) => codeIds.get(theme) ?? []);
      if (ids.length === 0) continue;
      applyCodings(db, {
        projectId: project.projectId,
        coderId: project.coder.id,
        documentId: project.transcript.documentId,
        ranges: [{ start: turn.start, end: turn.end }],
        codeIds: ids,
      });
    }
  });
  const count = db
    .select({ n: sql<number>`count(*)` })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .where(eq(segments.documentId, project.transcript.documentId))
    .get()!.n;
  db.$client.close();
  return count;
}

/** The use case alone, in process, for the server acknowledgement's baseline: one new coding per call. */
function createCodingsSamples(project: BenchProject, count: number): number[] {
  const db = openDatabase(project.databasePath);
  const turn = db
    .select({ start: turns.startOffset, end: turns.endOffset })
    .from(turns)
    .where(eq(turns.documentId, project.transcript.documentId))
    .orderBy(turns.position)
    .limit(1)
    .offset(1)
    .get();
  const code = db.select({ id: codes.id }).from(codes).where(eq(codes.projectId, project.projectId)).get();
  if (!turn || !code) throw new Error("the bench project has no turn or code");
  const samples = Array.from(
    { length: count },
    (_, index) =>
      timeIt(() =>
        applyCodings(db, {
          projectId: project.projectId,
          coderId: project.coder.id,
          documentId: project.transcript.documentId,
          ranges: [{ start: turn.start, end: Math.min(turn.end, turn.start + 5 + index) }],
          codeIds: [code.id],
        }),
      ).ms,
  );
  db.$client.close();
  return samples;
}

/** The same turns as static HTML, no editor and no decorations: the plain baseline, served locally. */
function startBaselineServer(corpus: Corpus): Promise<{ url: string; close: () => void }> {
  const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Baseline</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto}.turn{display:grid;grid-template-columns:9rem 1fr;gap:1rem;padding:.75rem 1rem;border-bottom:1px solid #eee}.turn p{margin:0;line-height:2;white-space:pre-wrap}mark{background:none;border-bottom:2px solid #1971c2}</style>
<script>addEventListener("keydown",e=>{if(e.key!=="1")return;const s=getSelection();if(!s.rangeCount||s.isCollapsed)return;const m=document.createElement("mark");try{s.getRangeAt(0).surroundContents(m)}catch{}});</script>
</head><body><main id="main">${corpus.turnTexts.map((turn) => `<div class="turn"><b>${escapeHtml(turn.speaker)}</b><p>${escapeHtml(turn.text)}</p></div>`).join("")}</main></body></html>`;
  return new Promise((resolve) => {
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(html);
    });
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ url: `http://localhost:${port}/`, close: () => server.close() });
    });
  });
}

interface OpenTiming {
  /** Navigation start → text (with decorations, if any) painted. */
  painted: number;
  /** The selection's mouseup → the picker (or, on the baseline, the selection) painted. */
  selection: number;
}

/**
 * Times one open: the page from navigation start until `readySelector` is painted, then a double-click on a
 * word until `doneCheck` holds and is painted. The driver's own time between the two is left out.
 */
async function timeOpen(
  page: Page,
  url: string,
  readySelector: string,
  wordSelector: string,
  done: "picker" | "selection",
): Promise<OpenTiming> {
  await page.goto(url, { waitUntil: "commit" });
  const ready = await page.evaluate(
    ({ readySelector, wordSelector }) =>
      new Promise<{ painted: number; x: number; y: number }>((resolve) => {
        const check = () => {
          if (document.querySelector(readySelector)) {
            requestAnimationFrame(() =>
              setTimeout(() => {
                const painted = performance.now();
                const box = document.querySelector(wordSelector)!.getBoundingClientRect();
                addEventListener(
                  "mouseup",
                  () => {
                    (window as unknown as { __mouseUp: number }).__mouseUp = performance.now();
                  },
                  { capture: true },
                );
                resolve({ painted, x: box.left + 12, y: box.top + 10 });
              }, 0),
            );
          } else requestAnimationFrame(check);
        };
        check();
      }),
    { readySelector, wordSelector },
  );
  await page.mouse.dblclick(ready.x, ready.y);
  const selection = await page.evaluate(
    (done) =>
      new Promise<number>((resolve) => {
        // Never wait for ever: a selection that shows no Code button is reported, not hung on.
        const gaveUp = performance.now() + 10_000;
        const check = () => {
          if (performance.now() > gaveUp) return resolve(Number.NaN);
          const finished =
            done === "picker"
              ? Boolean(document.querySelector("[data-testid=selection-code-button], [cmdk-root]"))
              : getSelection()?.isCollapsed === false;
          if (finished)
            requestAnimationFrame(() =>
              setTimeout(() => resolve(performance.now() - (window as unknown as { __mouseUp: number }).__mouseUp), 0),
            );
          else requestAnimationFrame(check);
        };
        check();
      }),
    done,
  );
  if (done === "picker") await page.keyboard.press("Escape");
  return { painted: ready.painted, selection };
}

/** Installs listeners timing one key press: until the new decoration is painted, and until the server's coding replaces it. */
async function armApplyTimer(page: Page, key: string, selector: string, settledSelector: string | null): Promise<void> {
  await page.evaluate(
    ({ key, selector, settledSelector }) => {
      const state = { pressed: 0, painted: 0, settled: 0 } as Record<string, number>;
      (window as unknown as { __applyTiming: Record<string, number> }).__applyTiming = state;
      const before = document.querySelectorAll(selector).length;
      addEventListener(
        "keydown",
        (event) => {
          if (event.key === key && !state.pressed) state.pressed = performance.now();
        },
        { capture: true, once: true },
      );
      let seen = false;
      const observer = new MutationObserver(() => {
        const count = document.querySelectorAll(selector).length;
        if (!seen && count > before) {
          seen = true;
          requestAnimationFrame(() =>
            setTimeout(() => {
              state.painted = performance.now();
            }, 0),
          );
          if (!settledSelector) observer.disconnect();
        }
        if (seen && settledSelector && !state.settled && document.querySelectorAll(settledSelector).length === 0) {
          state.settled = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    { key, selector, settledSelector },
  );
}

async function readApplyTimer(page: Page, needSettled: boolean): Promise<{ painted: number; settled: number }> {
  await page.waitForFunction(
    (needSettled) => {
      const state = (window as unknown as { __applyTiming: Record<string, number> }).__applyTiming;
      return state.painted > 0 && (!needSettled || state.settled > 0);
    },
    needSettled,
    { timeout: 15_000 },
  );
  return page.evaluate(() => {
    const state = (window as unknown as { __applyTiming: Record<string, number> }).__applyTiming;
    return { painted: state.painted - state.pressed, settled: state.settled ? state.settled - state.pressed : 0 };
  });
}

/**
 * The transcript coding view in Chromium against `next start` on the bench project: opening its
 * 50,000-word transcript with 3,000 overlapping codings, and applying a code from the picker. Baselines: the same
 * turns as static HTML (no editor, no decorations), where a key wraps the selection in a <mark>.
 */
export const codingViewMeasurement: Measurement = {
  name: "coding-view",
  async run({ project, app, log }: BenchContext): Promise<Figure[]> {
    const corpus = project.transcript;
    const corpusText = `${corpus.words.toLocaleString("en-GB")} words, ${corpus.turns} turns, ${corpus.codings.toLocaleString("en-GB")} codings (overlapping), in the bench project`;
    log(`transcript: ${corpusText}, ${corpus.characters.toLocaleString("en-GB")} characters`);
    const { baseURL, page } = await app();
    const baseline = await startBaselineServer(corpus);
    try {
      const url = `${baseURL}/projects/${project.slug}/documents/${corpus.documentId}`;
      // One warm-up: the server's first render of a route and Chromium's cache are not what a coder sees all day.
      const openView = () =>
        timeOpen(page, url, '[data-testid="transcript-editor"][data-ready="true"] .coding', ".turn-text", "picker");
      const openBaseline = () => timeOpen(page, baseline.url, ".turn p", ".turn p", "selection");
      await openView();
      await openBaseline();
      const opens: OpenTiming[] = [];
      const baselineOpens: OpenTiming[] = [];
      for (let run = 0; run < OPEN_RUNS; run++) {
        opens.push(await openView());
        baselineOpens.push(await openBaseline());
      }
      const total = (timing: OpenTiming) => timing.painted + timing.selection;
      const show = (timings: OpenTiming[]) =>
        timings.map((t) => `${t.painted.toFixed(0)}+${t.selection.toFixed(0)}`).join(", ");
      log(
        `open (painted + selection→picker): ${show(opens)} ms; baseline (painted + selection): ${show(baselineOpens)} ms`,
      );

      // Applies: keyboard only, as a coder works: select the next few words, C, then a digit applies a top code.
      await page.goto(url);
      await page.waitForSelector('[data-testid="transcript-editor"][data-ready="true"] .coding');
      const editor = page.getByRole("textbox", { name: "Transcript text" });
      await editor.focus();
      const applies: number[] = [];
      const acknowledgements: number[] = [];
      for (let index = 0; index < APPLIES; index++) {
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("Control+Shift+ArrowRight");
        await page.keyboard.press("Control+Shift+ArrowRight");
        await page.keyboard.press("c");
        await page.waitForSelector("[cmdk-input]");
        const digit = String(1 + (index % 9));
        await armApplyTimer(page, digit, ".coding[data-pending]", ".coding[data-pending]");
        await page.keyboard.press(digit);
        const timing = await readApplyTimer(page, true);
        applies.push(timing.painted);
        acknowledgements.push(timing.settled);
        await page.waitForFunction(() => document.activeElement?.classList.contains("coding-editor"));
      }
      log(
        `apply: p50 ${percentile(applies, 50).toFixed(1)} ms, max ${Math.max(...applies).toFixed(1)} ms; server acknowledgement p50 ${percentile(acknowledgements, 50).toFixed(0)} ms`,
      );

      const baselineApplies: number[] = [];
      await page.goto(baseline.url);
      const words = page.locator(".turn p");
      for (let index = 0; index < APPLIES; index++) {
        // A word at the start of a fresh paragraph each time, as a <mark> cannot wrap across an earlier one.
        await words.nth(index).dblclick({ position: { x: 12, y: 10 } });
        await armApplyTimer(page, "1", "mark", null);
        await page.keyboard.press("1");
        baselineApplies.push((await readApplyTimer(page, false)).painted);
      }
      const createCodingsMs = createCodingsSamples(project, APPLIES);

      // The same transcript once its turns are also auto-coded by keyword, as the rest of the project is.
      const heavier = autoCodeTurns(project);
      const heavierOpens: OpenTiming[] = [];
      await openView();
      for (let run = 0; run < OPEN_RUNS; run++) heavierOpens.push(await openView());
      log(`open after auto-coding its turns (${heavier.toLocaleString("en-GB")} codings): ${show(heavierOpens)} ms`);
      const heavierP50 = percentile(heavierOpens.map(total), 50);

      const openP50 = percentile(opens.map(total), 50);
      const openPaintedP50 = percentile(
        opens.map((o) => o.painted),
        50,
      );
      const pickerP50 = percentile(
        opens.map((o) => o.selection),
        50,
      );
      const applyP95 = percentile(applies, 95);
      return [
        {
          name: "open transcript: navigation → text and decorations painted, selection → picker (median of 5)",
          corpus: corpusText,
          value: openP50,
          unit: "ms",
          baselineName: "static HTML of the turns, selection made",
          baseline: percentile(baselineOpens.map(total), 50),
          target: "< 1000 ms",
          met: openP50 < 1000,
          notes: `text and decorations painted at ${openPaintedP50.toFixed(0)} ms, then selection → picker ${pickerP50.toFixed(0)} ms (medians); slowest open ${Math.max(...opens.map(total)).toFixed(0)} ms`,
        },
        {
          name: "open transcript after its turns are auto-coded too (median of 5)",
          corpus: `${corpus.words.toLocaleString("en-GB")} words, ${corpus.turns} turns, ${heavier.toLocaleString("en-GB")} codings (the overlapping ones, the applies and whole-turn codings by keyword)`,
          value: heavierP50,
          unit: "ms",
          baselineName: "static HTML of the turns, selection made",
          baseline: percentile(baselineOpens.map(total), 50),
          target: "< 1000 ms",
          met: heavierP50 < 1000,
          notes: `text and decorations painted at ${percentile(
            heavierOpens.map((o) => o.painted),
            50,
          ).toFixed(0)} ms (median)`,
        },
        {
          name: `apply a code: key press in the picker → decoration painted (p95 of ${APPLIES})`,
          corpus: corpusText,
          value: applyP95,
          unit: "ms",
          baselineName: "key wraps the selection in <mark> on static HTML",
          baseline: percentile(baselineApplies, 95),
          target: "p95 < 100 ms",
          met: applyP95 < 100,
        },
        {
          name: `server acknowledgement: key press → server's coding drawn (p95 of ${APPLIES})`,
          corpus: corpusText,
          value: percentile(acknowledgements, 95),
          unit: "ms",
          baselineName: "applyCodings in process",
          baseline: percentile(createCodingsMs, 95),
          target: "reported",
          met: null,
          notes: "the server action through next start: session, role check, validation, applyCodings",
        },
      ];
    } finally {
      baseline.close();
    }
  },
};
