import { and, eq, inArray, lt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type ImportJob, imports } from "../../db/schema";
import { AppError } from "../errors";
import { type ImportPhase, moveImport, RUNNING_STATUSES, runningPhase } from "./import-job-state";
import { removeUploadFiles } from "./parsed-upload";
import { isProcessAlive } from "./worker-process";

export const INTERRUPTED_MESSAGES: Record<ImportPhase, string> = {
  preview:
    "Reading the file was interrupted before it finished (the server restarted or the import process stopped). Nothing from this file was stored; upload it again.",
  import:
    "The import was interrupted before it finished (the server restarted or the import process stopped). Nothing from this file was stored; import it again.",
};

/** Why a worker ended a job it had not finished, as the pool saw it. */
export type WorkerEnd =
  | { reason: "memory"; limitMb: number }
  | { reason: "time"; limitMs: number }
  | { reason: "signal"; signal: string }
  | { reason: "exit"; code: number | null };

const AGAIN: Record<ImportPhase, string> = {
  preview: "Nothing from this file was stored; upload it again",
  import: "Nothing from this file was stored; import it again",
};

/** The true reason a job ended with its worker, for the researcher. */
export function workerEndedMessage(phase: ImportPhase, end: WorkerEnd): string {
  switch (end.reason) {
    case "memory":
      return `The file needed more memory than an import may use (${end.limitMb} MB), so it was stopped. ${AGAIN[phase]} once it is smaller: split a survey into several files, or a transcript into parts.`;
    case "time": {
      const minutes = Math.max(1, Math.round(end.limitMs / 60_000));
      const seconds = Math.max(1, Math.round(end.limitMs / 1000));
      const limit =
        end.limitMs < 60_000
          ? `${seconds} second${seconds === 1 ? "" : "s"}`
          : `${minutes} minute${minutes === 1 ? "" : "s"}`;
      return `The file took longer than ${limit} to ${phase === "preview" ? "read" : "import"}, the most an import may take, so it was stopped. ${AGAIN[phase]} in smaller parts.`;
    }
    case "signal":
      return `The import process was stopped from outside (${end.signal}) before it finished. ${AGAIN[phase]}.`;
    case "exit":
      return `The import process ended unexpectedly (exit code ${end.code ?? "unknown"}) before it finished. ${AGAIN[phase]}.`;
  }
}

/**
 * Runs a write that can wait: while another connection holds the write lock (an import storing its
 * rows, for a minute or more), it is skipped at once (undefined) instead of stalling the server's
 * thread for the busy timeout; the caller tries again later.
 */
export function withoutWaiting<T>(db: Db, write: () => T): { done: true; value: T } | { done: false } {
  const client = db.$client;
  if (!client || client.inTransaction) return { done: true, value: write() };
  const timeout = client.pragma("busy_timeout", { simple: true }) as number;
  client.pragma("busy_timeout = 0");
  try {
    return { done: true, value: write() };
  } catch (error) {
    if (String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY")) return { done: false };
    throw error;
  } finally {
    client.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * Ends a running job as failed with `message`. A job that has meanwhile finished (done, previewed, or
 * failed for a reason of its own) is left as it is. Answers "busy" while another connection writes.
 * Nothing half-imported needs removing: each import is one transaction, rolled back when its process dies.
 */
export function failRunningImport(db: Db, importId: number, message: string): "failed" | "not_running" | "busy" {
  const outcome = withoutWaiting(db, () =>
    moveImport(db, importId, RUNNING_STATUSES, "failed", { message, workerPid: null, workerStartTime: null }),
  );
  if (!outcome.done) return "busy";
  if (!outcome.value) return "not_running";
  // Nothing can resume a failed job, so its upload (research data) need not wait any longer.
  removeUploadFiles(outcome.value.storedPath);
  return "failed";
}

/**
 * Ends running jobs that no live process owns: those left by a server that stopped (its queue was in its
 * memory, its workers died with it) and those whose recorded worker (e.g. a CLI import) has gone.
 * `owned` says which jobs this server's pool holds; those are its own to end.
 */
export function failOrphanedImports(
  db: Db,
  owned: (importId: number) => boolean,
  onBusy: (importId: number, message: string) => void = () => {},
): number {
  const running = db.select().from(imports).where(inArray(imports.status, RUNNING_STATUSES)).all();
  let ended = 0;
  for (const job of running) {
    if (owned(job.id)) continue;
    if (job.workerPid !== null && isProcessAlive(job.workerPid, job.workerStartTime)) continue;
    const message = INTERRUPTED_MESSAGES[runningPhase(job) ?? "import"];
    const outcome = failRunningImport(db, job.id, message);
    if (outcome === "failed") ended++;
    else if (outcome === "busy") onBusy(job.id, message);
  }
  return ended;
}

/** How long a preview waits for its confirmation before it is discarded with its file. */
export const PREVIEW_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Discards previews older than a day (their files too); answers how many. Skipped while another import writes. */
export function expireAbandonedPreviews(db: Db, now: Date = new Date(), projectId?: number): number {
  const outcome = withoutWaiting(db, () =>
    db
      .update(imports)
      .set({ status: "discarded", finishedAt: now, message: "Not confirmed within a day, so the upload was removed." })
      .where(
        and(
          eq(imports.status, "previewed"),
          lt(imports.createdAt, new Date(now.getTime() - PREVIEW_LIFETIME_MS)),
          projectId === undefined ? undefined : eq(imports.projectId, projectId),
        ),
      )
      .returning({ storedPath: imports.storedPath })
      .all(),
  );
  if (!outcome.done) return 0;
  for (const job of outcome.value) removeUploadFiles(job.storedPath);
  return outcome.value.length;
}

/** The researcher discards a preview they will not confirm: the upload and its parse are removed. */
export function discardImport(db: Db, projectId: number, importId: number): ImportJob {
  const job = db
    .select({ id: imports.id })
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.projectId, projectId)))
    .get();
  if (!job) throw new AppError("not_found", "Import not found.");
  const discarded = moveImport(db, importId, "previewed", "discarded", { message: "Discarded before importing." });
  if (!discarded) throw new AppError("conflict", "Only an upload waiting for confirmation can be discarded.");
  removeUploadFiles(discarded.storedPath);
  return discarded;
}
