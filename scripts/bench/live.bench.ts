import { and, eq, sql } from "drizzle-orm";
import { request as playwrightRequest } from "playwright-core";
import { openDatabase } from "../../db/client";
import { codes, members, turns } from "../../db/schema";
import { createUser } from "../../lib/accounts/create-user";
import { type BenchContext, type Figure, type Measurement, percentile, timeItAsync } from "./harness";
import { ensureBuild } from "./next-server";
import { actionIdOf, postAction } from "./post-action";

const CLIENTS = 20;
const CODINGS = 15;
const TARGET_MS = 1000;

interface Follower {
  /** When each coding id was heard (ms since the epoch), as the feed delivered it. */
  heard: Map<number, number>;
  close: () => void;
}

/** A signed-in person's cookie header, from next-auth's real sign-in. */
async function cookieFor(baseURL: string, email: string, password: string): Promise<string> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`sign-in of ${email} failed: ${response.status()}`);
  const cookies = (await context.storageState()).cookies;
  await context.dispose();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Reads a document's live feed as one browser would, noting when each added coding arrives. */
async function follow(url: string, cookie: string): Promise<Follower> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { Cookie: cookie, Accept: "text/event-stream" }, signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`live feed answered ${response.status}`);
  const heard = new Map<number, number>();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = Date.now();
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith("event: codings")) {
            const data = JSON.parse(block.slice(block.indexOf("data: ") + 6)) as { added: { id: number }[] };
            for (const coding of data.added) if (!heard.has(coding.id)) heard.set(coding.id, at);
          }
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      // Aborted at the end of the measurement.
    }
  })();
  return { heard, close: () => abort.abort() };
}

/**
 * Live co-coding through the running app: 20 people follow the long transcript's feed (each signed in
 * as a member of their own), one coder applies codes, and each coding's arrival at every follower is
 * timed from the moment the coder's request left. Beside it, the coder's own wait for the same action.
 */
export const liveMeasurement: Measurement = {
  name: "live",
  async run(context: BenchContext): Promise<Figure[]> {
    const { project, log } = context;
    const db = openDatabase(project.databasePath);
    const followers: Follower[] = [];
    try {
      const { page, baseURL } = await context.app();
      const distDir = ensureBuild(log);
      const cookies: string[] = [];
      for (let index = 0; index < CLIENTS; index++) {
        const email = `live-${index}@bench.quoteline`;
        const existing = db.$client.prepare("select id from users where email = ?").get(email) as
          | { id: number }
          | undefined;
        const id =
          existing?.id ??
          (await createUser(db, { email, name: `Follower ${index}`, password: project.coder.password })).id;
        db.insert(members)
          .values({ projectId: project.projectId, userId: id, role: "researcher" })
          .onConflictDoNothing()
          .run();
        cookies.push(await cookieFor(baseURL, email, project.coder.password));
      }
      const documentId = project.transcript.documentId;
      const url = `${baseURL}/api/projects/${project.slug}/live?document=${documentId}`;
      for (const cookie of cookies) followers.push(await follow(url, cookie));
      const codeId = db.select({ id: codes.id }).from(codes).where(eq(codes.projectId, project.projectId)).get()!.id;
      const turnRows = db
        .select({ start: turns.startOffset, end: turns.endOffset })
        .from(turns)
        .where(and(eq(turns.documentId, documentId), sql`${turns.endOffset} - ${turns.startOffset} > 30`))
        .limit(CODINGS * 3)
        .all();
      const applyId = actionIdOf(distDir, "app/projects/[slug]/codings/actions.ts#applyCodings");
      const delays: number[] = [];
      const waits: number[] = [];
      let missed = 0;
      for (let run = 0; run < CODINGS; run++) {
        const turn = turnRows[(run * 3) % turnRows.length];
        // A range no coder has used in this turn, so each apply makes a new coding.
        const start = turn.start + 1 + (run % 7);
        const sent = Date.now();
        const { result, ms } = await timeItAsync(() =>
          postAction(page, baseURL, `/projects/${project.slug}/documents/${documentId}`, applyId, {
            projectSlug: project.slug,
            documentId,
            ranges: [{ start, end: start + 12 }],
            codeIds: [codeId],
          }),
        );
        waits.push(ms);
        const id = (result as { id: number; created: boolean }[])[0].id;
        const deadline = Date.now() + 5_000;
        while (followers.some((f) => !f.heard.has(id)) && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 5));
        for (const follower of followers) {
          const at = follower.heard.get(id);
          if (at === undefined) missed++;
          else delays.push(at - sent);
        }
      }
      const value = missed > 0 ? Number.POSITIVE_INFINITY : percentile(delays, 95);
      log(
        `live: ${delays.length} deliveries, p95 ${value.toFixed(0)} ms, missed ${missed}; the coder's own wait p95 ${percentile(waits, 95).toFixed(0)} ms`,
      );
      return [
        {
          name: `a coding reaches ${CLIENTS} followers of the document (live feed), p95 of ${delays.length}`,
          corpus: project.corpus,
          value,
          unit: "ms",
          baselineName: "the coder's own wait for the same apply",
          baseline: percentile(waits, 95),
          target: "< 1 s",
          met: value < TARGET_MS,
          notes: missed > 0 ? `${missed} deliveries never arrived within 5 s` : undefined,
        },
      ];
    } finally {
      for (const follower of followers) follower.close();
      db.$client.close();
    }
  },
};
