import type { Page } from "playwright-core";
import type { Db } from "../../db/client";
import { applyCodings } from "../../lib/coding/apply-codings";
import { deleteCodings } from "../../lib/coding/delete-codings";
import { hitRanges } from "../../lib/search/hit-ranges";
import { listCodableHits } from "../../lib/search/search-project";
import { timeIt, timeItAsync } from "./harness";
import { actionIdOf, postAction } from "./post-action";

const HITS = 30;
const QUERY = "supervision";

interface CodeAllSetting {
  db: Db;
  page: Page;
  baseURL: string;
  distDir: string;
  slug: string;
  projectId: number;
  coderId: number;
  codeId: number;
  runs: number;
}

/**
 * "Code all hits" on the best 30 hits of a search, as the page sends it: each hit's matched words as ranges,
 * one applyCodings call per document in turn (the coding store's order). Each run's new codings are removed
 * afterwards, untimed, so every run creates the same codings.
 */
export async function measureCodeAll(
  setting: CodeAllSetting,
): Promise<{ app: number[]; inProcess: number[]; documents: number }> {
  const { db, page, baseURL, slug, projectId, coderId, codeId, runs } = setting;
  const { hits, terms } = listCodableHits(db, projectId, QUERY, HITS);
  if (hits.length < HITS) throw new Error(`"${QUERY}" has only ${hits.length} hits`);
  const byDocument = new Map<number, { start: number; end: number }[]>();
  for (const hit of hits) {
    const ranges = hitRanges({ text: hit.text, startOffset: hit.startOffset }, terms, "exact");
    if (ranges.length > 0) byDocument.set(hit.documentId, [...(byDocument.get(hit.documentId) ?? []), ...ranges]);
  }
  const undo = (ids: number[]) => deleteCodings(db, { projectId, actorId: coderId, codingIds: ids });
  const createdIds = (rows: { id: number; created: boolean }[]) =>
    rows.filter((row) => row.created).map((row) => row.id);

  const applyId = actionIdOf(setting.distDir, "app/projects/[slug]/codings/actions.ts#applyCodings");
  const app: number[] = [];
  for (let run = -1; run < runs; run++) {
    const made: number[] = [];
    const { ms } = await timeItAsync(async () => {
      for (const [documentId, ranges] of byDocument) {
        const rows = await postAction(page, baseURL, `/projects/${slug}/search`, applyId, {
          projectSlug: slug,
          documentId,
          ranges,
          codeIds: [codeId],
        });
        made.push(...createdIds(rows as { id: number; created: boolean }[]));
      }
    });
    if (made.length === 0) throw new Error("code all created no codings");
    undo(made);
    if (run >= 0) app.push(ms);
  }
  const inProcess: number[] = [];
  for (let run = -1; run < runs; run++) {
    const made: number[] = [];
    const { ms } = timeIt(() => {
      for (const [documentId, ranges] of byDocument)
        made.push(...createdIds(applyCodings(db, { projectId, coderId, documentId, ranges, codeIds: [codeId] })));
    });
    undo(made);
    if (run >= 0) inProcess.push(ms);
  }
  return { app, inProcess, documents: byDocument.size };
}
