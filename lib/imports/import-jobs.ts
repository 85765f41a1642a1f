import fs from "node:fs";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type ImportJob, type ImportStatus, imports, metrics } from "../../db/schema";
import { AppError } from "../errors";
import { type FileKind, fileKind } from "./file-kind";
import { applyMapping, type ColumnMapping, parseSurvey, proposeMapping } from "./parsers/survey";
import { parseTranscript } from "./parsers/transcript/parse-transcript";
import { storeSurvey } from "./store-survey";
import { storeTranscript } from "./store-transcript";

export interface TranscriptPreview {
  kind: "transcript";
  format: string;
  cueCount: number;
  turnCount: number;
  speakers: { label: string; turns: number }[];
  turns: { speaker: string | null; startMs: number | null; text: string }[];
  warnings: string[];
}

export interface SurveyPreview {
  kind: "survey";
  format: string;
  encoding: string;
  rowCount: number;
  headers: string[];
  mapping: ColumnMapping[];
  rows: string[][];
  attributeMerges: { attribute: string; canonical: string; variants: string[] }[];
  warnings: string[];
}

export type ImportPreview = TranscriptPreview | SurveyPreview;

export interface ImportOptions {
  wave?: string | null;
  title?: string;
  groupType?: string | null;
  heldOn?: string | null;
  mapping?: ColumnMapping[];
}

export interface ImportSummary {
  kind: FileKind;
  documents: number;
  turns: number;
  speakers: number;
  respondents: number;
  answers: number;
  attributes: number;
  documentId?: number;
}

const PREVIEW_TURNS = 40;
const PREVIEW_ROWS = 8;

/** The job, ended as failed first if the process running it has gone (see `failIfInterrupted`). */
export function getImport(db: Db, projectId: number, importId: number): ImportJob {
  const job = db
    .select()
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.projectId, projectId)))
    .get();
  if (!job) throw new AppError("not_found", "Import not found.");
  return failIfInterrupted(db, job);
}

export function createImport(
  db: Db,
  values: { projectId: number; userId: number; filename: string; storedPath: string; byteSize: number },
): ImportJob {
  fileKind(values.filename);
  return db.insert(imports).values(values).returning().get();
}

function projectMetricLabels(db: Db, projectId: number) {
  return db
    .select({ key: metrics.key, label: metrics.label })
    .from(metrics)
    .where(eq(metrics.projectId, projectId))
    .all();
}

/** Parses the stored upload and proposes how to import it; stores nothing but the preview. */
export async function buildPreview(db: Db, job: ImportJob): Promise<ImportPreview> {
  const bytes = fs.readFileSync(job.storedPath);
  if (fileKind(job.filename) === "transcript") {
    const parsed = await parseTranscript(job.filename, bytes);
    const counts = new Map<string, number>();
    for (const turn of parsed.turns) if (turn.speaker) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
    return {
      kind: "transcript",
      format: parsed.format,
      cueCount: parsed.cueCount,
      turnCount: parsed.turns.length,
      speakers: parsed.speakers.map((label) => ({ label, turns: counts.get(label) ?? 0 })),
      turns: parsed.turns
        .slice(0, PREVIEW_TURNS)
        .map((t) => ({ speaker: t.speaker, startMs: t.startMs, text: t.text })),
      warnings: parsed.warnings,
    };
  }
  const survey = await parseSurvey(job.filename, bytes);
  const mapping = proposeMapping(survey, projectMetricLabels(db, job.projectId));
  const records = applyMapping(survey, mapping);
  return {
    kind: "survey",
    format: survey.format,
    encoding: survey.encoding,
    rowCount: survey.rows.length,
    headers: survey.headers,
    mapping,
    rows: survey.rows.slice(0, PREVIEW_ROWS),
    attributeMerges: records.attributeMerges,
    warnings: survey.warnings,
  };
}

/** Parses and stores an upload in one transaction; progress goes to `onProgress` (0..1). */
export async function executeImport(
  db: Db,
  job: ImportJob,
  options: ImportOptions,
  onProgress: (fraction: number) => void = () => {},
): Promise<ImportSummary> {
  const bytes = fs.readFileSync(job.storedPath);
  const base = path.basename(job.filename).replace(/\.[^.]+$/, "");
  if (fileKind(job.filename) === "transcript") {
    const parsed = await parseTranscript(job.filename, bytes);
    onProgress(0.5);
    const summary = storeTranscript(
      db,
      job.projectId,
      job.userId,
      parsed,
      {
        title: options.title?.trim() || base,
        wave: options.wave ?? null,
        groupType: options.groupType ?? null,
        heldOn: options.heldOn ?? null,
        filename: job.filename,
      },
      job.id,
    );
    onProgress(1);
    return { kind: "transcript", ...summary, respondents: 0, answers: 0, attributes: 0 };
  }
  if (!options.wave) throw new AppError("invalid_input", "Choose the wave (e.g. 2025) this survey belongs to.");
  const survey = await parseSurvey(job.filename, bytes);
  const mapping = options.mapping ?? proposeMapping(survey, projectMetricLabels(db, job.projectId));
  const records = applyMapping(survey, mapping);
  onProgress(0.1);
  const summary = storeSurvey(
    db,
    job.projectId,
    job.userId,
    options.wave,
    records,
    job.filename,
    job.id,
    (done, total) => onProgress(0.1 + (0.9 * done) / Math.max(total, 1)),
  );
  return { kind: "survey", ...summary, turns: 0, speakers: 0 };
}

