import { buildTree, type CodeTreeItem, type CodeTreeNode } from "../coding/code-tree";

export type KeyboardMove = "up" | "down" | "indent" | "outdent";

export interface MoveTarget {
  parentId: number | null;
  /** Index among the new siblings, not counting the moved code. */
  index: number;
}

function siblingLists(codes: readonly CodeTreeItem[]) {
  const lists = new Map<number | null, CodeTreeNode[]>();
  const visit = (parentId: number | null, nodes: CodeTreeNode[]) => {
    lists.set(parentId, nodes);
    for (const node of nodes) visit(node.id, node.children);
  };
  visit(null, buildTree(codes));
  return lists;
}

/**
 * Where a keyboard move (Alt+↑ ↓ → ←) takes a code: past its neighbour, under the sibling before
 * it (as its last subcode), or out to just after its parent. Codes the user cannot see (archived
 * ones, say) are stepped over. Null when there is nowhere to go.
 */
export function keyboardMoveTarget(
  codes: readonly CodeTreeItem[],
  id: number,
  move: KeyboardMove,
  isVisible: (code: CodeTreeItem) => boolean = () => true,
): MoveTarget | null {
  const code = codes.find((item) => item.id === id);
  if (!code) return null;
  const lists = siblingLists(codes);
  const siblings = lists.get(code.parentId) ?? [];
  const at = siblings.findIndex((item) => item.id === id);
  const previous = () => {
    for (let index = at - 1; index >= 0; index--) if (isVisible(siblings[index])) return index;
    return -1;
  };
  switch (move) {
    case "up": {
      const index = previous();
      return index === -1 ? null : { parentId: code.parentId, index };
    }
    case "down": {
      for (let index = at + 1; index < siblings.length; index++) {
        // Without the moved code the neighbour sits at index - 1; going after it means index.
        if (isVisible(siblings[index])) return { parentId: code.parentId, index };
      }
      return null;
    }
    case "indent": {
      const index = previous();
      if (index === -1) return null;
      const parent = siblings[index];
      return { parentId: parent.id, index: parent.children.length };
    }
    case "outdent": {
      if (code.parentId === null) return null;
      const parent = codes.find((item) => item.id === code.parentId)!;
      const parentSiblings = lists.get(parent.parentId) ?? [];
      return { parentId: parent.parentId, index: parentSiblings.findIndex((item) => item.id === parent.id) + 1 };
    }
  }
}
