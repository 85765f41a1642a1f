import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import {
  buildTree,
  type CodeTreeItem,
  type CodeTreeNode,
  canMove,
  descendantIds,
  type MergeCoding,
  moveCode,
  planMerge,
} from "./code-tree";

function code(id: number, parentId: number | null, name: string, position: number, archived = false): CodeTreeItem {
  return { id, parentId, name, position, archived };
}

// Pay (1)             Workload (5)      Archived (8)
// ├─ Bonus (2)        └─ Overtime (6)
// │  └─ Late bonus (4)
// └─ Salary (3)          Culture (7) is top level too, position 1
const CODES: CodeTreeItem[] = [
  code(6, 5, "Overtime", 0),
  code(4, 2, "Late bonus", 0),
  code(3, 1, "Salary", 1),
  code(8, null, "Archived", 3, true),
  code(1, null, "Pay", 0),
  code(7, null, "Culture", 1),
  code(2, 1, "Bonus", 0),
  code(5, null, "Workload", 2),
];

function shape(nodes: CodeTreeNode[]): unknown[] {
  return nodes.map((node) => (node.children.length > 0 ? [node.id, shape(node.children)] : node.id));
}

function expectAppError(run: () => unknown, code: AppError["code"], message?: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    if (message) expect((error as AppError).message).toMatch(message);
    return;
  }
  throw new Error("expected an AppError");
}

describe("buildTree", () => {
  it("nests codes under their parents in sibling order", () => {
    expect(shape(buildTree(CODES))).toEqual([[1, [[2, [4]], 3]], 7, [5, [6]], 8]);
  });

  it("keeps the codes' fields, including archived ones", () => {
    const [, , , archived] = buildTree(CODES);
    expect(archived).toEqual({ ...code(8, null, "Archived", 3, true), children: [] });
  });

  it("breaks position ties by name, then id", () => {
    const tree = buildTree([code(3, null, "beta", 0), code(1, null, "Alpha", 0), code(2, null, "Alpha", 0)]);
    expect(shape(tree)).toEqual([1, 2, 3]);
  });

  it("returns nothing for no codes", () => {
    expect(buildTree([])).toEqual([]);
  });

  it("gives the same tree for every input order", () => {
    const reference = buildTree(CODES);
    for (let shift = 1; shift < CODES.length; shift++) {
      expect(buildTree([...CODES.slice(shift), ...CODES.slice(0, shift)])).toEqual(reference);
    }
    expect(buildTree([...CODES].reverse())).toEqual(reference);
  });

  it.each([
    ["a duplicate id", [code(1, null, "A", 0), code(1, null, "B", 1)], /twice/],
    ["a missing parent", [code(1, 9, "A", 0)], /parent of "A" is missing/],
    ["a cycle", [code(1, null, "A", 0), code(2, 3, "B", 0), code(3, 2, "C", 0)], /own ancestors/],
    ["a code that is its own parent", [code(1, 1, "A", 0)], /own ancestors/],
  ])("refuses %s", (_name, codes, message) => {
    expectAppError(() => buildTree(codes), "invalid_input", message);
  });
});

describe("descendantIds", () => {
  it.each([
    [1, [2, 4, 3]],
    [2, [4]],
    [4, []],
    [5, [6]],
    [8, []],
  ])("lists the codes below %i", (id, expected) => {
    expect(descendantIds(CODES, id)).toEqual(expected);
  });

  it("refuses an unknown code", () => {
    expectAppError(() => descendantIds(CODES, 99), "not_found");
  });

  it("refuses a cycle instead of looping", () => {
    expectAppError(() => descendantIds([code(2, 3, "B", 0), code(3, 2, "C", 0)], 2), "invalid_input");
  });
});

describe("canMove", () => {
  it.each([
    [2, null, true],
    [2, 5, true],
    [4, 1, true],
    [4, 4, false],
    [1, 1, false],
    [1, 2, false],
    [1, 4, false],
    [2, 4, false],
    [6, 1, true],
    [1, 5, true],
    [99, null, false],
    [1, 99, false],
  ])("code %i under %s → %s", (id, parentId, expected) => {
    expect(canMove(CODES, id, parentId)).toBe(expected);
  });
});

