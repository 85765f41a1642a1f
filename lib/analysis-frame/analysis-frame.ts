import { and, between, eq, gt, sql } from "drizzle-orm";
import { restoreGeneration } from "../../db/backup";
import type { Db } from "../../db/client";
import {
  answers,
  attributes,
  attributeValues,
  codings,
  codingVersions,
  documents,
  likertAnswers,
  likertItems,
  respondentAttributes,
  respondents,
  segments,
  turns,
  waves,
} from "../../db/schema";
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
  /** The codings as read, and per unit, as of `version` of the project's codings (see `loadCodedUnits`). */
  coded?: { version: number; rows: CodingRows; units: CodedUnits };
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
}

/** Whether ids spanning `range` are dense enough, for `count` segments, to index an array (and a range read). */
function denseEnough(range: number, count: number): boolean {
  return range < count * 8 + 65_536;
}

function setSegmentUnits(table: SegmentUnits, id: number, units: number[]): void {
  const value = units.length === 0 ? -1 : units.length === 1 ? units[0] : -2;
  if (units.length > 1) table.multi.set(id, units);
  table.count++;
  if (table.dense && id - table.base >= table.dense.length && !denseEnough(id - table.base + 1, table.count)) {
    // Other projects' segments have spread this project's ids out: fall back to a map.
    table.dense.forEach((unit, at) => {
      if (unit !== -1) table.sparse.set(table.base + at, unit);
    });
    table.dense = null;
  }
  if (table.dense) {
    const at = id - table.base;
    if (at >= table.dense.length) {
      const grown = new Int32Array(Math.max(at + 1, Math.ceil(table.dense.length * 1.5))).fill(-1);
      grown.set(table.dense);
      table.dense = grown;
    }
    table.dense[at] = value;
  } else {
    table.sparse.set(id, value);
  }
}

function segmentUnitOf(table: SegmentUnits, id: number): number {
  if (table.dense) {
    const at = id - table.base;
    return at >= 0 && at < table.dense.length ? table.dense[at] : -1;
  }
  return table.sparse.get(id) ?? -1;
}

const frames = new WeakMap<object, Map<number, AnalysisFrame>>();

/** Drops every kept frame of this database (benchmarks use it to time the cold path). */
export function forgetAnalysisFrames(db: Db): void {
  frames.delete(db.$client);
}

/** JSON arrays built by SQLite: one row to read instead of one per unit, several times faster here. */
function jsonRows<T>(json: string | null | undefined): T[] {
  return json ? (JSON.parse(json) as T[]) : [];
}

function fingerprintOf(db: Db, projectId: number): string {
  const document = db
    .select({ count: sql<number>`count(*)`, max: sql<number | null>`max(${documents.id})` })
    .from(documents)
    .where(eq(documents.projectId, projectId))
    .get();
  const respondent = db
    .select({ count: sql<number>`count(*)`, max: sql<number | null>`max(${respondents.id})` })
    .from(respondents)
    .where(eq(respondents.projectId, projectId))
    .get();
  const wave = db
    .select({ count: sql<number>`count(*)`, max: sql<number | null>`max(${waves.id})` })
    .from(waves)
    .where(eq(waves.projectId, projectId))
    .get();
  // Waves can be renamed, and attribute values merged (rewritten) or reordered: both small tables, read whole.
  const curated = db
    .select({
      waves: sql<
        string | null
      >`(select group_concat(${waves.id} || '=' || ${waves.label}, '|') from ${waves} where ${waves.projectId} = ${projectId})`,
      values: sql<
        string | null
      >`(select group_concat(${attributeValues.attributeId} || ':' || ${attributeValues.value} || '>' || coalesce(${attributeValues.mergedInto}, '') || '#' || coalesce(${attributeValues.position}, ''), '|') from ${attributeValues} inner join ${attributes} on ${attributes.id} = ${attributeValues.attributeId} where ${attributes.projectId} = ${projectId})`,
    })
    .from(sql`(select 1)`)
    .get();
  return [
    ...[document, respondent, wave].map((row) => `${row?.count ?? 0}:${row?.max ?? 0}`),
    curated?.waves ?? "",
    curated?.values ?? "",
    `restore ${restoreGeneration(db)}`,
  ].join("|");
}

/**
 * Whether a read here may see a caller's uncommitted writes. A rollback takes them back together with
 * the ids and the coding version they used, so the same ids and version can come again meaning other
 * rows: nothing read inside a caller's transaction may be kept.
 */
function insideTransaction(db: Db): boolean {
  // A drizzle transaction object has no `$client`; the root handle says whether one is open.
  return !db.$client || db.$client.inTransaction;
}

