import http from "node:http";
import type net from "node:net";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import seedrandom from "seedrandom";
import { migrateDatabase, openDatabase } from "../../db/client";
import { codes, members } from "../../db/schema";
import { createUser } from "../../lib/accounts/create-user";
import { createCodings } from "../../lib/codings/create-codings";
import { THEME_FRAGMENTS } from "../../lib/demo/answer-fragments";
import { SLOT_VALUES } from "../../lib/demo/compose-answer";
import type { ParsedTranscript } from "../../lib/importers/transcript/parsed-transcript";
import { storeTranscript } from "../../lib/imports/store-transcript";
import { createProject } from "../../lib/projects/create-project";
import { type BenchContext, type Figure, type Measurement, percentile, timeIt } from "./harness";
import { ensureBuild, signInBench, startNextServer } from "./next-server";

const PASSWORD = "bench-password-1";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const OPEN_RUNS = 5;
const APPLIES = 30;

interface Corpus {
  words: number;
  turns: number;
  characters: number;
  codings: number;
  codes: number;
  documentId: number;
  /** Speaker and text per turn, for the plain baseline page. */
  turnTexts: { speaker: string; text: string }[];
}

/** Sentences from the demo phrase bank, placeholders filled, in a fixed pseudo-random order. */
function sentenceSource(random: () => number): () => string {
  const sentences = Object.values(THEME_FRAGMENTS).flatMap((theme) => [
    ...theme.base.concern,
    ...theme.base.positive,
    ...theme.base.suggestion,
  ]);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return () => pick(sentences).replace(/\{(\w+)\}/g, (_, slot: string) => pick(SLOT_VALUES[slot] ?? ["that"]));
}

