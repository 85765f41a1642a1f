import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type ImportJob, imports } from "../../db/schema";
import { AppError } from "../errors";
import { workerEndedMessage } from "./end-import";
import { type ImportPhase, moveImport } from "./import-job-state";
import { buildPreview, executeImport, type ImportOptions, type ProgressReporter } from "./import-jobs";
import { removeUploadFiles } from "./parsed-upload";
import { processStartTime } from "./worker-process";

/** Why a phase failed, for the researcher; never an internal error's text. */
export function failureMessage(error: unknown, phase: ImportPhase, memoryLimitMb: number): string {
  if (error instanceof AppError) return error.message;
  if (
    error instanceof RangeError &&
    /allocation failed|Invalid string length|Invalid array length|too long/i.test(error.message)
  ) {
    return workerEndedMessage(phase, { reason: "memory", limitMb: memoryLimitMb });
  }
  return "The file could not be read. Check it is a valid, complete file and try again.";
}

/**
 * Runs one phase of a queued job in this process and records its outcome on the job row, never throwing:
 * queued → parsing → previewed, or queued → importing → done; failed, with the reason, when it cannot.
 * Answers the job as it ended, or undefined when it was no longer queued (e.g. discarded meanwhile).
 */
export async function runImportPhase(
  db: Db,
  importId: number,
  phase: ImportPhase,
  options: { onProgress?: ProgressReporter; memoryLimitMb?: number } = {},
): Promise<ImportJob | undefined> {
  const onProgress = options.onProgress ?? (() => {});
  const running = phase === "preview" ? "parsing" : "importing";
  const worker = { workerPid: process.pid, workerStartTime: processStartTime(process.pid) };
  const job = moveImport(db, importId, "queued", running, { progress: 0, message: null, ...worker });
  if (!job) return undefined;
  onProgress(0.02);
  const idle = { workerPid: null, workerStartTime: null };
  try {
    if (phase === "preview") {
      const preview = await buildPreview(db, job, onProgress);
      return moveImport(db, importId, "parsing", "previewed", { progress: 0, preview, ...idle });
    }
    const summary = await executeImport(db, job, (job.options ?? {}) as ImportOptions, onProgress);
    const done = moveImport(db, importId, "importing", "done", { progress: 1, summary, ...idle });
    removeUploadFiles(job.storedPath);
    return done;
  } catch (error) {
    const message = failureMessage(error, phase, options.memoryLimitMb ?? 0);
    const failed = moveImport(db, importId, running, "failed", { message, ...idle });
    // Nothing can resume a failed job (a new upload starts again), so the upload goes too.
    removeUploadFiles(job.storedPath);
    return failed ?? db.select().from(imports).where(eq(imports.id, importId)).get();
  }
}