/** The project's frame, built on first use and whenever an import has added or removed data since. */
export function loadAnalysisFrame(db: Db, projectId: number): AnalysisFrame {
  const fingerprint = fingerprintOf(db, projectId);
  if (insideTransaction(db)) {
    const kept = frames.get(db.$client)?.get(projectId);
    return kept && kept.fingerprint === fingerprint ? kept : buildFrame(db, projectId, fingerprint);
  }
  let byProject = frames.get(db.$client);
  if (!byProject) {
    byProject = new Map();
    frames.set(db.$client, byProject);
  }
  const kept = byProject.get(projectId);
  if (kept && kept.fingerprint === fingerprint) return kept;
  const frame = buildFrame(db, projectId, fingerprint);
  byProject.set(projectId, frame);
  return frame;
}

function buildFrame(db: Db, projectId: number, fingerprint: string): AnalysisFrame {
  const waveLabels = new Map(
    db
      .select({ id: waves.id, label: waves.label })
      .from(waves)
      .where(eq(waves.projectId, projectId))
      .all()
      .map((wave) => [wave.id, wave.label]),
  );
  const documentRows = db
    .select({ id: documents.id, kind: documents.kind, waveId: documents.waveId, questionId: documents.questionId })
    .from(documents)
    .where(eq(documents.projectId, projectId))
    .all();

  const respondentRows = jsonRows<[number, number]>(
    db
      .select({ json: sql<string>`json_group_array(json_array(${respondents.id}, ${respondents.waveId}))` })
      .from(respondents)
      .where(eq(respondents.projectId, projectId))
      .get()?.json,
  );
  const respondentIds = new Int32Array(respondentRows.length);
  const respondentWave = new Int32Array(respondentRows.length);
  const respondentIndex = new Map<number, number>();
  respondentRows.forEach(([id, waveId], index) => {
    respondentIds[index] = id;
    respondentWave[index] = waveId;
    respondentIndex.set(id, index);
  });

  // [unit id, document id, start, end, respondent id or null]
  const answerRows = jsonRows<[number, number, number, number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${answers.id}, ${answers.documentId}, ${answers.startOffset}, ${answers.endOffset}, ${answers.respondentId}))`,
      })
      .from(documents)
      .innerJoin(answers, eq(answers.documentId, documents.id))
      .where(and(eq(documents.projectId, projectId), eq(documents.kind, "question")))
      .get()?.json,
  );
  const turnRows = jsonRows<[number, number, number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${turns.id}, ${turns.documentId}, ${turns.startOffset}, ${turns.endOffset}))`,
      })
      .from(documents)
      .innerJoin(turns, eq(turns.documentId, documents.id))
      .where(and(eq(documents.projectId, projectId), eq(documents.kind, "transcript")))
      .get()?.json,
  );

  const unitCount = answerRows.length + turnRows.length;
  const unitIsTurn = new Uint8Array(unitCount);
  const unitId = new Int32Array(unitCount);
  const unitDocument = new Int32Array(unitCount);
  const unitRespondent = new Int32Array(unitCount).fill(-1);
  const unitStart = new Int32Array(unitCount);
  const unitEnd = new Int32Array(unitCount);
  const respondentAnswered = new Uint8Array(respondentRows.length);
  answerRows.forEach(([id, documentId, start, end, respondentId], unit) => {
    unitId[unit] = id;
    unitDocument[unit] = documentId;
    unitStart[unit] = start;
    unitEnd[unit] = end;
    const index = respondentIndex.get(respondentId) ?? -1;
    unitRespondent[unit] = index;
    if (index >= 0) respondentAnswered[index] = 1;
  });
  turnRows.forEach(([id, documentId, start, end], offset) => {
    const unit = answerRows.length + offset;
    unitIsTurn[unit] = 1;
    unitId[unit] = id;
    unitDocument[unit] = documentId;
    unitStart[unit] = start;
    unitEnd[unit] = end;
  });

  const unitsByDocument = new Map<number, number[]>();
  for (let unit = 0; unit < unitCount; unit++) {
    const list = unitsByDocument.get(unitDocument[unit]);
    if (list) list.push(unit);
    else unitsByDocument.set(unitDocument[unit], [unit]);
  }
  const frameDocuments = new Map<number, FrameDocument>();
  for (const row of documentRows) {
    const units = (unitsByDocument.get(row.id) ?? []).sort((a, b) => unitStart[a] - unitStart[b]);
    frameDocuments.set(row.id, {
      id: row.id,
      kind: row.kind,
      waveId: row.waveId,
      questionId: row.questionId,
      starts: Int32Array.from(units, (unit) => unitStart[unit]),
      ends: Int32Array.from(units, (unit) => unitEnd[unit]),
      units: Int32Array.from(units),
    });
  }

  return {
    projectId,
    fingerprint,
    waveLabels,
    documents: frameDocuments,
    unitCount,
    unitIsTurn,
    unitId,
    unitDocument,
    unitRespondent,
    respondentIds,
    respondentWave,
    respondentIndex,
    respondentAnswered,
    segmentUnits: { base: 0, count: 0, dense: null, sparse: new Map(), multi: new Map() },
    maxSegmentId: 0,
    attributeColumns: new Map(),
    likertColumns: new Map(),
  };
}