export function updateImport(db: Db, importId: number, values: Partial<typeof imports.$inferInsert>): void {
  db.update(imports).set(values).where(eq(imports.id, importId)).run();
}

/** Runs one phase of an import job and records its outcome on the job row, never throwing. */
export async function runImportPhase(db: Db, importId: number, phase: ImportPhase): Promise<void> {
  const job = db.select().from(imports).where(eq(imports.id, importId)).get();
  if (!job) return;
  try {
    recordImportWorker(db, importId, phase);
  } catch {
    // Best effort: the server recorded this process when it spawned it.
  }
  try {
    if (phase === "preview") {
      updateImport(db, importId, { status: "parsing", progress: 0, message: null });
      const preview = await buildPreview(db, job);
      updateImport(db, importId, { status: "previewed", progress: 0, preview });
    } else {
      updateImport(db, importId, { status: "importing", progress: 0, message: null });
      let last = 0;
      const summary = await executeImport(db, job, (job.options ?? {}) as ImportOptions, (fraction) => {
        // The import's transaction hides its own writes from other connections, so progress
        // goes to a file beside the upload; a few dozen writes per import are plenty.
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          writeProgress(job.storedPath, fraction);
        }
      });
      updateImport(db, importId, { status: "done", progress: 1, summary, finishedAt: new Date() });
      fs.rmSync(job.storedPath, { force: true });
      removeJobFiles(job.storedPath);
    }
  } catch (error) {
    const message =
      error instanceof AppError
        ? error.message
        : "The file could not be read. Check it is a valid, complete file and try again.";
    updateImport(db, importId, { status: "failed", message, finishedAt: new Date() });
    // Nothing can resume a failed job (a new upload starts again), so the upload goes too.
    fs.rmSync(job.storedPath, { force: true });
    removeJobFiles(job.storedPath);
  }
}

function progressPath(storedPath: string): string {
  return `${storedPath}.progress`;
}

function writeProgress(storedPath: string, fraction: number): void {
  // Write then rename: writeFileSync empties the file first, and a poll could read it empty.
  const file = progressPath(storedPath);
  fs.writeFileSync(`${file}.tmp`, fraction.toFixed(3));
  fs.renameSync(`${file}.tmp`, file);
}

/** The job's progress (0..1): from the progress file while an import runs, else from the row. */
export function readProgress(job: ImportJob): number {
  if (job.status !== "importing") return job.progress;
  try {
    return Number.parseFloat(fs.readFileSync(progressPath(job.storedPath), "utf8")) || 0;
  } catch {
    return 0;
  }
}

export type ImportPhase = "preview" | "import";

/** The statuses in which a worker of each phase should be running. */
const RUNNING_STATUSES: Record<ImportPhase, ImportStatus[]> = {
  preview: ["uploaded", "parsing"],
  import: ["importing"],
};

export const INTERRUPTED_MESSAGES: Record<ImportPhase, string> = {
  preview:
    "Reading the file was interrupted before it finished (the server restarted or the import process stopped). Nothing from this file was stored; upload it again.",
  import:
    "The import was interrupted before it finished (the server restarted or the import process stopped). Nothing from this file was stored; import it again.",
};

function runningPhase(status: ImportStatus): ImportPhase | null {
  if (RUNNING_STATUSES.import.includes(status)) return "import";
  if (RUNNING_STATUSES.preview.includes(status)) return "preview";
  return null;
}

/** Which process runs a job's phase: its pid, and its start time so a reused pid is not mistaken for it. */
export interface ImportWorkerRecord {
  pid: number;
  startTime: string | null;
  phase: ImportPhase;
}

function workerPath(storedPath: string): string {
  return `${storedPath}.worker`;
}

function removeJobFiles(storedPath: string): void {
  fs.rmSync(progressPath(storedPath), { force: true });
  fs.rmSync(workerPath(storedPath), { force: true });
}

