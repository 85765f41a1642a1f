import type { AnswerRef, TurnRef } from "../analysis";

/**
 * The imported side of a project in compact form: documents with their turns and answers laid out by
 * offset, respondents with their wave, and (loaded on first use) attribute values and Likert scores.
 *
 * Note: all of it is immutable once imported — documents by trigger, respondents with their attributes
 * and Likert answers only ever written by the survey import — so a frame is kept per project and
 * rebuilt only when its fingerprint (count and highest id of documents and of respondents) moves.
 * Codings change all the time: `loadCodedUnits` keeps them with the project's coding version (bumped by
 * trigger on every insert, update or delete of a coding) and reads them again whenever it moved. Segments
 * are kept by id because their offsets never change and their ids are never reused.
 */
export interface AnalysisFrame {
  projectId: number;
  fingerprint: string;
  /** Wave id → label (waves can be added by a metric import, so this is re-read with the fingerprint). */
  waveLabels: Map<number, string>;
  documents: Map<number, FrameDocument>;
  /** Units are the project's answers and turns, numbered 0 … unitCount − 1. */
  unitCount: number;
  unitIsTurn: Uint8Array;
  /** `answers.id` or `turns.id`. */
  unitId: Int32Array;
  unitDocument: Int32Array;
  /** Index of the answer's respondent in `respondentIds`; −1 for a turn. */
  unitRespondent: Int32Array;
  respondentIds: Int32Array;
  respondentWave: Int32Array;
  respondentIndex: Map<number, number>;
  /** 1 where the respondent has at least one (non-blank) free-text answer: the prevalence base. */
  respondentAnswered: Uint8Array;
  /** Segment id → its unit, or every unit when it reaches across several (see `segmentUnitsOf`). */
  segmentUnits: SegmentUnits;
  maxSegmentId: number;
  attributeColumns: Map<number, AttributeColumn>;
  likertColumns: Map<number, Uint8Array>;
  /** Built on first use by `answerRefsOf` / `turnRefsOf`. */
  answerRefs?: FrameAnswerRef[];
  turnRefs?: FrameTurnRef[];
  /** Built on first use by `answeredByQuestion`. */
  answeredByQuestion?: Map<number, Uint8Array>;
  /**
   * The codings as read, and per unit for each scope asked for (its `FrameScope.key`: counting setting and
   * blind rounds), as of `version` of the project's codings (see `loadCodedUnits`).
   */
  coded?: { version: number; rows: CodingRows; units: Map<string, CodedUnits> };
  /** Built on first use by `surveyWaves`: the waves and each respondent's position among them (−1: none). */
  surveyWaves?: { waves: { id: number; label: string }[]; index: Int32Array };
}

/** An answer as lib/analysis takes it, with its unit number. */
export interface FrameAnswerRef extends AnswerRef {
  respondentId: number;
  questionId: number;
  unit: number;
}

/** A turn as lib/analysis takes it, with its unit number and its transcript's wave. */
export interface FrameTurnRef extends TurnRef {
  documentId: number;
  turnId: number;
  unit: number;
  waveLabel: string | null;
}

export interface FrameDocument {
  id: number;
  kind: "transcript" | "question";
  waveId: number | null;
  questionId: number | null;
  /** Unit starts and ends (UTF-16 offsets, end exclusive) in offset order, with their unit numbers. */
  starts: Int32Array;
  ends: Int32Array;
  units: Int32Array;
}

/** One respondent attribute: `valueAt[respondentIndex]` indexes `values`, −1 where the respondent has none. */
export interface AttributeColumn {
  attributeId: number;
  name: string;
  values: string[];
  valueAt: Int32Array;
}

/**
 * The codes applied in each unit, each once however many segments or coders carry it, in compressed
 * rows: the codes of unit `u` are `codeIds[codes[k]]` for `k` from `offsets[u]` to `offsets[u + 1] − 1`.
 */
export interface CodedUnits {
  /** Distinct code ids; `codes` holds indexes into this list. */
  codeIds: number[];
  codeIndex: Map<number, number>;
  offsets: Int32Array;
  codes: Int32Array;
  /** Number of (unit, code) pairs. */
  length: number;
}

/**
 * Segment id → unit, held in a typed array over the project's id range when that range is dense (ids are
 * global, so other projects' segments leave gaps), else in a map. −1: no unit; −2: several, in `multi`.
 */
export interface SegmentUnits {
  base: number;
  /** Segments of the project held. */
  count: number;
  dense: Int32Array | null;
  sparse: Map<number, number>;
  multi: Map<number, number[]>;
  /** Each segment's document, start and end offsets: three slots per id beside `dense`, else in `sparseSpans`. */
  spans: Int32Array | null;
  sparseSpans: Map<number, [number, number, number]>;
}

/** Codings as read: segment, code and (when a scope needs them) coder per coding, and the highest coding id seen. */
export interface CodingRows {
  segmentIds: number[];
  codeIds: number[];
  /** Null when read without coders (no blind round, counting all, no consensus coder). */
  coderIds: number[] | null;
  maxId: number;
}
