import type { Db } from "../../db/client";
import { AppError } from "../errors";
import { discardImport } from "./end-import";
import { createImport, type ImportOptions, type ImportSummary } from "./import-jobs";
import { removeUploadFiles } from "./parsed-upload";
import { confirmImport, queuePreview } from "./queue-import";
import { runImportPhase } from "./run-import-phase";
import { saveUpload } from "./save-upload";
import { processStartTime } from "./worker-process";

/**
 * Imports a file in this process (the command line), through the same job and states as an upload:
 * the job row ends done, failed (reading or storing failed) or discarded (the options were refused).
 */
export async function importFileNow(
  db: Db,
  input: {
    databasePath: string;
    projectId: number;
    userId: number;
    filename: string;
    bytes: Uint8Array;
    options: ImportOptions;
  },
): Promise<{ importId: number; summary: ImportSummary }> {
  const storedPath = saveUpload(input.databasePath, input.bytes);
  try {
    const job = createImport(db, {
      projectId: input.projectId,
      userId: input.userId,
      filename: input.filename,
      storedPath,
      byteSize: input.bytes.byteLength,
      // This process owns the job, so a server sweeping for orphaned imports leaves it alone.
      workerPid: process.pid,
      workerStartTime: processStartTime(process.pid),
    });
    queuePreview(db, job.id);
    const previewed = await runImportPhase(db, job.id, "preview");
    if (previewed?.status !== "previewed")
      throw new AppError("invalid_input", previewed?.message ?? "The file could not be read.");
    try {
      confirmImport(db, input.projectId, job.id, input.options);
    } catch (error) {
      discardImport(db, input.projectId, job.id);
      throw error;
    }
    const ended = await runImportPhase(db, job.id, "import");
    if (ended?.status !== "done" || !ended.summary)
      throw new AppError("invalid_input", ended?.message ?? "The import failed.");
    return { importId: job.id, summary: ended.summary as ImportSummary };
  } finally {
    removeUploadFiles(storedPath);
  }
}
