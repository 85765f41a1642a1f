import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  adjudications,
  answers,
  type CountedCodings,
  codings,
  projectSettings,
  type Role,
  roundCoders,
  rounds,
  roundUnits,
  segments,
  users,
} from "../../db/schema";

/** Who is reading: a signed-in member and their role in the project, or null for the project as a whole (CLI, packs). */
export type CodingViewer = { userId: number; role: Role } | null;

/** Roles that see every coder's work even inside a blind round they take part in. */
const SEES_THROUGH_BLIND: readonly Role[] = ["owner", "lead"];

/** Which codings analysis counts (project_settings.counted_codings), with the coder for "coder". */
export interface Counting {
  mode: CountedCodings;
  coderId: number | null;
}

/**
 * What one viewer may see of a project's codings and which of those analysis counts.
 *
 * - Blind: while a blind round is open, a coder in it who is not owner or lead sees on the round's units
 *   (a whole document, or one answer's span) only their own codings; elsewhere everything.
 * - Counting: "all" counts every person coder's codings (never the consensus coder's); "consensus" counts
 *   consensus codings, and person codings except where an adjudication of that code covers the segment;
 *   "coder" counts one coder's codings only.
 *
 * `visible` and `counted` are conditions over `codings` joined to `segments` (undefined: no restriction),
 * to be ANDed into a read's where clause; `frame` says the same for the in-memory analysis frame.
 */
export interface CodingScope {
  projectId: number;
  viewer: CodingViewer;
  counting: Counting;
  /** Open blind rounds this viewer codes in and may not see through. */
  blindRoundIds: number[];
  /** For coding views (transcript, grid): the blind rule only, every coder shown. */
  visible: SQL | undefined;
  /** For analysis (themes, retrieval, exports, quote boards): the blind rule and the counting setting. */
  counted: SQL | undefined;
  frame: FrameScope;
}

/** The same rules for the analysis frame, which filters codings it holds in memory. */
export interface FrameScope {
  /** Names the rules: equal keys give equal coded units for the same codings. */
  key: string;
  consensusCoderIds: Set<number>;
  counting: Counting;
  /** Adjudicated codes per answer id and per turn id ("consensus" counting only). */
  adjudicated: { answer: Map<number, Set<number>>; turn: Map<number, Set<number>> };
  blind: { viewerId: number; documentIds: Set<number>; answerIds: Set<number> } | null;
}

/** The ids of the consensus coder identity (users.kind = 'consensus'). */
export function consensusCoderIds(db: Db): number[] {
  return db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.kind, "consensus"))
    .all()
    .map((row) => row.id);
}

export function loadCounting(db: Db, projectId: number): Counting {
  const row = db
    .select({ mode: projectSettings.countedCodings, coderId: projectSettings.countedCoderId })
    .from(projectSettings)
    .where(eq(projectSettings.projectId, projectId))
    .get();
  // A chosen coder who has since gone (set null on delete) leaves every coder counted.
  if (!row || (row.mode === "coder" && row.coderId === null)) return { mode: "all", coderId: null };
  return { mode: row.mode, coderId: row.mode === "coder" ? row.coderId : null };
}

/** The open blind rounds of the project in which `viewer` codes and cannot see through. */
export function blindRoundsOf(db: Db, projectId: number, viewer: CodingViewer): number[] {
  if (!viewer || SEES_THROUGH_BLIND.includes(viewer.role)) return [];
  return db
    .select({ id: rounds.id })
    .from(rounds)
    .innerJoin(roundCoders, and(eq(roundCoders.roundId, rounds.id), eq(roundCoders.userId, viewer.userId)))
    .where(and(eq(rounds.projectId, projectId), eq(rounds.status, "open"), eq(rounds.mode, "blind")))
    .all()
    .map((row) => row.id)
    .sort((a, b) => a - b);
}

