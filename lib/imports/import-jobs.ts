import fs from "node:fs";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type ImportJob, imports, metrics, respondents, waves } from "../../db/schema";
import { AppError } from "../errors";
import { type ColumnStatistics, columnStatistics } from "./column-statistics";
import { type FileKind, fileKind } from "./file-kind";
import { loadParsedUpload, type ParsedUpload, saveParsedUpload } from "./parsed-upload";
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
  /** Each column over every row of the file, not only the rows shown. */
  columns: ColumnStatistics[];
  attributeMerges: { attribute: string; canonical: string; variants: string[] }[];
  /** Waves of the project that already hold respondents: importing into one of them clashes. */
  wavesWithRespondents: { wave: string; respondents: number }[];
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

/** Progress of the running phase, 0..1. */
export type ProgressReporter = (fraction: number) => void;

const PREVIEW_TURNS = 40;
const PREVIEW_ROWS = 8;

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

function projectMetricLabels(db: Db, projectId: number) {
  return db
    .select({ key: metrics.key, label: metrics.label })
    .from(metrics)
    .where(eq(metrics.projectId, projectId))
    .all();
}

/** Waves of the project holding respondents, with how many: a survey imported into one of them clashes. */
export function wavesWithRespondents(db: Db, projectId: number): { wave: string; respondents: number }[] {
  return db
    .select({ wave: waves.label, respondents: sql<number>`count(*)` })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .where(eq(respondents.projectId, projectId))
    .groupBy(waves.id)
    .orderBy(waves.label)
    .all();
}

/**
 * What each file kind does in a job: parse the upload (once, for the preview; the import reuses it),
 * preview it, and store it. The pool, the queue and the state machine know nothing of kinds: a new
 * kind is a new entry here (with its `ParsedUpload` and preview shapes).
 */
interface KindHandler<K extends FileKind> {
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

const transcriptKind: KindHandler<"transcript"> = {
  async parse(_db, job, bytes) {
    return { kind: "transcript", transcript: await parseTranscript(job.filename, bytes) };
  },
  preview(_db, _job, { transcript }) {
    const counts = new Map<string, number>();
    for (const turn of transcript.turns)
      if (turn.speaker) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
    return {
      kind: "transcript",
      format: transcript.format,
      cueCount: transcript.cueCount,
      turnCount: transcript.turns.length,
      speakers: transcript.speakers.map((label) => ({ label, turns: counts.get(label) ?? 0 })),
      turns: transcript.turns
        .slice(0, PREVIEW_TURNS)
        .map((t) => ({ speaker: t.speaker, startMs: t.startMs, text: t.text })),
      warnings: transcript.warnings,
    };
  },
  store(db, job, { transcript }, options, onProgress) {
    const summary = storeTranscript(
      db,
      job.projectId,
      job.userId,
      transcript,
      {
        title: options.title?.trim() || path.basename(job.filename).replace(/\.[^.]+$/, ""),
        wave: options.wave ?? null,
        groupType: options.groupType ?? null,
        heldOn: options.heldOn ?? null,
        filename: job.filename,
      },
      job.id,
    );
    onProgress(1);
    return { kind: "transcript", ...summary, respondents: 0, answers: 0, attributes: 0 };
  },
};

const surveyKind: KindHandler<"survey"> = {
  async parse(db, job, bytes, onProgress) {
    const survey = await parseSurvey(job.filename, bytes);
    onProgress(0.6);
    return { kind: "survey", survey, proposedMapping: proposeMapping(survey, projectMetricLabels(db, job.projectId)) };
  },
  preview(db, job, { survey, proposedMapping }) {
    const records = applyMapping(survey, proposedMapping);
    return {
      kind: "survey",
      format: survey.format,
      encoding: survey.encoding,
      rowCount: survey.rows.length,
      headers: survey.headers,
      mapping: proposedMapping,
      rows: survey.rows.slice(0, PREVIEW_ROWS),
      columns: columnStatistics(survey.headers, survey.rows),
      attributeMerges: records.attributeMerges,
      wavesWithRespondents: wavesWithRespondents(db, job.projectId),
      warnings: survey.warnings,
    };
  },
  store(db, job, { survey, proposedMapping }, options, onProgress) {
    if (!options.wave) throw new AppError("invalid_input", "Choose the wave (e.g. 2025) this survey belongs to.");
    const records = applyMapping(survey, options.mapping ?? proposedMapping);
    onProgress(0.3);
    const summary = storeSurvey(
      db,
      job.projectId,
      job.userId,
      options.wave,
      records,
      job.filename,
      job.id,
      (done, total) => onProgress(0.3 + (0.7 * done) / Math.max(total, 1)),
    );
    return { kind: "survey", ...summary, turns: 0, speakers: 0 };
  },
};

const KINDS: { [K in FileKind]: KindHandler<K> } = { transcript: transcriptKind, survey: surveyKind };

function handlerOf<K extends FileKind>(kind: K): KindHandler<K> {
  return KINDS[kind];
}

/** Reads the upload into what both the preview and the import use. */
async function parseUpload(db: Db, job: ImportJob, onProgress: ProgressReporter): Promise<ParsedUpload> {
  const bytes = fs.readFileSync(job.storedPath);
  onProgress(0.1);
  return handlerOf(fileKind(job.filename)).parse(db, job, bytes, onProgress);
}

/** Parses the stored upload and proposes how to import it; keeps the parse beside the upload for the import. */
export async function buildPreview(
  db: Db,
  job: ImportJob,
  onProgress: ProgressReporter = () => {},
): Promise<ImportPreview> {
  const parsed = await parseUpload(db, job, onProgress);
  onProgress(0.7);
  const preview = (handlerOf(parsed.kind) as KindHandler<typeof parsed.kind>).preview(db, job, parsed as never);
  onProgress(0.9);
  saveParsedUpload(job.storedPath, parsed);
  return preview;
}

/** The clash a survey import into `wave` would meet, as the message the researcher reads; null when none. */
export function waveClash(db: Db, projectId: number, wave: string): string | null {
  const clash = wavesWithRespondents(db, projectId).find((entry) => entry.wave === wave.trim());
  if (!clash) return null;
  return `Wave ${clash.wave} already has ${clash.respondents.toLocaleString("en-GB")} respondents in this project. Import each wave once: choose another wave for this file.`;
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
  return (handlerOf(parsed.kind) as KindHandler<typeof parsed.kind>).store(
    db,
    job,
    parsed as never,
    options,
    onProgress,
  );
}
