import { getOrCreate } from "./get-or-create";
import type { Id } from "./types";

/** One non-blank free-text answer: a respondent answered a question in a wave. */
export interface AnswerRef {
  respondentId: Id;
  waveLabel: string;
  questionId: Id;
}

/** One code applied (by any coder, on any segment) to an answer. */
export interface CodedAnswer extends AnswerRef {
  codeId: Id;
}

/** One turn of a focus-group transcript (a document). */
export interface TurnRef {
  documentId: Id;
  turnId: Id;
}

/** One code applied to a segment inside a turn. */
export interface CodedTurn extends TurnRef {
  codeId: Id;
}

export interface FocusGroupReach {
  /** Focus groups (documents) with at least one turn coded with the theme. */
  groups: number;
  /** Turns coded with the theme, each counted once however many codings it holds. */
  turns: number;
  /** All focus groups, when `allTurns` was given; otherwise `null`. */
  groupBase: number | null;
  /** All turns, when `allTurns` was given; otherwise `null`. */
  turnBase: number | null;
}

/**
 * Focus groups (documents) and turns that raised a theme (any of `codeIds`); with `allTurns`, also the
 * number of groups and turns there were (and codings on turns missing from it are ignored). A turn is
 * identified by its document and its id together.
 */
export function focusGroupReach(
  codedTurns: readonly CodedTurn[],
  codeIds: Iterable<Id>,
  allTurns?: readonly TurnRef[],
): FocusGroupReach {
  const theme = new Set(codeIds);
  let known: Map<Id, Set<Id>> | null = null;
  if (allTurns) {
    known = new Map<Id, Set<Id>>();
    for (const turn of allTurns) getOrCreate(known, turn.documentId, () => new Set<Id>()).add(turn.turnId);
  }
  const raisedTurns = new Map<Id, Set<Id>>();
  for (const coded of codedTurns) {
    if (!theme.has(coded.codeId)) continue;
    if (known && !known.get(coded.documentId)?.has(coded.turnId)) continue;
    getOrCreate(raisedTurns, coded.documentId, () => new Set<Id>()).add(coded.turnId);
  }
  return {
    groups: raisedTurns.size,
    turns: sumSizes(raisedTurns),
    groupBase: known ? known.size : null,
    turnBase: known ? sumSizes(known) : null,
  };
}

/** Total number of members across the sets of a map. */
function sumSizes(map: ReadonlyMap<Id, ReadonlySet<Id>>): number {
  let total = 0;
  for (const set of map.values()) total += set.size;
  return total;
}
