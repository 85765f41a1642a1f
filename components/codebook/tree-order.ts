import { buildTree, type CodePlacement, type CodeTreeNode } from "@/lib/coding/code-tree";

export interface OrderedCode {
  id: number;
  parentId: number | null;
  name: string;
  position: number;
  archived: boolean;
}

/** Codes in tree order (depth first, siblings in order) with their depth, after placements are applied. */
export function treeOrder<T extends OrderedCode>(
  codes: readonly T[],
  placements: readonly CodePlacement[] = [],
): (T & { depth: number })[] {
  const moved = new Map(placements.map((placement) => [placement.id, placement]));
  const placed = codes.map((code) => {
    const placement = moved.get(code.id);
    return placement ? { ...code, parentId: placement.parentId, position: placement.position } : code;
  });
  const byId = new Map(placed.map((code) => [code.id, code]));
  const result: (T & { depth: number })[] = [];
  const visit = (nodes: CodeTreeNode[], depth: number) => {
    for (const node of nodes) {
      result.push({ ...byId.get(node.id)!, depth });
      visit(node.children, depth + 1);
    }
  };
  visit(buildTree(placed), 0);
  return result;
}
