import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks, codes, metrics, type Polarity } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";

export const RATIONALE_MAX = 500;

export interface CodeMetricLink {
  codeId: number;
  metricId: number;
  metricKey: string;
  metricLabel: string;
  polarity: Polarity;
  rationale: string;
}

/** The metric links of one code, by metric key. */
export function listCodeMetricLinks(db: Db, projectId: number, codeId: number): CodeMetricLink[] {
  return db
    .select({
      codeId: codeMetricLinks.codeId,
      metricId: codeMetricLinks.metricId,
      metricKey: metrics.key,
      metricLabel: metrics.label,
      polarity: codeMetricLinks.polarity,
      rationale: codeMetricLinks.rationale,
    })
    .from(codeMetricLinks)
    .innerJoin(metrics, and(eq(metrics.id, codeMetricLinks.metricId), eq(metrics.projectId, projectId)))
    .where(eq(codeMetricLinks.codeId, codeId))
    .orderBy(asc(metrics.key))
    .all();
}

function requireCodeAndMetric(db: Db, projectId: number, codeId: number, metricId: number): void {
  // Note: both are looked up inside the project, so a link can never join another project's rows.
  const code = db
    .select({ id: codes.id })
    .from(codes)
    .where(and(eq(codes.id, codeId), eq(codes.projectId, projectId)))
    .get();
  if (!code) throw new AppError("not_found", "Code not found.");
  const metric = db
    .select({ id: metrics.id })
    .from(metrics)
    .where(and(eq(metrics.id, metricId), eq(metrics.projectId, projectId)))
    .get();
  if (!metric) throw new AppError("not_found", "Metric not found.");
}

/** Links a code to a metric, or changes the polarity and rationale of an existing link. */
export function saveCodeMetricLink(
  db: Db,
  projectId: number,
  actorId: number,
  input: { codeId: number; metricId: number; polarity: Polarity; rationale: string },
): CodeMetricLink {
  const rationale = input.rationale.replace(/\s+/g, " ").trim();
  if (rationale.length > RATIONALE_MAX) {
    throw new AppError("invalid_input", `Keep the rationale to ${RATIONALE_MAX} characters or fewer.`);
  }
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    requireCodeAndMetric(txDb, projectId, input.codeId, input.metricId);
    tx.insert(codeMetricLinks)
      .values({ codeId: input.codeId, metricId: input.metricId, polarity: input.polarity, rationale })
      .onConflictDoUpdate({
        target: [codeMetricLinks.codeId, codeMetricLinks.metricId],
        set: { polarity: input.polarity, rationale },
      })
      .run();
    recordEvent(tx, {
      projectId,
      actorId,
      action: "code_metric_link.save",
      target: { type: "code", id: input.codeId },
      detail: { metricId: input.metricId, polarity: input.polarity },
    });
    return listCodeMetricLinks(txDb, projectId, input.codeId).find((link) => link.metricId === input.metricId)!;
  });
}

/** Removes one code–metric link. */
export function removeCodeMetricLink(
  db: Db,
  projectId: number,
  actorId: number,
  input: { codeId: number; metricId: number },
): void {
  db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    requireCodeAndMetric(txDb, projectId, input.codeId, input.metricId);
    const removed = tx
      .delete(codeMetricLinks)
      .where(and(eq(codeMetricLinks.codeId, input.codeId), eq(codeMetricLinks.metricId, input.metricId)))
      .returning({ codeId: codeMetricLinks.codeId })
      .all();
    if (removed.length === 0) throw new AppError("not_found", "This code is not linked to that metric.");
    recordEvent(tx, {
      projectId,
      actorId,
      action: "code_metric_link.remove",
      target: { type: "code", id: input.codeId },
      detail: { metricId: input.metricId },
    });
  });
}