describe("moveCode", () => {
  it("reorders within the same parent", () => {
    expect(moveCode(CODES, 3, 1, 0)).toEqual([
      { id: 3, parentId: 1, position: 0 },
      { id: 2, parentId: 1, position: 1 },
    ]);
  });

  it("moves to another parent, last by default, and closes the gap left behind", () => {
    expect(moveCode(CODES, 2, 5)).toEqual([
      { id: 2, parentId: 5, position: 1 },
      { id: 3, parentId: 1, position: 0 },
    ]);
  });

  it("moves to the top level at a given index", () => {
    expect(moveCode(CODES, 4, null, 1)).toEqual([
      { id: 4, parentId: null, position: 1 },
      { id: 7, parentId: null, position: 2 },
      { id: 5, parentId: null, position: 3 },
      { id: 8, parentId: null, position: 4 },
    ]);
  });

  it("clamps an index past the end", () => {
    expect(moveCode(CODES, 6, 2, 42)).toEqual([{ id: 6, parentId: 2, position: 1 }]);
  });

  it("returns nothing when the code stays where it is", () => {
    expect(moveCode(CODES, 3, 1, 1)).toEqual([]);
    expect(moveCode(CODES, 8, null)).toEqual([]);
  });

  it("renumbers siblings whose positions had gaps or ties", () => {
    const codes = [code(1, null, "A", 0), code(2, null, "B", 5), code(3, null, "C", 5)];
    expect(moveCode(codes, 1, null)).toEqual([
      { id: 2, parentId: null, position: 0 },
      { id: 3, parentId: null, position: 1 },
      { id: 1, parentId: null, position: 2 },
    ]);
  });

  it("refuses a move into its own subtree", () => {
    expectAppError(() => moveCode(CODES, 1, 4), "invalid_input", /"Pay" cannot be moved inside itself/);
    expectAppError(() => moveCode(CODES, 1, 1), "invalid_input");
  });

  it("refuses unknown codes", () => {
    expectAppError(() => moveCode(CODES, 99, null), "not_found");
    expectAppError(() => moveCode(CODES, 1, 99), "not_found");
  });
});

describe("planMerge", () => {
  function coding(id: number, segmentId: number, codeId: number, coderId: number): MergeCoding {
    return { id, segmentId, codeId, coderId };
  }

  const CODINGS = [
    coding(10, 100, 2, 1), // Bonus, segment 100, coder 1: target already has it → collapses
    coding(11, 100, 3, 1), // Salary (target) on segment 100 by coder 1
    coding(12, 100, 2, 2), // Bonus, segment 100, coder 2: target lacks it → moves
    coding(13, 101, 2, 1), // Bonus, segment 101 → moves
    coding(14, 101, 3, 2), // Salary on 101 by coder 2: other coder, no effect on 13
    coding(15, 102, 7, 1), // Culture: untouched
  ];

  it("moves codings, collapses duplicates and re-parents children (Bonus into Salary)", () => {
    expect(planMerge(CODES, 2, 3, CODINGS)).toEqual({
      sourceId: 2,
      targetId: 3,
      moveCodingIds: [12, 13],
      collapseCodingIds: [10],
      placements: [
        { id: 4, parentId: 3, position: 0 },
        { id: 3, parentId: 1, position: 0 },
      ],
    });
  });

  it("gives the same plan for every order of codings", () => {
    const reference = planMerge(CODES, 2, 3, CODINGS);
    for (let shift = 1; shift < CODINGS.length; shift++) {
      expect(planMerge(CODES, 2, 3, [...CODINGS.slice(shift), ...CODINGS.slice(0, shift)])).toEqual(reference);
    }
  });

  it("appends the source's children after the target's own", () => {
    const plan = planMerge(CODES, 1, 5, []);
    expect(plan.placements).toEqual([
      { id: 2, parentId: 5, position: 1 },
      { id: 3, parentId: 5, position: 2 },
      { id: 7, parentId: null, position: 0 },
      { id: 5, parentId: null, position: 1 },
      { id: 8, parentId: null, position: 2 },
    ]);
  });

  it("merges a child into its parent", () => {
    const plan = planMerge(CODES, 2, 1, [coding(1, 100, 2, 1), coding(2, 100, 1, 1), coding(3, 101, 2, 1)]);
    expect(plan.moveCodingIds).toEqual([3]);
    expect(plan.collapseCodingIds).toEqual([1]);
    expect(plan.placements).toEqual([
      { id: 3, parentId: 1, position: 0 },
      { id: 4, parentId: 1, position: 1 },
    ]);
  });

  it("merges into a grandparent", () => {
    expect(planMerge(CODES, 4, 1, []).placements).toEqual([]);
  });

  it("collapses a second source coding of the same segment and coder", () => {
    const plan = planMerge(CODES, 2, 3, [coding(2, 100, 2, 1), coding(1, 100, 2, 1)]);
    expect(plan.moveCodingIds).toEqual([1]);
    expect(plan.collapseCodingIds).toEqual([2]);
  });

  it("has nothing to do for a source with no codings or children", () => {
    expect(planMerge(CODES, 8, 7, CODINGS)).toEqual({
      sourceId: 8,
      targetId: 7,
      moveCodingIds: [],
      collapseCodingIds: [],
      placements: [],
    });
  });

  it.each([
    ["itself", 2, 2, /into itself/],
    ["its child", 1, 2, /its own subcode "Bonus"/],
    ["its grandchild", 1, 4, /its own subcode "Late bonus"/],
  ])("refuses merging a code into %s", (_name, sourceId, targetId, message) => {
    expectAppError(() => planMerge(CODES, sourceId, targetId, CODINGS), "invalid_input", message);
  });

  it("refuses unknown codes", () => {
    expectAppError(() => planMerge(CODES, 99, 1, []), "not_found");
    expectAppError(() => planMerge(CODES, 1, 99, []), "not_found");
  });
});