/** The units a range of a document overlaps (a segment reaching across turns or answers counts for each). */
export function unitsOverlapping(document: FrameDocument, start: number, end: number): number[] {
  let low = 0;
  let high = document.ends.length;
  // First unit ending after `start`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (document.ends[middle] <= start) low = middle + 1;
    else high = middle;
  }
  const result: number[] = [];
  for (let index = low; index < document.starts.length && document.starts[index] < end; index++) {
    result.push(document.units[index]);
  }
  return result;
}

/** Maps segments created since the frame last looked (ids only grow) to their units. */
function refreshSegments(db: Db, frame: AnalysisFrame): void {
  const rows = jsonRows<[number, number, number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${segments.id}, ${segments.documentId}, ${segments.startOffset}, ${segments.endOffset}))`,
      })
      .from(segments)
      .where(and(eq(segments.projectId, frame.projectId), gt(segments.id, frame.maxSegmentId)))
      .get()?.json,
  );
  if (rows.length === 0) return;
  const table = frame.segmentUnits;
  if (frame.maxSegmentId === 0) {
    // First load: a typed array when the project's ids are not too spread out among other projects'.
    let first = rows[0][0];
    let last = first;
    for (const [id] of rows) {
      if (id < first) first = id;
      if (id > last) last = id;
    }
    table.base = first;
    if (denseEnough(last - first + 1, rows.length)) table.dense = new Int32Array(last - first + 1).fill(-1);
  }
  for (const [id, documentId, start, end] of rows) {
    const document = frame.documents.get(documentId);
    setSegmentUnits(table, id, document ? unitsOverlapping(document, start, end) : []);
    if (id > frame.maxSegmentId) frame.maxSegmentId = id;
  }
}

/**
 * Every code applied to every unit. Kept with the frame while the project's coding version stands
 * still. When it has moved only by new codings (each insert adds one, any update or delete more), just
 * those are read and added; otherwise every coding is read again. Codings of segments lying between
 * units (in the blank lines that separate them) belong to no unit and are left out.
 */
export function loadCodedUnits(db: Db, frame: AnalysisFrame): CodedUnits {
  if (insideTransaction(db)) {
    // Read everything into a scratch copy of the frame (its own segment table), keeping nothing.
    const scratch: AnalysisFrame = {
      ...frame,
      segmentUnits: { base: 0, count: 0, dense: null, sparse: new Map(), multi: new Map() },
      maxSegmentId: 0,
      coded: undefined,
    };
    refreshSegments(db, scratch);
    return buildCodedUnits(scratch, readCodings(db, scratch, null));
  }
  // One read transaction: the version and the codings come from the same snapshot, whoever writes meanwhile.
  return db.transaction(
    (tx) => {
      const reader = tx as unknown as Db;
      const version =
        reader
          .select({ version: codingVersions.version })
          .from(codingVersions)
          .where(eq(codingVersions.projectId, frame.projectId))
          .get()?.version ?? 0;
      const kept = frame.coded;
      if (kept?.version === version) return kept.units;
      refreshSegments(reader, frame);
      let rows: CodingRows;
      const added = kept ? readCodings(reader, frame, kept.rows.maxId) : null;
      if (kept && added && added.segmentIds.length === version - kept.version) {
        rows = kept.rows;
        for (let index = 0; index < added.segmentIds.length; index++) {
          rows.segmentIds.push(added.segmentIds[index]);
          rows.codeIds.push(added.codeIds[index]);
        }
        rows.maxId = Math.max(rows.maxId, added.maxId);
      } else {
        rows = readCodings(reader, frame, null);
      }
      const units = buildCodedUnits(frame, rows);
      frame.coded = { version, rows, units };
      return units;
    },
    { behavior: "deferred" },
  );
}

const derived = new WeakMap<CodedUnits, Map<string, unknown>>();
/**
 * Figures kept per read of the codings. Every codebook change (a code added, moved or archived) gives
 * new keys while the codings stand still, and a reach table holds a flag per respondent per code, so
 * only the latest few are kept.
 */
const DERIVED_KEPT = 8;

/**
 * A figure computed from the codings (and the frame), kept as long as these codings are: a new read
 * gives a new `CodedUnits`, so nothing derived from older codings is ever returned. `key` must name
 * every other input (e.g. the codes and their tree).
 */
export function derivedFromCodings<T>(coded: CodedUnits, key: string, compute: () => T): T {
  let byKey = derived.get(coded);
  if (!byKey) {
    byKey = new Map();
    derived.set(coded, byKey);
  }
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = compute();
  if (byKey.size >= DERIVED_KEPT) byKey.delete(byKey.keys().next().value as string);
  byKey.set(key, value);
  return value;
}

/** Codings as read: segment and code per coding, and the highest coding id seen. */
export interface CodingRows {
  segmentIds: number[];
  codeIds: number[];
  maxId: number;
}

/** The project's codings, all of them or only those with an id above `afterId`. */
function readCodings(db: Db, frame: AnalysisFrame, afterId: number | null): CodingRows {
  if (frame.maxSegmentId === 0) return { segmentIds: [], codeIds: [], maxId: 0 };
  const table = frame.segmentUnits;
  // Where the project's segment ids form a dense range, that range of the (segment, code, coder) index
  // holds every coding needed and is read without touching the table; other projects' codings in the
  // range belong to no unit of this frame and drop out in `buildCodedUnits`.
  const where =
    afterId !== null
      ? and(eq(codings.projectId, frame.projectId), gt(codings.id, afterId))
      : table.dense
        ? between(codings.segmentId, table.base, frame.maxSegmentId)
        : eq(codings.projectId, frame.projectId);
  const row = db
    .select({
      segments: sql<string>`json_group_array(${codings.segmentId})`,
      codes: sql<string>`json_group_array(${codings.codeId})`,
      ...(afterId !== null ? { maxId: sql<number | null>`max(${codings.id})` } : {}),
    })
    .from(codings)
    .where(where)
    .get();
  const maxId =
    afterId !== null
      ? Math.max(afterId, row?.maxId ?? 0)
      : (db
          .select({ maxId: sql<number | null>`max(${codings.id})` })
          .from(codings)
          .where(eq(codings.projectId, frame.projectId))
          .get()?.maxId ?? 0);
  return { segmentIds: jsonRows<number>(row?.segments), codeIds: jsonRows<number>(row?.codes), maxId };
}

function buildCodedUnits(frame: AnalysisFrame, rows: CodingRows): CodedUnits {
  const table = frame.segmentUnits;
  const { segmentIds, codeIds: codingCodes } = rows;
  const codeIds: number[] = [];
  const codeIndex = new Map<number, number>();
  // Each coding's unit (−1: none, −2: several) and its code's index in `codeIds`.
  const codingUnit = new Int32Array(segmentIds.length);
  const codingCodeIndex = new Int32Array(segmentIds.length);
  let lowest = Number.POSITIVE_INFINITY;
  let highest = -1;
  for (let index = 0; index < segmentIds.length; index++) {
    codingUnit[index] = segmentUnitOf(table, segmentIds[index]);
    if (codingUnit[index] === -1) continue;
    const codeId = codingCodes[index];
    if (codeId < lowest) lowest = codeId;
    if (codeId > highest) highest = codeId;
  }
  // Code ids of one project sit close together: a typed lookup beats a map over 200,000 codings.
  const lookup =
    highest >= lowest && highest - lowest < 1_000_000 ? new Int32Array(highest - lowest + 1).fill(-1) : null;
  for (let index = 0; index < segmentIds.length; index++) {
    if (codingUnit[index] === -1) continue;
    const codeId = codingCodes[index];
    let code = lookup ? lookup[codeId - lowest] : (codeIndex.get(codeId) ?? -1);
    if (code === -1) {
      code = codeIds.length;
      codeIds.push(codeId);
      codeIndex.set(codeId, code);
      if (lookup) lookup[codeId - lowest] = code;
    }
    codingCodeIndex[index] = code;
  }
  const width = Math.max(1, codeIds.length);
  // One flag per unit × code: far cheaper than a set of pairs, and it orders each unit's codes for free.
  const applied = new Uint8Array(frame.unitCount * width);
  const perUnit = new Int32Array(frame.unitCount + 1);
  const mark = (unit: number, code: number) => {
    const slot = unit * width + code;
    if (applied[slot]) return;
    applied[slot] = 1;
    perUnit[unit + 1]++;
  };
  for (let index = 0; index < segmentIds.length; index++) {
    const unit = codingUnit[index];
    if (unit >= 0) mark(unit, codingCodeIndex[index]);
    else if (unit === -2)
      for (const each of table.multi.get(segmentIds[index]) ?? []) mark(each, codingCodeIndex[index]);
  }
  const offsets = new Int32Array(frame.unitCount + 1);
  for (let unit = 0; unit < frame.unitCount; unit++) offsets[unit + 1] = offsets[unit] + perUnit[unit + 1];
  const codes = new Int32Array(offsets[frame.unitCount]);
  for (let unit = 0; unit < frame.unitCount; unit++) {
    if (offsets[unit + 1] === offsets[unit]) continue;
    let next = offsets[unit];
    const row = unit * width;
    for (let code = 0; code < width; code++) if (applied[row + code]) codes[next++] = code;
  }
  return { codeIds, codeIndex, offsets, codes, length: codes.length };
}

/** One respondent attribute's values for every respondent of the frame, loaded once. */
export function loadAttributeColumn(db: Db, frame: AnalysisFrame, attributeId: number): AttributeColumn {
  const kept = frame.attributeColumns.get(attributeId);
  if (kept) return kept;
  const name =
    db
      .select({ name: attributes.name })
      .from(attributes)
      .where(and(eq(attributes.id, attributeId), eq(attributes.projectId, frame.projectId)))
      .get()?.name ?? "";
  const rows = jsonRows<[number, string]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${respondentAttributes.respondentId}, ${respondentAttributes.value}))`,
      })
      .from(respondentAttributes)
      .where(eq(respondentAttributes.attributeId, attributeId))
      .get()?.json,
  );
  const values: string[] = [];
  const valueIndex = new Map<string, number>();
  const valueAt = new Int32Array(frame.respondentIds.length).fill(-1);
  for (const [respondentId, raw] of rows) {
    const index = frame.respondentIndex.get(respondentId);
    const value = raw.trim();
    if (index === undefined || !value) continue;
    let code = valueIndex.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      valueIndex.set(value, code);
    }
    valueAt[index] = code;
  }
  const column = { attributeId, name, values, valueAt };
  frame.attributeColumns.set(attributeId, column);
  return column;
}

