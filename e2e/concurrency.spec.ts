import { expect, request as playwrightRequest, test } from "@playwright/test";
import { e2eDatabase } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, signInRequest } from "./support/session";

const CODERS = 20;
const DURATION_MS = 30_000;

interface Op {
  kind: "apply" | "remove";
  key: string;
}

/**
 * 20 coders apply and remove codings on one document at once for 30 s. Each coder works on its
 * own ranges and waits for each answer, so replaying the acknowledged operations per coder gives
 * the exact set of codings that must remain: nothing lost, nothing extra.
 */
test("20 parallel coders for 30 seconds lose nothing", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const db = e2eDatabase();
  const document = db
    .prepare(
      "select d.id, d.text_length as length from documents d join projects p on p.id = d.project_id where p.slug = ? and d.kind = 'transcript' order by d.text_length desc limit 1",
    )
    .get(DEMO_SLUG) as { id: number; length: number };
  const codeIds = (
    db
      .prepare("select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? order by c.id limit 4")
      .all(DEMO_SLUG) as { id: number }[]
  ).map((r) => r.id);
  const before = (
    db
      .prepare("select count(*) as n from codings c join segments s on s.id = c.segment_id where s.document_id = ?")
      .get(document.id) as { n: number }
  ).n;
  db.close();

  const apply = actionId("app/projects/[slug]/codings/actions.ts#applyCodings");
  const remove = actionId("app/projects/[slug]/codings/actions.ts#removeCodings");
  const span = Math.floor((document.length - 20) / CODERS);

  // Sign in one after another: sign-in throttling counts an attempt until it succeeds, so twenty
  // simultaneous sign-ins to two accounts would look like guessing. The coding is what runs in parallel.
  const contexts = [];
  for (let coder = 0; coder < CODERS; coder++) {
    const context = await playwrightRequest.newContext({ baseURL });
    await signInRequest(context, coder % 2 === 0 ? "researcher" : "owner");
    contexts.push(context);
  }
  const deadline = Date.now() + DURATION_MS;

  const results = await Promise.all(
    contexts.map(async (context, coder) => {
      const acknowledged: Op[] = [];
      const live = new Map<string, number>(); // key -> coding id
      let step = 0;
      while (Date.now() < deadline) {
        step++;
        const keys = [...live.keys()];
        if (keys.length > 0 && step % 3 === 0) {
          const key = keys[step % keys.length];
          const result = await callAction(context, remove, { projectSlug: DEMO_SLUG, codingIds: [live.get(key)] });
          expect(result.ok, JSON.stringify(result)).toBe(true);
          live.delete(key);
          acknowledged.push({ kind: "remove", key });
        } else {
          const start = coder * span + (step % 7) * 2;
          const end = start + 3 + (step % 5);
          const codeId = codeIds[step % codeIds.length];
          const result = await callAction(context, apply, {
            projectSlug: DEMO_SLUG,
            documentId: document.id,
            ranges: [{ start, end }],
            codeIds: [codeId],
          });
          expect(result.ok, JSON.stringify(result)).toBe(true);
          const created = (
            result.data as { id: number; start: number; end: number; codeId: number; coderId: number }[]
          )[0];
          const key = `${created.start}-${created.end}-${created.codeId}-${created.coderId}`;
          live.set(key, created.id);
          acknowledged.push({ kind: "apply", key });
        }
      }
      await context.dispose();
      return { acknowledged, coder };
    }),
  );

  // Replay: the final set per coder-range follows from the acknowledged operations alone.
  const expectedKeys = new Set<string>();
  for (const { acknowledged } of results) {
    for (const op of acknowledged) {
      if (op.kind === "apply") expectedKeys.add(op.key);
      else expectedKeys.delete(op.key);
    }
  }
  const totalOps = results.reduce((sum, r) => sum + r.acknowledged.length, 0);
  expect(totalOps).toBeGreaterThan(CODERS * 10);

  const after = e2eDatabase();
  const rows = after
    .prepare(
      "select s.start_offset as start, s.end_offset as end, c.code_id as codeId, c.coder_id as coderId from codings c join segments s on s.id = c.segment_id where s.document_id = ? order by c.id",
    )
    .all(document.id) as { start: number; end: number; codeId: number; coderId: number }[];
  after.close();
  const actualKeys = new Set(rows.map((r) => `${r.start}-${r.end}-${r.codeId}-${r.coderId}`));
  // Pre-existing codings (from the seed) stay untouched; only ours are compared.
  expect(rows.length - before).toBe(expectedKeys.size - [...expectedKeys].filter((k) => !actualKeys.has(k)).length);
  expect([...expectedKeys].filter((k) => !actualKeys.has(k))).toEqual([]);
  console.log(
    `concurrency: ${totalOps} acknowledged operations by ${CODERS} coders; ${expectedKeys.size} codings remain`,
  );
});
