import { and, between, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codings, codingVersions } from "../../db/schema";

import { type FrameScope, resolveCodingScope } from "../coding/coding-scope";
import type { AnalysisFrame, CodedUnits, CodingRows } from "./frame-types";
import { emptySegmentUnits, jsonRows, refreshSegments, segmentUnitOf } from "./segment-units";

/**
 * Whether a read here may see a caller's uncommitted writes. A rollback takes them back together with
 * the ids and the coding version they used, so the same ids and version can come again meaning other
 * rows: nothing read inside a caller's transaction may be kept.
 */
export function insideTransaction(db: Db): boolean {
  // A drizzle transaction object has no `$client`; the root handle says whether one is open.
  return !db.$client || db.$client.inTransaction;
}

/**
 * Every code applied to every unit. Kept with the frame while the project's coding version stands
 * still. When it has moved only by new codings (each insert adds one, any update or delete more), just
 * those are read and added; otherwise every coding is read again. Codings of segments lying between
 * units (in the blank lines that separate them) belong to no unit and are left out.
 */
export function loadCodedUnits(db: Db, frame: AnalysisFrame, scope?: FrameScope): CodedUnits {
  // Without a viewer's scope: the project's counting setting, no blind round (packs, the CLI).
  const rules = scope ?? resolveCodingScope(db, frame.projectId, null).frame;
  // Who coded matters only to a blind round, a counting other than "all", or a consensus coder to leave out:
  // otherwise the coders are not read at all (the common case, and the fastest read).
  const withCoders = rules.blind !== null || rules.counting.mode !== "all" || rules.consensusCoderIds.size > 0;
  // Once a code query has read the coders, keep reading them: dropping them would make its next run read all again.
  const read = readCurrentCodings(db, frame, withCoders || frame.coded?.rows.coderIds != null);
  return read.frame === frame && frame.coded
    ? unitsInScope(frame, frame.coded, rules)
    : buildCodedUnits(read.frame, read.rows, rules);
}

/**
 * Every coding with its coder as of now, for reads that need each coding's segment rather than its
 * units (code queries), and which of them count in a unit under the scope. `frame` is the frame to read
 * segments from: a scratch copy inside a caller's transaction (see `loadCodedUnits`).
 */
export function loadCodingRows(
  db: Db,
  frame: AnalysisFrame,
  rules: FrameScope,
): {
  frame: AnalysisFrame;
  rows: CodingRows & { coderIds: number[] };
  keeps: ((index: number, unit: number) => boolean) | null;
  /** Whether a blind round hides the coding in this unit from the viewer (another coder's, on a round unit). */
  blindHides: ((index: number, unit: number) => boolean) | null;
} {
  const read = readCurrentCodings(db, frame, true);
  const rows = read.rows as CodingRows & { coderIds: number[] };
  const { blind } = rules;
  const hidden = blind ? blindUnits(read.frame, blind) : null;
  return {
    frame: read.frame,
    rows,
    keeps: keeperOf(read.frame, rows, rules),
    blindHides: hidden ? (index, unit) => hidden[unit] === 1 && rows.coderIds[index] !== blind!.viewerId : null,
  };
}

/** 1 for each unit of a blind round the viewer codes: there they see only their own codings. */
function blindUnits(frame: AnalysisFrame, blind: NonNullable<FrameScope["blind"]>): Uint8Array {
  const hidden = new Uint8Array(frame.unitCount);
  for (let unit = 0; unit < frame.unitCount; unit++)
    if (
      blind.documentIds.has(frame.unitDocument[unit]) ||
      (!frame.unitIsTurn[unit] && blind.answerIds.has(frame.unitId[unit]))
    )
      hidden[unit] = 1;
  return hidden;
}