/** One Likert item's scores (1–5; 0 where unanswered) for every respondent of the frame, loaded once. */
export function loadLikertColumn(db: Db, frame: AnalysisFrame, itemId: number): Uint8Array {
  const kept = frame.likertColumns.get(itemId);
  if (kept) return kept;
  const rows = jsonRows<[number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${likertAnswers.respondentId}, ${likertAnswers.value}))`,
      })
      .from(likertAnswers)
      .innerJoin(likertItems, eq(likertItems.id, likertAnswers.itemId))
      .where(and(eq(likertAnswers.itemId, itemId), eq(likertItems.projectId, frame.projectId)))
      .get()?.json,
  );
  const scores = new Uint8Array(frame.respondentIds.length);
  for (const [respondentId, value] of rows) {
    const index = frame.respondentIndex.get(respondentId);
    if (index !== undefined) scores[index] = value;
  }
  frame.likertColumns.set(itemId, scores);
  return scores;
}

/** Every answer of the frame as an `AnswerRef` (kept with the frame: answers never change). */
export function answerRefsOf(frame: AnalysisFrame): FrameAnswerRef[] {
  if (!frame.answerRefs) {
    const refs: FrameAnswerRef[] = [];
    for (let unit = 0; unit < frame.unitCount; unit++) {
      if (frame.unitIsTurn[unit] || frame.unitRespondent[unit] < 0) continue;
      const document = frame.documents.get(frame.unitDocument[unit])!;
      refs.push({
        respondentId: frame.respondentIds[frame.unitRespondent[unit]],
        waveLabel: frame.waveLabels.get(document.waveId ?? -1) ?? "",
        questionId: document.questionId ?? -1,
        unit,
      });
    }
    frame.answerRefs = refs;
  }
  return frame.answerRefs;
}

/** Every turn of the frame as a `TurnRef` (kept with the frame: turns never change). */
export function turnRefsOf(frame: AnalysisFrame): FrameTurnRef[] {
  if (!frame.turnRefs) {
    const refs: FrameTurnRef[] = [];
    for (let unit = 0; unit < frame.unitCount; unit++) {
      if (!frame.unitIsTurn[unit]) continue;
      const document = frame.documents.get(frame.unitDocument[unit])!;
      refs.push({
        documentId: document.id,
        turnId: frame.unitId[unit],
        unit,
        waveLabel: document.waveId === null ? null : (frame.waveLabels.get(document.waveId) ?? null),
      });
    }
    frame.turnRefs = refs;
  }
  return frame.turnRefs;
}
