// Starts the import worker pool with the server: it ends imports a stopped server left running and warms
// its workers, so the first upload pays no process start-up.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { importPool } = await import("./app/_server/spawn-import-worker");
  importPool();
}
