import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { events, users } from "../../db/schema";

export interface ActivityEntry {
  id: number;
  at: Date;
  /** Who acted; null for the command line or a system job. */
  actor: { name: string; email: string } | null;
  action: string;
  targetType: string | null;
  targetId: number | null;
  detail: Record<string, unknown> | null;
}

export const ACTIVITY_PAGE_SIZE = 100;

/** The project's event log, newest first, a page at a time (`before`: the last id of the previous page). */
export function listActivity(
  db: Db,
  projectId: number,
  options: { before?: number | null; limit?: number } = {},
): { entries: ActivityEntry[]; nextBefore: number | null } {
  const limit = Math.min(options.limit ?? ACTIVITY_PAGE_SIZE, 500);
  const rows = db
    .select({
      id: events.id,
      at: events.createdAt,
      action: events.action,
      targetType: events.targetType,
      targetId: events.targetId,
      detail: events.detail,
      name: users.name,
      email: users.email,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.userId))
    .where(and(eq(events.projectId, projectId), options.before ? lt(events.id, options.before) : undefined))
    .orderBy(desc(events.id))
    .limit(limit + 1)
    .all();
  const entries = rows.slice(0, limit).map((row) => ({
    id: row.id,
    at: row.at,
    actor: row.email ? { name: row.name ?? row.email, email: row.email } : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    detail: (row.detail as Record<string, unknown> | null) ?? null,
  }));
  return { entries, nextBefore: rows.length > limit ? entries[entries.length - 1].id : null };
}

/** One line a person can read for an entry: "Deleted import pilot.csv: 3 documents, 1,220 respondents". */
export function describeActivity(entry: ActivityEntry): string {
  const detail = entry.detail ?? {};
  const text = (key: string) => (typeof detail[key] === "string" ? (detail[key] as string) : null);
  switch (entry.action) {
    case "import.delete":
      return `Deleted import ${text("filename") ?? `#${entry.targetId}`}: ${text("text") ?? ""}`.trim();
    case "document.rename":
    case "wave.rename":
      return `Renamed ${entry.action === "wave.rename" ? "wave" : "document"} ‘${text("from")}’ to ‘${text("to")}’`;
    case "attribute.merge":
      return `Merged ${text("attribute")} ‘${text("from")}’ into ‘${text("into")}’`;
    case "attribute.order":
      return `Ordered the values of ${text("attribute")}`;
    case "project.set_comparison":
      return detail.default
        ? "Compared waves set back to the default"
        : `Compared waves set to ${text("baseline")} → ${text("current")}`;
    default:
      return entry.action.replace(/[._]/g, " ");
  }
}
