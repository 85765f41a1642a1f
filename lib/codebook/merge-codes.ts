import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks, codes, codings, memos, type QuoteStatus, quotes, reportThemes } from "../../db/schema";
import { planMerge } from "../coding/code-tree";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { requireCode, treeItems } from "./code-fields";

export interface MergeResult {
  /** Codings that now point at the target. */
  moved: number;
  /** Codings dropped because the same coder had already applied the target to that segment. */
  collapsed: number;
  /** Subcodes of the source now under the target. */
  children: number;
}

/** A quote further along the review keeps its place when two quotes of one segment meet. */
const QUOTE_RANK: Record<QuoteStatus, number> = { approved: 3, shortlisted: 2, candidate: 1, rejected: 0 };

/**
 * Merges `sourceId` into `targetId` and deletes the source: its codings move to the target (a
 * coding the same coder already has on that segment collapses), its subcodes move under the
 * target, and its quotes, metric links, memos and report place follow where the target has none.
 */
export function mergeCodes(
  db: Db,
  projectId: number,
  actorId: number,
  input: { sourceId: number; targetId: number },
): MergeResult {
  return db.transaction(() => {
    const source = requireCode(db, projectId, input.sourceId);
    const target = requireCode(db, projectId, input.targetId);
    if (target.archivedAt)
      throw new AppError("invalid_input", `"${target.name}" is archived; restore it before merging into it.`);
    const affected = db
      .select({ id: codings.id, segmentId: codings.segmentId, codeId: codings.codeId, coderId: codings.coderId })
      .from(codings)
      .where(and(eq(codings.projectId, projectId), inArray(codings.codeId, [source.id, target.id])))
      .all();
    const items = treeItems(db, projectId);
    const plan = planMerge(items, source.id, target.id, affected);
    const children = items.filter((item) => item.parentId === source.id).length;

    if (plan.collapseCodingIds.length > 0) db.delete(codings).where(inArray(codings.id, plan.collapseCodingIds)).run();
    if (plan.moveCodingIds.length > 0) {
      db.update(codings).set({ codeId: target.id }).where(inArray(codings.id, plan.moveCodingIds)).run();
    }
    for (const placement of plan.placements) {
      db.update(codes)
        .set({ parentId: placement.parentId, position: placement.position })
        .where(eq(codes.id, placement.id))
        .run();
    }

    const targetQuotes = new Map(
      db
        .select({ id: quotes.id, segmentId: quotes.segmentId, status: quotes.status })
        .from(quotes)
        .where(eq(quotes.codeId, target.id))
        .all()
        .map((quote) => [quote.segmentId, quote]),
    );
    for (const quote of db
      .select({ id: quotes.id, segmentId: quotes.segmentId, status: quotes.status })
      .from(quotes)
      .where(eq(quotes.codeId, source.id))
      .all()) {
      const existing = targetQuotes.get(quote.segmentId);
      if (existing && QUOTE_RANK[existing.status] >= QUOTE_RANK[quote.status]) {
        db.delete(quotes).where(eq(quotes.id, quote.id)).run();
        continue;
      }
      if (existing) db.delete(quotes).where(eq(quotes.id, existing.id)).run();
      db.update(quotes).set({ codeId: target.id }).where(eq(quotes.id, quote.id)).run();
    }

    const targetMetrics = new Set(
      db
        .select({ metricId: codeMetricLinks.metricId })
        .from(codeMetricLinks)
        .where(eq(codeMetricLinks.codeId, target.id))
        .all()
        .map((l) => l.metricId),
    );
    for (const link of db.select().from(codeMetricLinks).where(eq(codeMetricLinks.codeId, source.id)).all()) {
      if (!targetMetrics.has(link.metricId))
        db.insert(codeMetricLinks)
          .values({ ...link, codeId: target.id })
          .run();
    }
    db.update(memos)
      .set({ codeId: target.id })
      .where(and(eq(memos.projectId, projectId), eq(memos.codeId, source.id)))
      .run();
    const targetTheme = db
      .select()
      .from(reportThemes)
      .where(and(eq(reportThemes.projectId, projectId), eq(reportThemes.codeId, target.id)))
      .get();
    if (!targetTheme) {
      db.update(reportThemes)
        .set({ codeId: target.id })
        .where(and(eq(reportThemes.projectId, projectId), eq(reportThemes.codeId, source.id)))
        .run();
    }

    // The source's remaining links and report place cascade with it.
    db.delete(codes).where(eq(codes.id, source.id)).run();
    const result = {
      moved: plan.moveCodingIds.length,
      collapsed: plan.collapseCodingIds.length,
      children,
    };
    recordEvent(db, {
      projectId,
      actorId,
      action: "code.merge",
      target: { type: "code", id: target.id },
      detail: { sourceId: source.id, sourceName: source.name, ...result },
    });
    return result;
  });
}
