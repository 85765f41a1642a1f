import fs from "node:fs";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import type { Db } from "./client";

/**
 * How many restores the live file has seen (kept in SQLite's `user_version`). A restore takes ids and
 * counters back, so the same ids can come again meaning other rows: anything kept in memory from the
 * database (the analysis frames) checks this too.
 */
export function restoreGeneration(db: Db): number {
  return (
    db.get<{ generation: number }>(sql`select user_version as generation from pragma_user_version`)?.generation ?? 0
  );
}

/**
 * A consistent copy of the live database while the app keeps running (SQLite's online backup:
 * pages are copied in steps and restarted if a writer changes them meanwhile).
 */
export async function backupDatabase(db: Db, destination: string): Promise<{ pages: number }> {
  const result = await db.$client.backup(destination);
  return { pages: result.totalPages };
}

/**
 * Replaces the live database's content with a backup's, through the same online backup API in
 * the other direction, so the live file stays consistent for the connections that hold it.
 */
export async function restoreDatabase(source: string, destinationPath: string): Promise<{ pages: number }> {
  if (!fs.existsSync(source)) throw new Error(`No backup at ${source}.`);
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const check = backup.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`The backup fails SQLite's integrity check: ${String(check)}`);
    const live = new Database(destinationPath);
    try {
      const before = Number(live.pragma("user_version", { simple: true }));
      const result = await backup.backup(destinationPath);
      const restored = Number(live.pragma("user_version", { simple: true }));
      live.pragma(`user_version = ${Math.max(before, restored) + 1}`);
      return { pages: result.totalPages };
    } finally {
      live.close();
    }
  } finally {
    backup.close();
  }
}

export function integrityCheck(db: Db): string {
  return String(db.$client.pragma("integrity_check", { simple: true }));
}
