import { AppError } from "../errors";

export interface CodeTreeItem {
  id: number;
  parentId: number | null;
  name: string;
  /** Order among siblings; ties fall back to name, then id. */
  position: number;
  archived: boolean;
}

export interface CodeTreeNode extends CodeTreeItem {
  children: CodeTreeNode[];
}

/** Where a code should end up: only codes whose parent or position changes are listed. */
export interface CodePlacement {
  id: number;
  parentId: number | null;
  position: number;
}

export interface MergeCoding {
  id: number;
  segmentId: number;
  codeId: number;
  coderId: number;
}

export interface MergePlan {
  sourceId: number;
  targetId: number;
  /** Codings of the source to point at the target instead. */
  moveCodingIds: number[];
  /** Codings of the source to delete: the same coder already applied the target to that segment. */
  collapseCodingIds: number[];
  /** The source's children (appended under the target) and the siblings left behind, renumbered. */
  placements: CodePlacement[];
}

function compareSiblings(a: CodeTreeItem, b: CodeTreeItem): number {
  return a.position - b.position || a.name.localeCompare(b.name) || a.id - b.id;
}

function indexCodes(codes: readonly CodeTreeItem[]) {
  const byId = new Map<number, CodeTreeItem>();
  for (const code of codes) {
    if (byId.has(code.id)) throw new AppError("invalid_input", `The code list has code ${code.id} twice.`);
    byId.set(code.id, code);
  }
  const childrenOf = new Map<number | null, CodeTreeItem[]>();
  for (const code of codes) {
    if (code.parentId !== null && !byId.has(code.parentId)) {
      throw new AppError("invalid_input", `The parent of "${code.name}" is missing.`);
    }
    childrenOf.set(code.parentId, [...(childrenOf.get(code.parentId) ?? []), code]);
  }
  for (const siblings of childrenOf.values()) siblings.sort(compareSiblings);
  return { byId, childrenOf };
}

type CodeIndex = ReturnType<typeof indexCodes>;

function requireCode(index: CodeIndex, id: number): CodeTreeItem {
  const code = index.byId.get(id);
  if (!code) throw new AppError("not_found", `Code ${id} does not exist.`);
  return code;
}

function collectDescendants(index: CodeIndex, id: number): number[] {
  const result: number[] = [];
  const visit = (parentId: number) => {
    for (const child of index.childrenOf.get(parentId) ?? []) {
      if (child.id === id || result.includes(child.id)) {
        throw new AppError("invalid_input", "Some codes are their own ancestors.");
      }
      result.push(child.id);
      visit(child.id);
    }
  };
  visit(id);
  return result;
}

/**
 * Nests codes under their parents, siblings in order.
 * @throws AppError "invalid_input" for duplicate ids, a missing parent, or a cycle.
 */
export function buildTree(codes: readonly CodeTreeItem[]): CodeTreeNode[] {
  const index = indexCodes(codes);
  let placed = 0;
  const build = (parentId: number | null): CodeTreeNode[] =>
    (index.childrenOf.get(parentId) ?? []).map((code) => {
      placed++;
      return { ...code, children: build(code.id) };
    });
  const roots = build(null);
  if (placed !== codes.length) throw new AppError("invalid_input", "Some codes are their own ancestors.");
  return roots;
}

/** Every code below `id`, depth first, in sibling order. */
export function descendantIds(codes: readonly CodeTreeItem[], id: number): number[] {
  const index = indexCodes(codes);
  requireCode(index, id);
  return collectDescendants(index, id);
}

/** Whether `id` can go under `newParentId` (null: top level) without making a cycle. */
export function canMove(codes: readonly CodeTreeItem[], id: number, newParentId: number | null): boolean {
  const index = indexCodes(codes);
  if (!index.byId.has(id)) return false;
  if (newParentId === null) return true;
  if (!index.byId.has(newParentId) || newParentId === id) return false;
  return !collectDescendants(index, id).includes(newParentId);
}

function renumber(siblings: readonly CodeTreeItem[], parentId: number | null): CodePlacement[] {
  return siblings
    .map((code, position) => ({ id: code.id, parentId, position }))
    .filter((placement, position) => {
      const code = siblings[position];
      return code.parentId !== placement.parentId || code.position !== placement.position;
    });
}

/**
 * Moves a code (with its subcodes) under `newParentId` at `index` among its new siblings
 * (default: last), renumbering both sibling lists from 0.
 * @throws AppError "not_found" for an unknown code, "invalid_input" for a move that makes a cycle.
 */
export function moveCode(
  codes: readonly CodeTreeItem[],
  id: number,
  newParentId: number | null,
  index?: number,
): CodePlacement[] {
  const codeIndex = indexCodes(codes);
  const code = requireCode(codeIndex, id);
  if (newParentId !== null) requireCode(codeIndex, newParentId);
  if (!canMove(codes, id, newParentId)) {
    throw new AppError("invalid_input", `"${code.name}" cannot be moved inside itself or one of its subcodes.`);
  }
  const without = (parentId: number | null) =>
    (codeIndex.childrenOf.get(parentId) ?? []).filter((sibling) => sibling.id !== id);
  const destination = without(newParentId);
  const at = Math.max(0, Math.min(index ?? destination.length, destination.length));
  destination.splice(at, 0, code);
  const placements = renumber(destination, newParentId);
  if (code.parentId !== newParentId) placements.push(...renumber(without(code.parentId), code.parentId));
  return placements;
}

/**
 * Plans merging `sourceId` into `targetId`: the source's codings move to the target unless the
 * same coder already coded that segment with the target, its children move under the target,
 * and the source itself is then deleted by the caller.
 * @throws AppError "not_found" for unknown codes, "invalid_input" for merging a code into itself or its subcode.
 */
export function planMerge(
  codes: readonly CodeTreeItem[],
  sourceId: number,
  targetId: number,
  codings: readonly MergeCoding[],
): MergePlan {
  const index = indexCodes(codes);
  const source = requireCode(index, sourceId);
  const target = requireCode(index, targetId);
  if (sourceId === targetId) throw new AppError("invalid_input", `"${source.name}" cannot be merged into itself.`);
  if (collectDescendants(index, sourceId).includes(targetId)) {
    throw new AppError("invalid_input", `"${source.name}" cannot be merged into its own subcode "${target.name}".`);
  }

  const claimed = new Set<string>();
  const claimKey = (coding: MergeCoding) => `${coding.segmentId}:${coding.coderId}`;
  for (const coding of codings) if (coding.codeId === targetId) claimed.add(claimKey(coding));
  const moveCodingIds: number[] = [];
  const collapseCodingIds: number[] = [];
  for (const coding of [...codings].sort((a, b) => a.id - b.id)) {
    if (coding.codeId !== sourceId) continue;
    if (claimed.has(claimKey(coding))) {
      collapseCodingIds.push(coding.id);
    } else {
      claimed.add(claimKey(coding));
      moveCodingIds.push(coding.id);
    }
  }

  const withoutSource = (siblings: readonly CodeTreeItem[]) => siblings.filter((code) => code.id !== sourceId);
  const targetChildren = [
    ...withoutSource(index.childrenOf.get(targetId) ?? []),
    ...(index.childrenOf.get(sourceId) ?? []),
  ];
  const placements = renumber(targetChildren, targetId);
  if (source.parentId !== targetId) {
    placements.push(...renumber(withoutSource(index.childrenOf.get(source.parentId) ?? []), source.parentId));
  }
  return { sourceId, targetId, moveCodingIds, collapseCodingIds, placements };
}
