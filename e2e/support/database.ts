import path from "node:path";
import Database from "better-sqlite3";

/** The e2e server's database, opened read-only to find ids for URLs (never to change state). */
export function e2eDatabase(): Database.Database {
  const port = process.env.E2E_PORT ?? "3100";
  return new Database(path.join(process.cwd(), ".tmp", `e2e-${port}`, "quoteline.sqlite"), {
    readonly: true,
    fileMustExist: true,
  });
}

export function firstId(sql: string, ...params: unknown[]): number {
  const db = e2eDatabase();
  try {
    const row = db.prepare(sql).get(...params) as { id: number } | undefined;
    if (!row) throw new Error(`no row for ${sql}`);
    return row.id;
  } finally {
    db.close();
  }
}

/** Every row of a read-only query on the e2e database. */
export function allRows<T>(sql: string, ...params: unknown[]): T[] {
  const db = e2eDatabase();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
