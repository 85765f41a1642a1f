import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { AppError, BUSY_MESSAGE, busyAsAppError, isBusyError } from "../lib/errors";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(__dirname, "migrations");

export function defaultDatabasePath(): string {
  return process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "quoteline.sqlite");
}

/** How long a write waits for another connection (an import storing its rows) to let go of the database. */
export const BUSY_TIMEOUT_MS = 15_000;

/**
 * Opens one better-sqlite3 handle in WAL mode with foreign keys enforced. Its transactions begin
 * IMMEDIATE unless told otherwise: a transaction that reads first and then writes cannot wait for
 * another writer (SQLite refuses the upgrade at once), so writes take the lock up front and wait
 * up to BUSY_TIMEOUT_MS for it; past that they throw the retryable AppError "busy". A transaction
 * that only reads passes { behavior: "deferred" }.
 */
export function openDatabase(filePath: string = defaultDatabasePath()): Db {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const sqlite = new Database(filePath);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("synchronous = NORMAL");
  // 64 MB of page cache: large imports touch many B-tree pages (the 2 MB default thrashes).
  sqlite.pragma("cache_size = -65536");
  const db = drizzle(sqlite, { schema }) as Db;
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) => {
    try {
      return transaction(run, { behavior: "immediate", ...config });
    } catch (error) {
      throw busyAsAppError(error);
    }
  }) as Db["transaction"];
  return db;
}

function tryWriteLock(client: Database.Database): boolean {
  const timeout = client.pragma("busy_timeout", { simple: true }) as number;
  client.pragma("busy_timeout = 0");
  try {
    client.prepare("begin immediate").run();
    client.prepare("rollback").run();
    return true;
  } catch (error) {
    if (isBusyError(error)) return false;
    throw error;
  } finally {
    client.pragma(`busy_timeout = ${timeout}`);
  }
}

const writableWaits = new WeakMap<Database.Database, Promise<void>>();

/** One poll of the lock per connection, however many actions wait on it (each probe costs ~0.1 ms). */
function whenWritable(client: Database.Database): Promise<void> {
  let wait = writableWaits.get(client);
  if (!wait) {
    wait = (async () => {
      for (let pause = 10; !tryWriteLock(client); pause = Math.min(pause * 2, 100)) {
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    })().finally(() => writableWaits.delete(client));
    writableWaits.set(client, wait);
  }
  return wait;
}

/**
 * Waits, without blocking the process, until no other connection holds the write lock (or throws
 * the AppError "busy" after `timeoutMs`). The server calls it before an action so that a write
 * arriving during an import waits on a timer instead of in SQLite's busy handler, which would
 * hold the server's only thread — and every other request — until the import is done.
 */
export async function waitUntilWritable(db: Db, timeoutMs: number = BUSY_TIMEOUT_MS): Promise<void> {
  const client = db.$client;
  if (client.inTransaction || tryWriteLock(client)) return;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError("busy", BUSY_MESSAGE)), timeoutMs);
  });
  try {
    await Promise.race([whenWritable(client), expired]);
  } finally {
    clearTimeout(timer);
  }
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
