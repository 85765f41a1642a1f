import { describe, expect, it } from "vitest";
import type { CodeTreeItem } from "../coding/code-tree";
import { moveCode } from "../coding/code-tree";
import { keyboardMoveTarget } from "./keyboard-move";

// A (1)          D (4)
// ├─ B (2)       E (5, archived)
// └─ C (3)       F (6)
const CODES: CodeTreeItem[] = [
  { id: 1, parentId: null, name: "A", position: 0, archived: false },
  { id: 2, parentId: 1, name: "B", position: 0, archived: false },
  { id: 3, parentId: 1, name: "C", position: 1, archived: false },
  { id: 4, parentId: null, name: "D", position: 1, archived: false },
  { id: 5, parentId: null, name: "E", position: 2, archived: true },
  { id: 6, parentId: null, name: "F", position: 3, archived: false },
];
const visible = (code: CodeTreeItem) => !code.archived;

/** The tree after applying a keyboard move with the same moveCode the server uses. */
function treeAfter(id: number, move: Parameters<typeof keyboardMoveTarget>[2]) {
  const target = keyboardMoveTarget(CODES, id, move, visible);
  if (!target) return null;
  const placements = new Map(moveCode(CODES, id, target.parentId, target.index).map((p) => [p.id, p]));
  const moved = CODES.map((code) => ({ ...code, ...placements.get(code.id) }));
  const order = (parentId: number | null): string[] =>
    moved
      .filter((code) => code.parentId === parentId && !code.archived)
      .sort((a, b) => a.position - b.position)
      .flatMap((code) => [code.name, ...order(code.id).map((name) => `-${name}`)]);
  return order(null).join(" ");
}

describe("keyboardMoveTarget", () => {
  it("moves a code up and down past its visible neighbours", () => {
    expect(treeAfter(4, "up")).toBe("D A -B -C F");
    expect(treeAfter(4, "down")).toBe("A -B -C F D");
    expect(treeAfter(6, "up")).toBe("A -B -C F D");
    expect(treeAfter(3, "up")).toBe("A -C -B D F");
    expect(treeAfter(2, "down")).toBe("A -C -B D F");
  });

  it("stops at the ends of a sibling list", () => {
    expect(keyboardMoveTarget(CODES, 1, "up", visible)).toBeNull();
    expect(keyboardMoveTarget(CODES, 6, "down", visible)).toBeNull();
    expect(keyboardMoveTarget(CODES, 2, "up", visible)).toBeNull();
  });

  it("indents under the sibling before (as its last subcode) and outdents to just after the parent", () => {
    expect(treeAfter(4, "indent")).toBe("A -B -C -D F");
    expect(treeAfter(3, "indent")).toBe("A -B --C D F");
    expect(treeAfter(6, "indent")).toBe("A -B -C D -F");
    expect(treeAfter(2, "outdent")).toBe("A -C B D F");
    expect(keyboardMoveTarget(CODES, 1, "indent", visible)).toBeNull();
    expect(keyboardMoveTarget(CODES, 4, "outdent", visible)).toBeNull();
  });

  it("returns null for an unknown code", () => {
    expect(keyboardMoveTarget(CODES, 99, "up")).toBeNull();
  });
});
