import type { Db } from "../../db/client";
import type { ImportJob } from "../../db/schema";
import type { FileKind } from "./file-kind";
import type { ImportOptions, ImportPreview, ImportSummary, ProgressReporter } from "./import-job-types";
import type { ParsedUpload } from "./parsed-upload";
import { ImportError } from "./parsers/import-error";

/**
 * What each file kind does in a job: parse the upload (once, for the preview; the import reuses it),
 * preview it, and store it. The pool, the queue and the state machine know nothing of kinds: a new
 * kind is a new handler (with its `ParsedUpload` and preview shapes).
 */
export interface KindHandler<K extends FileKind> {
  parse(
    db: Db,
    job: ImportJob,
    bytes: Buffer,
    onProgress: ProgressReporter,
  ): Promise<Extract<ParsedUpload, { kind: K }>>;
  preview(db: Db, job: ImportJob, parsed: Extract<ParsedUpload, { kind: K }>): ImportPreview;
  store(
    db: Db,
    job: ImportJob,
    parsed: Extract<ParsedUpload, { kind: K }>,
    options: ImportOptions,
    onProgress: ProgressReporter,
  ): ImportSummary;
}

const HANDLERS: { [K in FileKind]?: KindHandler<K> } = {};

/**
 * Adds a kind's handler. lib/imports holds transcripts and surveys; a kind whose reader lives in
 * another domain folder (a .qdpx, read by lib/exchange) is registered by the process that runs jobs.
 */
export function registerImportKind<K extends FileKind>(kind: K, handler: KindHandler<K>): void {
  (HANDLERS as Record<K, KindHandler<K>>)[kind] = handler;
}

export function importKindHandler<K extends FileKind>(kind: K): KindHandler<K> {
  const handler = HANDLERS[kind] as KindHandler<K> | undefined;
  if (!handler) throw new ImportError(`This server cannot import ${kind} files yet.`);
  return handler;
}
