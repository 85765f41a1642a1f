import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(__dirname, "migrations");

export function defaultDatabasePath(): string {
  return process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "quoteline.sqlite");
}

/** Opens one better-sqlite3 handle in WAL mode with foreign keys enforced. */
export function openDatabase(filePath: string = defaultDatabasePath()): Db {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const sqlite = new Database(filePath);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // 64 MB of page cache: large imports touch many B-tree pages (the 2 MB default thrashes).
  sqlite.pragma("cache_size = -65536");
  return drizzle(sqlite, { schema }) as Db;
}

export function migrateDatabase(db: Db, migrationsFolder: string = resolveMigrationsFolder()): void {
  migrate(db, { migrationsFolder });
}

/** In Next's server bundle `__dirname` is not the source folder, so fall back to the project root. */
function resolveMigrationsFolder(): string {
  if (fs.existsSync(path.join(MIGRATIONS_FOLDER, "meta"))) return MIGRATIONS_FOLDER;
  return path.join(process.cwd(), "db", "migrations");
}

const globalForDb = globalThis as unknown as { quotelineDb?: Db };

/** The app's shared connection (one per server process). */
export function getDb(): Db {
  if (!globalForDb.quotelineDb) {
    const db = openDatabase();
    migrateDatabase(db);
    globalForDb.quotelineDb = db;
  }
  return globalForDb.quotelineDb;
}

/** A fresh, migrated database in a temporary file: tests use real SQLite, never mocks. */
export function createTestDb(): Db & { cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-test-"));
  const db = openDatabase(path.join(dir, "test.sqlite"));
  migrateDatabase(db);
  return Object.assign(db, {
    cleanup: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
}

export { schema };
