import { spawn } from "node:child_process";
import path from "node:path";
import { defaultDatabasePath } from "@/db/client";

/**
 * Parsing and storing run in a child process with its own connection: better-sqlite3 is
 * synchronous, so a large import in the server process would stall every other request.
 */
export function spawnImportWorker(importId: number, phase: "preview" | "import"): void {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(process.cwd(), "scripts", "import-worker.ts"), String(importId), phase],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_PATH: defaultDatabasePath() },
      stdio: "ignore",
    },
  );
  child.unref();
}
