import path from "node:path";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import Database from "better-sqlite3";
import { insertLongUnits } from "../lib/search/long-units-fixture";
import { EMAILS, signInRequest } from "./support/session";

const SLUG = "long-units";
/** What one search may take, end to end, on a loaded two-core machine. */
const SEARCH_BUDGET_MS = 3_000;
/** How long `/api/auth/session` may take for another client while the search runs (or twice its slowest before the search, when the machine is loaded). */
const SESSION_BUDGET_MS = 200;

function writableDatabase(): Database.Database {
  const port = process.env.E2E_PORT ?? "3100";
  const db = new Database(path.join(process.cwd(), ".tmp", `e2e-${port}`, "quoteline.sqlite"), { fileMustExist: true });
  db.pragma("busy_timeout = 15000");
  return db;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/**
 * A 190,000-character turn and a 1 MB answer that repeat the searched word, written straight into
 * the database (imports refuse such lengths). Highlighting them once froze the server for everyone:
 * the search must answer within a fixed budget while another client's session checks keep answering.
 */
test.describe("a search over very long turns and answers", () => {
  test.beforeAll(() => {
    const db = writableDatabase();
    try {
      const projectId = Number(
        db.prepare("insert into projects (slug, name) values (?, 'Long units')").run(SLUG).lastInsertRowid,
      );
      db.prepare("insert into project_settings (project_id) values (?)").run(projectId);
      const researcher = db.prepare("select id from users where email = ?").get(EMAILS.researcher) as { id: number };
      db.prepare("insert into members (project_id, user_id, role) values (?, ?, 'researcher')").run(
        projectId,
        researcher.id,
      );
      insertLongUnits(db, projectId, {
        turn: `Opening words. ${"The zebrafish caseload came up again. ".repeat(5_000)}`.slice(0, 190_000),
        answer: "Zebrafish and café 😀 “zebrafish” workload. ".repeat(23_000).slice(0, 1_000_000),
      });
    } finally {
      db.close();
    }
  });

  test.afterAll(() => {
    const db = writableDatabase();
    try {
      db.prepare("delete from projects where slug = ?").run(SLUG);
    } finally {
      db.close();
    }
  });

  test("answers within its budget while other requests keep answering", async ({ baseURL }) => {
    test.setTimeout(180_000);
    const searcher = await playwrightRequest.newContext({ baseURL });
    const other = await playwrightRequest.newContext({ baseURL });
    try {
      await signInRequest(searcher, "researcher");
      await signInRequest(other, "lead");
      const session = (context: APIRequestContext) => timed(() => context.get("/api/auth/session"));
      // Warm both routes so the measurements see the running server, not its first compile.
      expect((await searcher.get(`/projects/${SLUG}/search?q=opening`)).status()).toBe(200);
      expect((await session(other)).value.status()).toBe(200);
      // Same-run baseline: on a machine loaded by other work every answer is slower, search or not.
      let quiet = 0;
      for (let call = 0; call < 10; call++) quiet = Math.max(quiet, (await session(other)).ms);
      const sessionBudget = Math.max(SESSION_BUDGET_MS, 2 * quiet);

      let searching = true;
      const latencies: number[] = [];
      const failures: string[] = [];
      const polling = (async () => {
        while (searching) {
          const started = performance.now();
          try {
            const { ms, value } = await session(other);
            if (value.status() !== 200) failures.push(`status ${value.status()}`);
            latencies.push(ms);
          } catch (error) {
            failures.push(`${error instanceof Error ? error.message.split("\n")[0] : error}`);
            latencies.push(performance.now() - started);
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const search = await timed(async () => {
        const response = await searcher.get(`/projects/${SLUG}/search?q=zebrafish`, { timeout: 170_000 });
        return { status: response.status(), html: await response.text() };
      }).finally(() => {
        searching = false;
      });
      await polling;

      console.log(
        `search ${Math.round(search.ms)} ms; /api/auth/session during it: ${latencies.length} calls, slowest ${Math.round(Math.max(...latencies))} ms, ${failures.length} failed; slowest of 10 before it ${Math.round(quiet)} ms`,
      );
      expect(failures).toEqual([]);
      expect(search.value.status).toBe(200);
      const hits = search.value.html.match(/data-testid="search-hit"/g) ?? [];
      expect(hits).toHaveLength(2);
      expect(search.value.html).toMatch(/<mark[^>]*>zebrafish<\/mark>/i);
      expect(search.value.html.length).toBeLessThan(200_000);
      expect(search.ms).toBeLessThan(SEARCH_BUDGET_MS);
      expect(latencies.length).toBeGreaterThan(0);
      expect(Math.max(...latencies)).toBeLessThan(sessionBudget);
    } finally {
      await searcher.dispose();
      await other.dispose();
    }
  });
});
