import { spawn } from "node:child_process";
import path from "node:path";
import { defaultDatabasePath, getDb } from "@/db/client";
import { failPackRun } from "@/lib/packs/make-packs";

/**
 * Making 52 packs (Word and PDF each) is seconds of CPU: it runs in a child process with its own
 * connection so the server keeps answering. A worker that dies ends its run as failed.
 */
export function spawnPackWorker(runId: number): void {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(process.cwd(), "scripts", "pack-worker.ts"), String(runId)],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_PATH: defaultDatabasePath() },
      stdio: "ignore",
    },
  );
  const endIfStillRunning = () =>
    failPackRun(
      getDb(),
      runId,
      "Making the packs stopped before it finished (the server restarted or the process ran out of memory). Make them again.",
    );
  child.on("error", endIfStillRunning);
  child.on("exit", endIfStillRunning);
  child.unref();
}
