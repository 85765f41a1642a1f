import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codeMetricLinks, codes, metrics } from "../../db/schema";
import { canMove } from "../coding/code-tree";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import type { CodebookRow } from "../metrics/parse-metric-csv";
import { treeItems } from "./code-fields";
import { insertImportedCode, codeNameKey as nameKey, projectCodeIdsByName } from "./code-names";
import { nextSiblingPosition } from "./create-code";

/** A codebook row, optionally with the inclusion and exclusion notes a Quoteline export adds. */
export type StoredCodebookRow = CodebookRow & { inclusion?: string; exclusion?: string };

/**
 * Imports a codebook in one transaction: parents before children (a row may name a parent
 * defined later in the file). A row updates the project's code of the same name (ignoring case),
 * moving it under the row's parent if need be; otherwise it adds a code. Metric links are
 * replaced by the file's; links to metrics the project does not have are skipped.
 */
export function storeCodebook(
  db: Db,
  projectId: number,
  rows: StoredCodebookRow[],
  userId: number | null = null,
): number {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const earlier = seen.get(nameKey(row.code));
    if (earlier !== undefined) {
      throw new AppError(
        "invalid_input",
        `Line ${index + 2}: the code "${row.code}" already appears on line ${earlier + 2}.`,
      );
    }
    seen.set(nameKey(row.code), index);
    if (row.parent && nameKey(row.parent) === nameKey(row.code)) {
      throw new AppError("invalid_input", `Line ${index + 2}: the code "${row.code}" names itself as its parent.`);
    }
  });
  return db.transaction(() => {
    const existing = projectCodeIdsByName(db, projectId);
    for (const [index, row] of rows.entries()) {
      if (row.parent && !seen.has(nameKey(row.parent)) && !existing.has(nameKey(row.parent))) {
        throw new AppError(
          "invalid_input",
          `Line ${index + 2}: the code "${row.code}" names a parent "${row.parent}" that does not exist.`,
        );
      }
    }
    const ids = new Map<string, number>();
    const pending = [...rows];
    while (pending.length > 0) {
      const index = pending.findIndex(
        (row) => !row.parent || ids.has(nameKey(row.parent)) || !seen.has(nameKey(row.parent)),
      );
      if (index === -1) throw new AppError("invalid_input", "The codebook's parents form a loop.");
      const [row] = pending.splice(index, 1);
      const parentId = row.parent ? (ids.get(nameKey(row.parent)) ?? existing.get(nameKey(row.parent))!) : null;
      const existingId = existing.get(nameKey(row.code));
      let id: number;
      if (existingId === undefined) {
        id = insertImportedCode(db, {
          projectId,
          parentId,
          name: row.code,
          description: row.description,
          colour: row.colour,
          inclusion: row.inclusion ?? "",
          exclusion: row.exclusion ?? "",
        });
        existing.set(nameKey(row.code), id);
      } else {
        id = existingId;
        const current = db.select({ parentId: codes.parentId }).from(codes).where(eq(codes.id, id)).get()!;
        const moved = current.parentId !== parentId;
        if (moved && !canMove(treeItems(db, projectId), id, parentId)) {
          throw new AppError(
            "invalid_input",
            `"${row.code}" cannot go under "${row.parent}", which is one of its own subcodes.`,
          );
        }
        db.update(codes)
          .set({
            description: row.description,
            colour: row.colour,
            ...(row.inclusion === undefined ? {} : { inclusion: row.inclusion }),
            ...(row.exclusion === undefined ? {} : { exclusion: row.exclusion }),
            ...(moved ? { parentId, position: nextSiblingPosition(db, projectId, parentId) } : {}),
          })
          .where(eq(codes.id, id))
          .run();
      }
      ids.set(nameKey(row.code), id);
      db.delete(codeMetricLinks).where(eq(codeMetricLinks.codeId, id)).run();
      for (const link of row.linkedMetrics) {
        const metric = db
          .select({ id: metrics.id })
          .from(metrics)
          .where(and(eq(metrics.projectId, projectId), eq(metrics.key, link.metricKey)))
          .get();
        if (!metric) continue;
        db.insert(codeMetricLinks)
          .values({ codeId: id, metricId: metric.id, polarity: link.polarity })
          .onConflictDoNothing()
          .run();
      }
    }
    recordEvent(db, { projectId, actorId: userId, action: "codebook.import", detail: { codes: rows.length } });
    return rows.length;
  });
}
