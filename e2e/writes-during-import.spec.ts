import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import Database from "better-sqlite3";
import { generateSurvey, toCsv } from "../scripts/demo/survey/generate-survey";
import { type ActionAnswer, actionId, callAction } from "./support/server-actions";
import { EMAILS, signInRequest } from "./support/session";

const SLUG = "writes-during-import";
const RESPONDENTS = 30_000;

function databasePath(): string {
  return path.join(process.cwd(), ".tmp", `e2e-${process.env.E2E_PORT ?? "3100"}`, "quoteline.sqlite");
}

function writableDatabase(): Database.Database {
  const db = new Database(databasePath(), { fileMustExist: true });
  db.pragma("busy_timeout = 60000");
  return db;
}

interface Sent {
  at: number;
  start: number;
  answer: Promise<ActionAnswer & { ms: number }>;
}

/**
 * A 30,000-row survey imported by the command line tool (its own process and connection, as an
 * upload's worker) while a coder applies a coding every 100 ms through the server: none is refused,
 * none is lost. Write transactions used to read before taking the lock, and SQLite refused them at
 * once while the import held it ("Something went wrong").
 */
test.describe("codings during a survey import", () => {
  let projectId = 0;
  let documentId = 0;
  let codeId = 0;
  const csvPath = path.join(path.dirname(databasePath()), "writes-during-import.csv");

  test.beforeAll(() => {
    test.setTimeout(120_000);
    const london = Math.round(RESPONDENTS * 0.72);
    const survey = generateSurvey("2025", { scale: { london, southEast: RESPONDENTS - london }, seed: "writes" });
    fs.writeFileSync(csvPath, toCsv(survey));
    const db = writableDatabase();
    try {
      projectId = Number(
        db.prepare("insert into projects (slug, name) values (?, 'Writes during import')").run(SLUG).lastInsertRowid,
      );
      db.prepare("insert into project_settings (project_id) values (?)").run(projectId);
      const researcher = db.prepare("select id from users where email = ?").get(EMAILS.researcher) as { id: number };
      db.prepare("insert into members (project_id, user_id, role) values (?, ?, 'researcher')").run(
        projectId,
        researcher.id,
      );
      const text = "We talked about caseloads, supervision and pay. ".repeat(200);
      documentId = Number(
        db
          .prepare(
            "insert into documents (project_id, kind, title, text_length, text) values (?, 'transcript', 'Coded during an import', ?, ?)",
          )
          .run(projectId, text.length, text).lastInsertRowid,
      );
      db.prepare(
        "insert into turns (document_id, position, speaker, start_offset, end_offset, text) values (?, 0, 'Speaker', 0, ?, ?)",
      ).run(documentId, text.length, text);
      codeId = Number(
        db.prepare("insert into codes (project_id, name) values (?, 'Workload')").run(projectId).lastInsertRowid,
      );
    } finally {
      db.close();
    }
  });

  // The project stays: deleting 30,000 respondents and their answers would take longer than the test.
  test.afterAll(() => fs.rmSync(csvPath, { force: true }));

  test("applied every 100 ms, none is refused and none is lost", async ({ baseURL }) => {
    test.setTimeout(240_000);
    const coder = await playwrightRequest.newContext({ baseURL });
    const other = await playwrightRequest.newContext({ baseURL });
    try {
      await signInRequest(coder, "researcher");
      await signInRequest(other, "lead");
      const apply = actionId("app/projects/[slug]/codings/actions.ts#applyCodings");
      const first = await callAction(coder, apply, {
        projectSlug: SLUG,
        documentId,
        ranges: [{ start: 0, end: 2 }],
        codeIds: [codeId],
      });
      expect(first.ok, first.raw.slice(0, 300)).toBe(true);
      // Same-run baseline for the log: the session check before the import starts.
      const before: number[] = [];
      for (let call = 0; call < 20; call++) {
        const sessionStarted = performance.now();
        await other.get("/api/auth/session");
        before.push(performance.now() - sessionStarted);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      before.sort((a, b) => a - b);

      const importer = spawn(
        "npx",
        ["tsx", "scripts/qda.ts", "import", csvPath, "--project", SLUG, "--wave", "2025", "--as", EMAILS.researcher],
        { env: { ...process.env, DATABASE_PATH: databasePath() }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let output = "";
      importer.stdout.on("data", (chunk) => {
        output += chunk;
      });
      importer.stderr.on("data", (chunk) => {
        output += chunk;
      });
      const imported = new Promise<{ code: number | null; at: number }>((resolve) =>
        importer.on("exit", (code) => resolve({ code, at: performance.now() })),
      );
      let importing = true;
      void imported.then(() => {
        importing = false;
      });

      // A kept-alive socket the server closed just as a request went out is reset before the server
      // reads anything; browsers resend then, and so does this coder (applying a coding twice is harmless).
      let resets = 0;
      const resending = async (call: () => Promise<ActionAnswer>): Promise<ActionAnswer> => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await call();
          } catch (error) {
            if (attempt === 3 || !/ECONNRESET|socket hang up/.test(String(error))) throw error;
            resets++;
          }
        }
      };
      const sent: Sent[] = [];
      const sessionLatencies: number[] = [];
      const sessionFailures: string[] = [];
      const started = performance.now();
      // Codings every 100 ms from the start of the import until just after it ends.
      let stopAt = Number.POSITIVE_INFINITY;
      void imported.then(({ at }) => {
        stopAt = at + 500;
      });
      while (performance.now() < stopAt && performance.now() - started < 200_000) {
        const start = 10 + sent.length * 7;
        const at = performance.now();
        sent.push({
          at,
          start,
          answer: resending(() =>
            callAction(coder, apply, {
              projectSlug: SLUG,
              documentId,
              ranges: [{ start, end: start + 4 }],
              codeIds: [codeId],
            }),
          ).then((answer) => ({ ...answer, ms: performance.now() - at })),
        });
        if (importing) {
          const sessionStarted = performance.now();
          void other.get("/api/auth/session").then(
            () => sessionLatencies.push(performance.now() - sessionStarted),
            (error: Error) =>
              sessionFailures.push(`${Math.round(sessionStarted - started)} ms: ${error.message.split("\n")[0]}`),
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const { code } = await imported;
      const answers = await Promise.all(sent.map((entry) => entry.answer));
      const refused = answers.filter((answer) => answer.ok !== true);
      console.log(
        `import exited ${code} after ${Math.round(performance.now() - started)} ms; ${answers.length} codings sent, ${refused.length} refused, ${resets} resent after a connection reset, slowest answer ${Math.round(Math.max(...answers.map((a) => a.ms)))} ms; /api/auth/session during the import: ${sessionLatencies.length} answered, slowest ${Math.round(Math.max(...sessionLatencies))} ms, median ${Math.round(sessionLatencies.sort((a, b) => a - b)[Math.floor(sessionLatencies.length / 2)] ?? 0)} ms; ${sessionFailures.length} failed ${sessionFailures.slice(0, 3).join("; ")}; before the import: median ${Math.round(before[10])} ms, slowest ${Math.round(before[19])} ms`,
      );
      const slow = answers.map((answer, index) => ({
        at: Math.round(sent[index].at - started),
        ms: Math.round(answer.ms),
      }));
      console.log(`slowest codings (sent at, took): ${JSON.stringify(slow.sort((a, b) => b.ms - a.ms).slice(0, 5))}`);
      expect(code, output.slice(-2000)).toBe(0);
      expect(refused.map((answer) => answer.message ?? answer.raw.slice(0, 200))).toEqual([]);

      const db = writableDatabase();
      try {
        const respondents = db.prepare("select count(*) as n from respondents where project_id = ?").get(projectId) as {
          n: number;
        };
        expect(respondents.n).toBe(RESPONDENTS);
        const stored = db
          .prepare(
            "select s.start_offset as start from codings c join segments s on s.id = c.segment_id where s.document_id = ? and c.code_id = ? order by s.start_offset",
          )
          .all(documentId, codeId) as { start: number }[];
        expect(stored.map((row) => row.start)).toEqual([0, ...sent.map((entry) => entry.start)]);
      } finally {
        db.close();
      }
      // The import overlapped the codings: several were sent while it ran.
      expect(sent.length).toBeGreaterThan(10);
    } finally {
      await coder.dispose();
      await other.dispose();
    }
  });
});
