import { defaultDatabasePath, getDb } from "@/db/client";
import type { ImportPhase } from "@/lib/imports/import-job-state";
import { ImportWorkerPool } from "@/lib/imports/import-worker-pool";

const POOL = Symbol.for("quoteline.importWorkerPool");
type WithPool = typeof globalThis & { [POOL]?: ImportWorkerPool };

function numberFromEnv(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * The server's one pool of import workers, started with the server (instrumentation.ts) or at the first
 * import. Kept on globalThis: route handlers and actions may be bundled apart but share the process.
 */
export function importPool(): ImportWorkerPool {
  const holder = globalThis as WithPool;
  if (!holder[POOL]) {
    holder[POOL] = new ImportWorkerPool({
      db: getDb(),
      databasePath: defaultDatabasePath(),
      cwd: process.cwd(),
      size: numberFromEnv("QUOTELINE_IMPORT_WORKERS"),
      memoryLimitMb: numberFromEnv("QUOTELINE_IMPORT_MEMORY_MB"),
      timeLimitMs: numberFromEnv("QUOTELINE_IMPORT_TIME_LIMIT_MS"),
    }).start();
  }
  return holder[POOL];
}

/** Hands a queued job to the pool: parsing and storing run in the workers, never on the server's thread. */
export function spawnImportWorker(importId: number, phase: ImportPhase): void {
  importPool().enqueue(importId, phase);
}

/** Stops the pool (tests). */
export async function closeImportPool(): Promise<void> {
  const holder = globalThis as WithPool;
  const pool = holder[POOL];
  holder[POOL] = undefined;
  await pool?.close();
}