/** The process's state and start time (clock ticks since boot, field 22 of /proc/<pid>/stat); null if it is gone. */
function readProcessStat(pid: number): { state: string; startTime: string } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and brackets: count from its closing bracket.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return null;
  }
}

const HAS_PROC = fs.existsSync("/proc/self/stat");

/**
 * Records that process `pid` runs this phase of the job, in a file beside the upload: the job row
 * cannot say it without a schema change. The server records the worker as it spawns it (so no
 * moment passes unrecorded) and the worker records itself when it starts (so any spawner is covered).
 */
export function recordImportWorker(db: Db, importId: number, phase: ImportPhase, pid: number = process.pid): void {
  const job = db.select({ storedPath: imports.storedPath }).from(imports).where(eq(imports.id, importId)).get();
  if (!job) return;
  const record: ImportWorkerRecord = { pid, startTime: readProcessStat(pid)?.startTime ?? null, phase };
  const file = workerPath(job.storedPath);
  // Write then rename, so a reader never sees half a record; the server and the worker may both be writing.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(record), { mode: 0o600 });
  fs.renameSync(temporary, file);
}

export function readImportWorker(storedPath: string): ImportWorkerRecord | null {
  try {
    const record = JSON.parse(fs.readFileSync(workerPath(storedPath), "utf8")) as ImportWorkerRecord;
    return Number.isInteger(record.pid) && record.pid > 0 ? record : null;
  } catch {
    return null;
  }
}

/** Whether the recorded process still runs: same pid, same start time, not a zombie. */
export function isImportWorkerAlive(record: ImportWorkerRecord): boolean {
  if (HAS_PROC) {
    const stat = readProcessStat(record.pid);
    if (!stat || stat.state === "Z" || stat.state === "X") return false;
    return record.startTime === null || stat.startTime === record.startTime;
  }
  try {
    process.kill(record.pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process with that pid exists but belongs to someone else; assume it is ours.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Runs a write that can wait: while another connection holds the write lock (another import storing its
 * rows, for a minute or more), it is skipped at once (undefined) instead of stalling this process for the
 * busy timeout and then throwing, which would break a read-only page such as the overview.
 */
function withoutWaiting<T>(db: Db, write: () => T): T | undefined {
  const client = db.$client;
  if (!client || client.inTransaction) return write();
  const timeout = client.pragma("busy_timeout", { simple: true }) as number;
  client.pragma("busy_timeout = 0");
  try {
    return write();
  } catch (error) {
    if (String((error as { code?: unknown }).code).startsWith("SQLITE_BUSY")) return undefined;
    throw error;
  } finally {
    client.pragma(`busy_timeout = ${timeout}`);
  }
}

/**
 * Ends the job as failed with the "interrupted" message if it is still in `phase`; a job that has
 * meanwhile finished (done, previewed or failed for a reason of its own) is left as it is, and so is
 * one while another connection is writing (a later read ends it).
 * Nothing half-imported needs removing: each import is one transaction, rolled back when its process dies.
 */
export function markImportInterrupted(db: Db, importId: number, phase: ImportPhase): ImportJob | undefined {
  const failed = withoutWaiting(db, () =>
    db
      .update(imports)
      .set({ status: "failed", message: INTERRUPTED_MESSAGES[phase], finishedAt: new Date() })
      .where(and(eq(imports.id, importId), inArray(imports.status, RUNNING_STATUSES[phase])))
      .returning()
      .get(),
  );
  if (failed) {
    // Nothing can resume a failed job, so its upload (research data) need not wait any longer.
    fs.rmSync(failed.storedPath, { force: true });
    removeJobFiles(failed.storedPath);
  }
  return failed;
}

/**
 * A running job whose recorded worker process has gone (server restart, crash, out of memory,
 * SIGKILL) ends as failed. A job with no record for its phase yet is left alone: its worker is starting.
 */
export function failIfInterrupted(db: Db, job: ImportJob): ImportJob {
  const phase = runningPhase(job.status);
  if (!phase) return job;
  const record = readImportWorker(job.storedPath);
  if (!record || record.phase !== phase || isImportWorkerAlive(record)) return job;
  return (
    markImportInterrupted(db, job.id, phase) ?? db.select().from(imports).where(eq(imports.id, job.id)).get() ?? job
  );
}

/** Ends every running job of the project whose worker has gone; for pages that list imports. */
export function failInterruptedImports(db: Db, projectId: number): void {
  const running = db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.projectId, projectId),
        inArray(imports.status, [...RUNNING_STATUSES.preview, ...RUNNING_STATUSES.import]),
      ),
    )
    .all();
  for (const job of running) failIfInterrupted(db, job);
}