/** The codings as of now: kept with the frame, or read into a scratch copy inside a caller's transaction. */
function readCurrentCodings(
  db: Db,
  frame: AnalysisFrame,
  withCoders: boolean,
): { frame: AnalysisFrame; rows: CodingRows } {
  if (insideTransaction(db)) {
    // Read everything into a scratch copy of the frame (its own segment table), keeping nothing.
    const scratch: AnalysisFrame = {
      ...frame,
      segmentUnits: emptySegmentUnits(),
      maxSegmentId: 0,
      coded: undefined,
    };
    refreshSegments(db, scratch);
    return { frame: scratch, rows: readCodings(db, scratch, null, withCoders) };
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
      const keptFits = kept !== undefined && (!withCoders || kept.rows.coderIds !== null);
      if (keptFits && kept.version === version) return { frame, rows: kept.rows };
      refreshSegments(reader, frame);
      let rows: CodingRows;
      const added = keptFits ? readCodings(reader, frame, kept.rows.maxId, kept.rows.coderIds !== null) : null;
      if (keptFits && added && added.segmentIds.length === version - kept.version) {
        rows = kept.rows;
        for (let index = 0; index < added.segmentIds.length; index++) {
          rows.segmentIds.push(added.segmentIds[index]);
          rows.codeIds.push(added.codeIds[index]);
          rows.coderIds?.push(added.coderIds![index]);
        }
        rows.maxId = Math.max(rows.maxId, added.maxId);
      } else {
        rows = readCodings(reader, frame, null, withCoders);
      }
      frame.coded = { version, rows, units: new Map() };
      return { frame, rows };
    },
    { behavior: "deferred" },
  );
}

/** Scopes kept per version of the codings: the common one (counting all, no blind round) and a few viewers'. */
const SCOPES_KEPT = 4;

function unitsInScope(frame: AnalysisFrame, kept: NonNullable<AnalysisFrame["coded"]>, rules: FrameScope): CodedUnits {
  const found = kept.units.get(rules.key);
  if (found) return found;
  const units = buildCodedUnits(frame, kept.rows, rules);
  if (kept.units.size >= SCOPES_KEPT) kept.units.delete(kept.units.keys().next().value as string);
  kept.units.set(rules.key, units);
  return units;
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

/** The project's codings, all of them or only those with an id above `afterId`. */
function readCodings(db: Db, frame: AnalysisFrame, afterId: number | null, withCoders: boolean): CodingRows {
  if (frame.maxSegmentId === 0) return { segmentIds: [], codeIds: [], coderIds: withCoders ? [] : null, maxId: 0 };
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
      ...(withCoders ? { coders: sql<string>`json_group_array(${codings.coderId})` } : {}),
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
  return {
    segmentIds: jsonRows<number>(row?.segments),
    codeIds: jsonRows<number>(row?.codes),
    coderIds: withCoders ? jsonRows<number>((row as { coders?: string } | undefined)?.coders) : null,
    maxId,
  };
}

function buildCodedUnits(frame: AnalysisFrame, rows: CodingRows, rules: FrameScope): CodedUnits {
  const table = frame.segmentUnits;
  const { segmentIds, codeIds: codingCodes } = rows;
  const keeps = keeperOf(frame, rows, rules);
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
    if (unit >= 0) {
      if (!keeps || keeps(index, unit)) mark(unit, codingCodeIndex[index]);
    } else if (unit === -2)
      for (const each of table.multi.get(segmentIds[index]) ?? [])
        if (!keeps || keeps(index, each)) mark(each, codingCodeIndex[index]);
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

/**
 * Whether a coding (by its index in `rows`) counts in a unit under the scope's rules (lib/coding/coding-scope):
 * null when every coding does (counting all, no blind round, no consensus coding). The blind and
 * adjudicated units are marked once per build, so each coding costs a few array reads.
 */
function keeperOf(
  frame: AnalysisFrame,
  rows: CodingRows,
  rules: FrameScope,
): ((index: number, unit: number) => boolean) | null {
  const { codeIds } = rows;
  const { blind, counting, consensusCoderIds: consensus } = rules;
  // Read whenever these rules need them (see `loadCodedUnits`).
  const coderIds = rows.coderIds ?? [];
  const anyConsensus = consensus.size > 0 && coderIds.some((coder) => consensus.has(coder));
  if (!blind && counting.mode === "all" && !anyConsensus) return null;
  const hidden = blind ? blindUnits(frame, blind) : null;
  const settled = new Map<number, Set<number>>();
  if (counting.mode === "consensus")
    for (let unit = 0; unit < frame.unitCount; unit++) {
      const codes = (frame.unitIsTurn[unit] ? rules.adjudicated.turn : rules.adjudicated.answer).get(
        frame.unitId[unit],
      );
      if (codes) settled.set(unit, codes);
    }
  return (index, unit) => {
    const coder = coderIds[index];
    if (hidden?.[unit] && coder !== blind!.viewerId) return false;
    if (counting.mode === "coder") return coder === counting.coderId;
    if (consensus.has(coder)) return counting.mode === "consensus";
    return counting.mode === "all" || !settled.get(unit)?.has(codeIds[index]);
  };
}
