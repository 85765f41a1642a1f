import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type ImportJob, imports } from "../../db/schema";
import { AppError } from "../errors";
import { fileKind } from "./file-kind";
import type { ImportOptions, ImportPreview, ImportSummary, ProgressReporter } from "./import-job-types";
import { importKindHandler, type KindHandler, registerImportKind } from "./import-kinds";
import { loadParsedUpload, type ParsedUpload, saveParsedUpload } from "./parsed-upload";
import { surveyImportKind } from "./survey-import-kind";
import { transcriptImportKind } from "./transcript-import-kind";
import { wavesWithRespondents } from "./waves-with-respondents";

export type {
  ImportOptions,
  ImportPreview,
  ImportSummary,
  ProgressReporter,
  QdpxImportSummary,
  QdpxPreview,
  SurveyPreview,
  TranscriptPreview,
  WaveWithRespondents,
} from "./import-job-types";
export { wavesWithRespondents };

registerImportKind("transcript", transcriptImportKind);
registerImportKind("survey", surveyImportKind);

/** The project's import job, or undefined; reading never changes it. */
export function findImport(db: Db, projectId: number, importId: number): ImportJob | undefined {
  return db
    .select()
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.projectId, projectId)))
    .get();
}

export function getImport(db: Db, projectId: number, importId: number): ImportJob {
  const job = findImport(db, projectId, importId);
  if (!job) throw new AppError("not_found", "Import not found.");
  return job;
}

export function createImport(
  db: Db,
  values: {
    projectId: number;
    userId: number;
    filename: string;
    storedPath: string;
    byteSize: number;
    workerPid?: number | null;
    workerStartTime?: string | null;
  },
): ImportJob {
  fileKind(values.filename);
  return db.insert(imports).values(values).returning().get();
}

type AnyHandler = KindHandler<ParsedUpload["kind"]>;

/** Reads the upload into what both the preview and the import use. */
async function parseUpload(db: Db, job: ImportJob, onProgress: ProgressReporter): Promise<ParsedUpload> {
  const bytes = fs.readFileSync(job.storedPath);
  onProgress(0.1);
  return importKindHandler(fileKind(job.filename)).parse(db, job, bytes, onProgress);
}

/** Parses the stored upload and proposes how to import it; keeps the parse beside the upload for the import. */
export async function buildPreview(
  db: Db,
  job: ImportJob,
  onProgress: ProgressReporter = () => {},
): Promise<ImportPreview> {
  const parsed = await parseUpload(db, job, onProgress);
  onProgress(0.7);
  const preview = (importKindHandler(parsed.kind) as AnyHandler).preview(db, job, parsed as never);
  onProgress(0.9);
  saveParsedUpload(job.storedPath, parsed);
  return preview;
}

/**
 * The clash a survey import into `wave` would meet when the researcher has not said what to do with
 * respondents the wave already holds, as the message they read; null when the wave has none.
 */
export function waveClash(db: Db, projectId: number, wave: string): string | null {
  const clash = wavesWithRespondents(db, projectId).find((entry) => entry.wave === wave.trim());
  if (!clash) return null;
  return `Wave ${clash.wave} already has ${clash.respondents.toLocaleString("en-GB")} respondents in this project. Choose whether to add this file to it (skipping, replacing or stopping at respondents it already holds) or choose another wave.`;
}

/**
 * Stores an upload in one transaction, from the preview's parse when there is one (parsing it now
 * otherwise); progress goes to `onProgress` (0..1).
 */
export async function executeImport(
  db: Db,
  job: ImportJob,
  options: ImportOptions,
  onProgress: ProgressReporter = () => {},
): Promise<ImportSummary> {
  if (fileKind(job.filename) === "survey" && !options.wave)
    throw new AppError("invalid_input", "Choose the wave (e.g. 2025) this survey belongs to.");
  const parsed = loadParsedUpload(job.storedPath) ?? (await parseUpload(db, job, (f) => onProgress(f * 0.2)));
  onProgress(0.2);
  return (importKindHandler(parsed.kind) as AnyHandler).store(db, job, parsed as never, options, onProgress);
}