/** A 50,000-word focus group (× scale) with 3,000 overlapping codings, stored through the app's own use cases. */
async function buildCorpus(file: string, scale: number) {
  const random = seedrandom("coding-view-bench");
  const sentence = sentenceSource(random);
  const targetWords = Math.round(50_000 * scale);
  const speakers = [
    "Moderator",
    "Ewa Kowalska",
    "Tendai Moyo",
    "Rhys Morgan",
    "Mohammed Rahman",
    "Siobhán Ní Bhriain",
    "Zoë Adeyemi",
  ];
  const turns: ParsedTranscript["turns"] = [];
  let words = 0;
  let ms = 0;
  while (words < targetWords) {
    const parts: string[] = [];
    const length = 20 + Math.floor(random() * 60);
    let turnWords = 0;
    while (turnWords < length) {
      const next = sentence();
      parts.push(next);
      turnWords += next.split(/\s+/).length;
    }
    const speaker = turns.length % 2 === 0 ? speakers[0] : speakers[1 + Math.floor(random() * (speakers.length - 1))];
    turns.push({ speaker, startMs: ms, endMs: ms + 20_000, text: parts.join(" ") });
    words += turnWords;
    ms += 20_000 + Math.floor(random() * 10_000);
  }
  const db = openDatabase(file);
  migrateDatabase(db);
  const projectId = createProject(db, { slug: "bench", name: "Bench" }).id;
  const user = await createUser(db, { email: "coder@bench.quoteline", name: "Bench Coder", password: PASSWORD });
  db.insert(members).values({ projectId, userId: user.id, role: "researcher" }).run();
  const codeIds = Object.keys(THEME_FRAGMENTS).map(
    (name, index) =>
      db
        .insert(codes)
        .values({
          projectId,
          name,
          colour: `#${((index * 2654435761) >>> 8).toString(16).padStart(6, "0").slice(0, 6)}`,
          position: index,
        })
        .returning({ id: codes.id })
        .get().id,
  );
  const parsed: ParsedTranscript = { format: "txt", cueCount: turns.length, speakers, warnings: [], turns };
  const { documentId } = storeTranscript(db, projectId, user.id, parsed, {
    title: "Bench focus group",
    filename: "bench.txt",
  });
  const stored = db.$client
    .prepare("select start_offset s, end_offset e, text from turns where document_id = ? order by position")
    .all(documentId) as { s: number; e: number; text: string }[];
  // Codings start and end at word boundaries inside one turn: three per turn on average, so they overlap and nest.
  const codingTarget = Math.round(3_000 * scale);
  let codings = 0;
  db.transaction(() => {
    while (codings < codingTarget) {
      const turn = stored[Math.floor(random() * stored.length)];
      const boundaries = [...turn.text.matchAll(/\S+/g)].map((match) => [match.index!, match.index! + match[0].length]);
      const first = Math.floor(random() * boundaries.length);
      const last = Math.min(boundaries.length - 1, first + 2 + Math.floor(random() * 30));
      const codeId = codeIds[Math.floor(random() * codeIds.length)];
      const created = createCodings(db, {
        projectId,
        coderId: user.id,
        documentId,
        ranges: [{ start: turn.s + boundaries[first][0], end: turn.s + boundaries[last][1] }],
        codeIds: [codeId],
      });
      if (created[0]?.created) codings++;
    }
  });
  const characters = (
    db.$client.prepare("select text_length n from documents where id = ?").get(documentId) as { n: number }
  ).n;
  db.$client.close();
  return {
    corpus: {
      words,
      turns: turns.length,
      characters,
      codings,
      codes: codeIds.length,
      documentId,
      turnTexts: turns.map((turn) => ({ speaker: turn.speaker ?? "", text: turn.text })),
    } satisfies Corpus,
    /** The use case alone, in process, for the server acknowledgement's baseline: one new coding per call. */
    createCodingsSamples: (count: number): number[] => {
      const again = openDatabase(file);
      const turn = stored[1];
      const samples = Array.from(
        { length: count },
        (_, index) =>
          timeIt(() =>
            createCodings(again, {
              projectId,
              coderId: user.id,
              documentId,
              ranges: [{ start: turn.s, end: turn.s + 5 + index }],
              codeIds: [codeIds[0]],
            }),
          ).ms,
      );
      again.$client.close();
      return samples;
    },
  };
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
        const check = () => {
          const finished =
            done === "picker" ? Boolean(document.querySelector("[cmdk-root]")) : getSelection()?.isCollapsed === false;
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
 * The transcript coding view in Chromium against `next start` on a temp database: opening a 50,000-word
 * transcript with 3,000 overlapping codings, and applying a code from the picker. Baselines: the same
 * turns as static HTML (no editor, no decorations), where a key wraps the selection in a <mark>.
 */
export const codingViewMeasurement: Measurement = {
  name: "coding-view",
  async run({ scale, workDir, log }: BenchContext): Promise<Figure[]> {
    const databasePath = path.join(workDir, "coding-view.sqlite");
    const built = await (async () => {
      const started = Date.now();
      const result = await buildCorpus(databasePath, scale);
      log(`corpus built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return result;
    })();
    const { corpus } = built;
    const corpusText = `${corpus.words.toLocaleString("en-GB")} words, ${corpus.turns} turns, ${corpus.codings.toLocaleString("en-GB")} codings, ${corpus.codes} codes`;
    log(`corpus: ${corpusText}, ${corpus.characters.toLocaleString("en-GB")} characters`);
    const distDir = ensureBuild(log);
    const server = await startNextServer(distDir, databasePath, log);
    const baseline = await startBaselineServer(corpus);
    let browser: Browser | null = null;
    try {
      browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      // tsx names the functions passed to page.evaluate with an __name helper the page lacks.
      await context.addInitScript("window.__name = (fn) => fn");
      const page = await context.newPage();
      await signInBench(page, server.baseURL, "coder@bench.quoteline", PASSWORD);
      const url = `${server.baseURL}/projects/bench/documents/${corpus.documentId}`;
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
        await armApplyTimer(
          page,
          digit,
          '.coding[data-coding-key^="pending-"]',
          '.coding[data-coding-key^="pending-"]',
        );
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
        await words.nth(index % 20).dblclick();
        await armApplyTimer(page, "1", "mark", null);
        await page.keyboard.press("1");
        baselineApplies.push((await readApplyTimer(page, false)).painted);
      }
      const createCodingsMs = built.createCodingsSamples(APPLIES);

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
          baselineName: "createCodings in process",
          baseline: percentile(createCodingsMs, 95),
          target: "reported",
          met: null,
          notes: "includes the action's revalidation, which re-renders the whole document page in the same round trip",
        },
      ];
    } finally {
      await browser?.close();
      baseline.close();
      server.stop();
    }
  },
};
