import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, quotes, reportThemes } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { type QuoteActor, requirePermission } from "../quotes/workflow";

/** Sets the order of themes in the report: `codeIds` first to last. */
export function setReportThemeOrder(db: Db, actor: QuoteActor, input: { projectId: number; codeIds: number[] }): void {
  requirePermission(actor, "edit_quotes");
  const ids = [...new Set(input.codeIds)];
  if (ids.length !== input.codeIds.length)
    throw new AppError("invalid_input", "Each theme may appear once in the order.");
  db.transaction(() => {
    const found = ids.length
      ? db
          .select({ id: codes.id })
          .from(codes)
          .where(and(eq(codes.projectId, input.projectId), inArray(codes.id, ids)))
          .all()
      : [];
    if (found.length !== ids.length) throw new AppError("not_found", "Theme not found.");
    db.delete(reportThemes).where(eq(reportThemes.projectId, input.projectId)).run();
    ids.forEach((codeId, position) => {
      db.insert(reportThemes).values({ projectId: input.projectId, codeId, position }).run();
    });
    recordEvent(db, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: "report.order_themes",
      detail: { codeIds: ids },
    });
  });
}

/** Sets the order of one theme's approved quotes in the report; every approved quote of the theme must be listed. */
export function setReportQuoteOrder(
  db: Db,
  actor: QuoteActor,
  input: { projectId: number; codeId: number; quoteIds: number[] },
): void {
  requirePermission(actor, "edit_quotes");
  db.transaction(() => {
    const approved = db
      .select({ id: quotes.id })
      .from(quotes)
      .where(and(eq(quotes.projectId, input.projectId), eq(quotes.codeId, input.codeId), eq(quotes.status, "approved")))
      .all()
      .map((row) => row.id);
    const wanted = new Set(input.quoteIds);
    if (
      wanted.size !== input.quoteIds.length ||
      wanted.size !== approved.length ||
      approved.some((id) => !wanted.has(id))
    ) {
      throw new AppError(
        "invalid_input",
        "List every approved quote of the theme exactly once (the list may be out of date: reload the page).",
      );
    }
    input.quoteIds.forEach((id, position) => {
      db.update(quotes).set({ reportPosition: position }).where(eq(quotes.id, id)).run();
    });
    recordEvent(db, {
      projectId: input.projectId,
      actorId: actor.userId,
      action: "report.order_quotes",
      target: { type: "code", id: input.codeId },
      detail: { quoteIds: input.quoteIds },
    });
  });
}
