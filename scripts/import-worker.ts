// A long-lived import worker: the server's pool (lib/imports/import-worker-pool.ts) sends it jobs over IPC,
// one at a time; it runs each phase with its own connection and reports progress back the same way.
import { openDatabase } from "../db/client";
import { registerQdpxImportKind } from "../lib/exchange/qdpx-import-kind";
import type { RunMessage, WorkerMessage } from "../lib/imports/import-worker-pool";
import { runImportPhase } from "../lib/imports/run-import-phase";

const send = (message: WorkerMessage) => {
  if (process.connected) process.send?.(message);
};

if (!process.send) {
  console.error("import-worker runs under the server's import pool (it needs an IPC channel).");
  process.exit(2);
}

registerQdpxImportKind();

const db = openDatabase();
// This process is off the server's thread: waiting for another import's write lock costs nobody anything.
db.$client.pragma("busy_timeout = 600000");

// A worker never outlives its server: when the channel closes, stop at once (an open transaction rolls back).
process.on("disconnect", () => process.exit(0));
// A store runs synchronously, so no "disconnect" event arrives during one; the progress reports check
// instead whether the server is still this process's parent.
const server = process.ppid;
const stopIfOrphaned = () => {
  if (process.ppid !== server) process.exit(0);
};

process.on("message", (message: RunMessage) => {
  if (message?.type !== "run") return;
  const { importId, phase, memoryLimitMb } = message;
  let last = -1;
  void runImportPhase(db, importId, phase, {
    memoryLimitMb,
    onProgress: (fraction) => {
      stopIfOrphaned();
      if (fraction - last < 0.01 && fraction < 1) return;
      last = fraction;
      send({ type: "progress", importId, fraction });
    },
  }).finally(() => send({ type: "finished", importId }));
});

send({ type: "ready" });
