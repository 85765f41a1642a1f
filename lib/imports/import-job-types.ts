import type { ColumnStatistics } from "./column-statistics";
import type { FileKind } from "./file-kind";
import type { ColumnMapping } from "./parsers/survey";
import type { RespondentCollision, WaveAddition } from "./store-survey";

export interface TranscriptPreview {
  kind: "transcript";
  format: string;
  cueCount: number;
  turnCount: number;
  speakers: { label: string; turns: number }[];
  turns: { speaker: string | null; startMs: number | null; text: string }[];
  warnings: string[];
}

/** A wave of the project that already holds respondents, and how many of this file's ids it holds too. */
export interface WaveWithRespondents {
  wave: string;
  respondents: number;
  /** Respondent ids of this file (under the proposed id column) that the wave already has. */
  collidingIds: number;
}

export interface SurveyPreview {
  kind: "survey";
  format: string;
  encoding: string;
  /** The survey tool that wrote the export, when its headers give it away. */
  tool: { id: string; name: string } | null;
  /** Preview and test responses (Qualtrics' Status or DistributionChannel) left out of the rows. */
  excludedResponses: { preview: number; test: number };
  rowCount: number;
  headers: string[];
  mapping: ColumnMapping[];
  rows: string[][];
  /** Each column over every row of the file, not only the rows shown. */
  columns: ColumnStatistics[];
  attributeMerges: { attribute: string; canonical: string; variants: string[] }[];
  /** Waves of the project that already hold respondents: importing into one adds to it. */
  wavesWithRespondents: WaveWithRespondents[];
  warnings: string[];
}

/** What a REFI-QDA project file holds, read before anything is stored. */
export interface QdpxPreview {
  kind: "qdpx";
  /** The tool that wrote it (NVivo, MAXQDA, ATLAS.ti, QualCoder …), from its origin. */
  tool: string;
  origin: string | null;
  documents: number;
  codes: number;
  selections: number;
  codings: number;
  users: number;
  cases: number;
  notes: number;
  /** Sources that are not text, by kind, which the import leaves out. */
  skippedSources: Record<string, number>;
  departures: string[];
}

export type ImportPreview = TranscriptPreview | SurveyPreview | QdpxPreview;

export interface ImportOptions {
  wave?: string | null;
  title?: string;
  groupType?: string | null;
  heldOn?: string | null;
  mapping?: ColumnMapping[];
  /** For a wave that already has respondents: what to do with an id it already holds. */
  onCollision?: RespondentCollision | null;
}

/** What a .qdpx import brought in and how it read the file. */
export interface QdpxImportSummary {
  origin: string | null;
  tool: string;
  documents: number;
  codes: { inFile: number; created: number; matched: number };
  codings: number;
  users: number;
  participants: number;
  memos: number;
  /** How the file counted its selection offsets, found by reading the text each reading would select. */
  offsetConvention: string;
  selections: { total: number; onWordBoundaries: number };
  skipped: {
    /** Selections outside their text, empty, or only spaces. */
    selections: number;
    /** Codings naming a code that is not in the file's codebook. */
    codingsWithoutCode: number;
    /** The same code on the same text by the same coder, more than once. */
    duplicateCodings: number;
    /** Sources that are not text (pictures, PDFs, audio, video) or that hold no text. */
    sources: number;
  };
  renamedCodes: { from: string; to: string }[];
  departures: string[];
  warnings: string[];
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
  /** A survey added to a wave that had respondents: how many ids were new, skipped and replaced. */
  wave?: WaveAddition;
  /** A .qdpx: what came in, and how the file was read. */
  qdpx?: QdpxImportSummary;
}

/** Progress of the running phase, 0..1. */
export type ProgressReporter = (fraction: number) => void;
