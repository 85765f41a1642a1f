import { spawn } from "node:child_process";
import path from "node:path";
import { defaultDatabasePath, getDb } from "@/db/client";
import { type ImportPhase, markImportInterrupted, recordImportWorker } from "@/lib/imports/import-jobs";

/**
 * Parsing and storing run in a child process with its own connection: better-sqlite3 is
 * synchronous, so a large import in the server process would stall every other request.
 */
export function spawnImportWorker(importId: number, phase: ImportPhase): void {
  const db = getDb();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(process.cwd(), "scripts", "import-worker.ts"), String(importId), phase],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_PATH: defaultDatabasePath() },
      stdio: "ignore",
    },
  );
  // A worker that could not start, crashed, ran out of memory or was killed leaves its job running:
  // end it as failed. One that finished normally has already moved the job on, so this does nothing.
  const endIfStillRunning = () => {
    try {
      markImportInterrupted(db, importId, phase);
    } catch (error) {
      console.error("could not mark an interrupted import", error instanceof Error ? error.name : "unknown");
    }
  };
  child.on("error", endIfStillRunning);
  child.on("exit", endIfStillRunning);
  if (child.pid !== undefined) {
    try {
      // Recorded now, not only when the worker starts, so a restart during its start-up is noticed too.
      recordImportWorker(db, importId, phase, child.pid);
    } catch {
      // The worker records itself as it starts; this early record only narrows the gap.
    }
  }
  child.unref();
}