export function resolveCodingScope(db: Db, projectId: number, viewer: CodingViewer): CodingScope {
  const counting = loadCounting(db, projectId);
  const blindRoundIds = blindRoundsOf(db, projectId, viewer);
  const consensusIds = consensusCoderIds(db);
  const blind = blindRoundIds.length > 0 && viewer ? blindCondition(blindRoundIds, viewer.userId) : undefined;
  const count = countingCondition(projectId, counting, consensusIds);
  const counted = blind && count ? and(blind, count) : (blind ?? count);
  return {
    projectId,
    viewer,
    counting,
    blindRoundIds,
    visible: blind,
    counted,
    frame: frameScope(db, projectId, viewer, counting, blindRoundIds, consensusIds),
  };
}

/** Hides other coders' codings on the units of the given rounds (a segment counts as on an answer when it overlaps it). */
function blindCondition(roundIds: number[], viewerId: number): SQL {
  const onRoundUnit = sql`exists (select 1 from ${roundUnits} left join ${answers} on ${answers.id} = ${roundUnits.answerId}
    where ${inArray(roundUnits.roundId, roundIds)} and ${roundUnits.documentId} = ${segments.documentId}
    and (${roundUnits.answerId} is null or (${answers.startOffset} < ${segments.endOffset} and ${answers.endOffset} > ${segments.startOffset})))`;
  return sql`(${codings.coderId} = ${viewerId} or not ${onRoundUnit})`;
}

function countingCondition(projectId: number, counting: Counting, consensusIds: number[]): SQL | undefined {
  if (counting.mode === "coder") return eq(codings.coderId, counting.coderId ?? -1);
  const isConsensus = consensusIds.length > 0 ? inArray(codings.coderId, consensusIds) : sql`0`;
  if (counting.mode === "all") return consensusIds.length > 0 ? sql`not ${isConsensus}` : undefined;
  const settled = sql`exists (select 1 from ${adjudications} where ${adjudications.projectId} = ${projectId}
    and ${adjudications.codeId} = ${codings.codeId} and ${adjudications.documentId} = ${segments.documentId}
    and ${adjudications.startOffset} <= ${segments.startOffset} and ${segments.endOffset} <= ${adjudications.endOffset})`;
  return sql`(${isConsensus} or not ${settled})`;
}

function frameScope(
  db: Db,
  projectId: number,
  viewer: CodingViewer,
  counting: Counting,
  blindRoundIds: number[],
  consensusIds: number[],
): FrameScope {
  const adjudicated: FrameScope["adjudicated"] = { answer: new Map(), turn: new Map() };
  let adjudicationKey = "";
  if (counting.mode === "consensus") {
    const rows = db
      .select({
        id: adjudications.id,
        unitType: adjudications.unitType,
        unitId: adjudications.unitId,
        codeId: adjudications.codeId,
        decidedAt: adjudications.decidedAt,
      })
      .from(adjudications)
      .where(eq(adjudications.projectId, projectId))
      .all();
    let latest = 0;
    for (const row of rows) {
      const byUnit = adjudicated[row.unitType];
      byUnit.set(row.unitId, (byUnit.get(row.unitId) ?? new Set()).add(row.codeId));
      latest = Math.max(latest, row.id, row.decidedAt.getTime());
    }
    adjudicationKey = `:${rows.length}:${latest}`;
  }
  let blind: FrameScope["blind"] = null;
  if (blindRoundIds.length > 0 && viewer) {
    const units = db
      .select({ documentId: roundUnits.documentId, answerId: roundUnits.answerId })
      .from(roundUnits)
      .where(inArray(roundUnits.roundId, blindRoundIds))
      .all();
    blind = {
      viewerId: viewer.userId,
      documentIds: new Set(units.filter((unit) => unit.answerId === null).map((unit) => unit.documentId)),
      answerIds: new Set(units.flatMap((unit) => (unit.answerId === null ? [] : [unit.answerId]))),
    };
  }
  const countingKey = `${counting.mode}${counting.mode === "coder" ? `:${counting.coderId}` : adjudicationKey}`;
  const blindKey = blind ? `|blind:${blind.viewerId}:${blindRoundIds.join(",")}` : "";
  return {
    key: `${countingKey}${blindKey}`,
    consensusCoderIds: new Set(consensusIds),
    counting,
    adjudicated,
    blind,
  };
}
