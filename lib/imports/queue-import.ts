import type { Db } from "../../db/client";
import type { ImportJob } from "../../db/schema";
import { AppError } from "../errors";
import { fileKind } from "./file-kind";
import { moveImport } from "./import-job-state";
import { getImport, type ImportOptions, waveClash } from "./import-jobs";

/** A new upload waits for a worker to read it into a preview. */
export function queuePreview(db: Db, importId: number): ImportJob {
  const queued = moveImport(db, importId, "uploaded", "queued", { progress: 0 });
  if (!queued) throw new AppError("conflict", "This upload is already being read.");
  return queued;
}

/**
 * The researcher confirms a preview with their options (wave, column mapping …): checked here, before
 * anything waits for a worker, so a clash is answered while the mapping is still on screen.
 */
export function confirmImport(db: Db, projectId: number, importId: number, options: ImportOptions): ImportJob {
  const job = getImport(db, projectId, importId);
  if (job.status !== "previewed") throw new AppError("conflict", "This upload is not waiting for confirmation.");
  if (fileKind(job.filename) === "survey") {
    if (!options.wave) throw new AppError("invalid_input", "Choose the wave (e.g. 2025) this survey belongs to.");
    const clash = options.onCollision ? null : waveClash(db, projectId, options.wave);
    if (clash) throw new AppError("conflict", clash);
  }
  const queued = moveImport(db, importId, "previewed", "queued", { options, progress: 0, message: null });
  if (!queued) throw new AppError("conflict", "This upload is not waiting for confirmation.");
  return queued;
}
