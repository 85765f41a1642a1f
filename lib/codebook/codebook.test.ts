import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codeMetricLinks, codes, codings, events, memos, metrics, quotes } from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { AppError } from "../errors";
import type { ParsedTranscript } from "../imports/parsers/transcript/parsed-transcript";
import { storeTranscript } from "../imports/store-transcript";
import { createProject } from "../projects/create-project";
import { archiveCode, restoreCode } from "./archive-code";
import { exportCodebookCsv, importCodebookCsv, parseCodebookCsv } from "./codebook-csv";
import { createCode } from "./create-code";
import { listCodebook } from "./list-codebook";
import { mergeCodes } from "./merge-codes";
import { moveCodeInTree } from "./move-code";
import { listRecentCodeIds } from "./recent-codes";
import { updateCode } from "./update-code";

const transcript: ParsedTranscript = {
  format: "txt",
  cueCount: 2,
  speakers: ["Ewa", "Tendai"],
  warnings: [],
  turns: [
    { speaker: "Ewa", startMs: null, endMs: null, text: "My caseload 😀 is 31 children and supervision is rare." },
    { speaker: "Tendai", startMs: null, endMs: null, text: "Pay – not great, and the “Kraków” office is far." },
  ],
};

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

describe("codebook use cases", () => {
  let db: ReturnType<typeof createTestDb>;
  let projectId: number;
  let otherProjectId: number;
  let documentId: number;
  let secondDocumentId: number;
  const ANA = 1;
  const BEN = 2;

  beforeEach(() => {
    db = createTestDb();
    projectId = createProject(db, { slug: "p", name: "P" }).id;
    otherProjectId = createProject(db, { slug: "q", name: "Q" }).id;
    db.$client
      .prepare("insert into users (email, name, password_hash) values ('a@x.org','Ana','x'), ('b@x.org','Ben','x')")
      .run();
    documentId = storeTranscript(db, {
      projectId,
      userId: ANA,
      parsed: transcript,
      metadata: { title: "T1", filename: "t1.txt" },
    }).documentId;
    secondDocumentId = storeTranscript(db, {
      projectId,
      userId: ANA,
      parsed: transcript,
      metadata: { title: "T2", filename: "t2.txt" },
    }).documentId;
  });
  afterEach(() => db.cleanup());

  const names = () =>
    listCodebook(db, projectId, { includeArchived: true }).map((code) => `${"  ".repeat(code.depth)}${code.name}`);
  const code = (id: number) => db.select().from(codes).where(eq(codes.id, id)).get()!;

  describe("createCode / updateCode", () => {
    it("adds codes at the end of their siblings with a palette colour and trimmed notes", () => {
      const pay = createCode(db, projectId, ANA, { name: "  Pay   and\tremuneration ", description: " Fairness " });
      const bonus = createCode(db, projectId, ANA, { name: "Bonus", parentId: pay.id, colour: "#AABBCC" });
      const salary = createCode(db, projectId, ANA, { name: "Salaire – ś 😀", parentId: pay.id });
      expect(pay.name).toBe("Pay and remuneration");
      expect(code(pay.id).description).toBe("Fairness");
      expect(code(bonus.id).colour).toBe("#aabbcc");
      expect([code(bonus.id).position, code(salary.id).position]).toEqual([0, 1]);
      expect(pay.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(names()).toEqual(["Pay and remuneration", "  Bonus", "  Salaire – ś 😀"]);
      expect(db.select().from(events).where(eq(events.action, "code.create")).all()).toHaveLength(3);
    });

    it("refuses blank names, clashing names (ignoring case), bad colours and foreign parents", () => {
      createCode(db, projectId, ANA, { name: "Workload" });
      expectAppError(() => createCode(db, projectId, ANA, { name: "   " }), "invalid_input", /name/);
      expectAppError(
        () => createCode(db, projectId, ANA, { name: "WORKLOAD" }),
        "conflict",
        /already a code called "Workload"/,
      );
      expectAppError(() => createCode(db, projectId, ANA, { name: "X", colour: "red" }), "invalid_input", /colour/);
      const foreign = createCode(db, otherProjectId, ANA, { name: "Foreign" });
      expectAppError(() => createCode(db, projectId, ANA, { name: "Y", parentId: foreign.id }), "not_found");
      // The same name in another project is fine.
      expect(createCode(db, otherProjectId, ANA, { name: "Workload" }).id).toBeGreaterThan(0);
    });

    it("renames, recolours and rewrites notes, and refuses a rename onto another code's name", () => {
      const pay = createCode(db, projectId, ANA, { name: "Pay" });
      createCode(db, projectId, ANA, { name: "Workload" });
      updateCode(
        db,
        { projectId: projectId, userId: ANA },
        {
          codeId: pay.id,
          name: "Pay and conditions",
          colour: "#2B8A3E",
          inclusion: "Salary talk",
          exclusion: "Pensions",
        },
      );
      expect(code(pay.id)).toMatchObject({
        name: "Pay and conditions",
        colour: "#2b8a3e",
        inclusion: "Salary talk",
        exclusion: "Pensions",
      });
      updateCode(db, { projectId: projectId, userId: ANA }, { codeId: pay.id, name: "pay AND conditions" });
      expect(code(pay.id).name).toBe("pay AND conditions");
      expectAppError(
        () => updateCode(db, { projectId: projectId, userId: ANA }, { codeId: pay.id, name: "workload" }),
        "conflict",
      );
      expectAppError(
        () => updateCode(db, { projectId: otherProjectId, userId: ANA }, { codeId: pay.id, name: "Z" }),
        "not_found",
      );
    });
  });

  describe("moveCodeInTree", () => {
    it("reorders siblings, nests under another code and back out, renumbering both lists", () => {
      const a = createCode(db, projectId, ANA, { name: "A" }).id;
      const b = createCode(db, projectId, ANA, { name: "B" }).id;
      const c = createCode(db, projectId, ANA, { name: "C" }).id;
      moveCodeInTree(db, projectId, ANA, { codeId: c, parentId: null, index: 0 });
      expect(names()).toEqual(["C", "A", "B"]);
      moveCodeInTree(db, projectId, ANA, { codeId: b, parentId: a });
      expect(names()).toEqual(["C", "A", "  B"]);
      moveCodeInTree(db, projectId, ANA, { codeId: a, parentId: c });
      expect(names()).toEqual(["C", "  A", "    B"]);
      moveCodeInTree(db, projectId, ANA, { codeId: b, parentId: null, index: 1 });
      expect(names()).toEqual(["C", "  A", "B"]);
      expect(listCodebook(db, projectId).map((x) => x.position)).toEqual([0, 0, 1]);
    });

    it("refuses moving a code into its own subcode or under an archived code", () => {
      const a = createCode(db, projectId, ANA, { name: "A" }).id;
      const b = createCode(db, projectId, ANA, { name: "B", parentId: a }).id;
      const archived = createCode(db, projectId, ANA, { name: "Old" }).id;
      archiveCode(db, projectId, ANA, archived);
      expectAppError(
        () => moveCodeInTree(db, projectId, ANA, { codeId: a, parentId: b }),
        "invalid_input",
        /inside itself/,
      );
      expectAppError(
        () => moveCodeInTree(db, projectId, ANA, { codeId: b, parentId: archived }),
        "invalid_input",
        /archived/,
      );
      expect(names()).toEqual(["A", "  B", "Old"]);
    });
  });

  describe("mergeCodes", () => {
    it("moves codings to the survivor, collapses duplicates per coder, re-parents children and deletes the source", () => {
      const stress = createCode(db, projectId, ANA, { name: "Stress" }).id;
      const workload = createCode(db, projectId, ANA, { name: "Workload" }).id;
      const overtime = createCode(db, projectId, ANA, { name: "Overtime", parentId: stress }).id;
      const caseloads = createCode(db, projectId, ANA, { name: "Caseloads", parentId: workload }).id;
      const range = { start: 3, end: 17 };
      // Ana coded the same segment with both codes: hers collapse into one. Ben only used the source.
      applyCodings(db, { projectId, coderId: ANA, documentId, ranges: [range], codeIds: [stress, workload] });
      applyCodings(db, { projectId, coderId: BEN, documentId, ranges: [range], codeIds: [stress] });
      applyCodings(db, {
        projectId,
        coderId: ANA,
        documentId: secondDocumentId,
        ranges: [{ start: 0, end: 2 }],
        codeIds: [stress],
      });

      const result = mergeCodes(db, projectId, ANA, { sourceId: stress, targetId: workload });

      expect(result).toEqual({ moved: 2, collapsed: 1, children: 1 });
      expect(db.select().from(codes).where(eq(codes.id, stress)).get()).toBeUndefined();
      const left = db.select({ codeId: codings.codeId, coderId: codings.coderId }).from(codings).all();
      expect(left).toHaveLength(3);
      expect(left.every((c) => c.codeId === workload)).toBe(true);
      expect(left.filter((c) => c.coderId === ANA)).toHaveLength(2);
      expect(names()).toEqual(["Workload", "  Caseloads", "  Overtime"]);
      expect(code(overtime).parentId).toBe(workload);
      expect(code(caseloads).position).toBe(0);
      const workloadRow = listCodebook(db, projectId).find((c) => c.id === workload)!;
      expect([workloadRow.codingCount, workloadRow.documentCount]).toEqual([3, 2]);
    });

    it("carries memos, metric links and quotes across, keeping the further-reviewed quote of a segment", () => {
      const source = createCode(db, projectId, ANA, { name: "Source" }).id;
      const target = createCode(db, projectId, ANA, { name: "Target" }).id;
      const [fromSource] = applyCodings(db, {
        projectId,
        coderId: ANA,
        documentId,
        ranges: [{ start: 0, end: 11 }],
        codeIds: [source],
      });
      const [otherSegment] = applyCodings(db, {
        projectId,
        coderId: ANA,
        documentId,
        ranges: [{ start: 20, end: 30 }],
        codeIds: [source],
      });
      applyCodings(db, { projectId, coderId: ANA, documentId, ranges: [{ start: 0, end: 11 }], codeIds: [target] });
      db.insert(quotes)
        .values({
          projectId,
          segmentId: fromSource.segmentId,
          codeId: source,
          status: "approved",
          wording: "My caseload",
          proposedBy: ANA,
        })
        .run();
      db.insert(quotes)
        .values({
          projectId,
          segmentId: fromSource.segmentId,
          codeId: target,
          status: "candidate",
          wording: "My caseload",
          proposedBy: ANA,
        })
        .run();
      db.insert(quotes)
        .values({ projectId, segmentId: otherSegment.segmentId, codeId: source, wording: "x", proposedBy: ANA })
        .run();
      db.insert(memos)
        .values({ projectId, target: "code", codeId: source, authorId: ANA, body: { type: "doc" } })
        .run();
      const metric = (key: string) =>
        db
          .insert(metrics)
          .values({ projectId, key, label: key, kind: "mean_score", scaleMin: 1, scaleMax: 5 })
          .returning()
          .get().id;
      const pay = metric("pay_fair");
      const load = metric("workload_manageable");
      db.insert(codeMetricLinks)
        .values([
          { codeId: source, metricId: pay, polarity: "concern" },
          { codeId: source, metricId: load, polarity: "concern" },
          { codeId: target, metricId: load, polarity: "strength" },
        ])
        .run();

      mergeCodes(db, projectId, ANA, { sourceId: source, targetId: target });

      const quoteRows = db
        .select({ codeId: quotes.codeId, status: quotes.status, segmentId: quotes.segmentId })
        .from(quotes)
        .all();
      expect(quoteRows).toHaveLength(2);
      expect(quoteRows.every((q) => q.codeId === target)).toBe(true);
      expect(quoteRows.find((q) => q.segmentId === fromSource.segmentId)!.status).toBe("approved");
      expect(
        db
          .select()
          .from(memos)
          .all()
          .map((m) => m.codeId),
      ).toEqual([target]);
      const links = db
        .select()
        .from(codeMetricLinks)
        .all()
        .map((l) => [l.metricId, l.polarity]);
      expect(links.sort()).toEqual(
        [
          [pay, "concern"],
          [load, "strength"],
        ].sort(),
      );
    });

    it("refuses merging into itself, into a subcode, into an archived code or across projects", () => {
      const a = createCode(db, projectId, ANA, { name: "A" }).id;
      const b = createCode(db, projectId, ANA, { name: "B", parentId: a }).id;
      const old = createCode(db, projectId, ANA, { name: "Old" }).id;
      archiveCode(db, projectId, ANA, old);
      const foreign = createCode(db, otherProjectId, ANA, { name: "F" }).id;
      expectAppError(() => mergeCodes(db, projectId, ANA, { sourceId: a, targetId: a }), "invalid_input", /itself/);
      expectAppError(() => mergeCodes(db, projectId, ANA, { sourceId: a, targetId: b }), "invalid_input", /subcode/);
      expectAppError(() => mergeCodes(db, projectId, ANA, { sourceId: a, targetId: old }), "invalid_input", /archived/);
      expectAppError(() => mergeCodes(db, projectId, ANA, { sourceId: a, targetId: foreign }), "not_found");
      expect(names()).toEqual(["A", "  B", "Old"]);
    });
  });

  describe("archiveCode / restoreCode", () => {
    it("archives a code with its subcodes, keeps their codings, and restores the chain", () => {
      const a = createCode(db, projectId, ANA, { name: "A" }).id;
      const b = createCode(db, projectId, ANA, { name: "B", parentId: a }).id;
      const c = createCode(db, projectId, ANA, { name: "C", parentId: b }).id;
      applyCodings(db, { projectId, coderId: ANA, documentId, ranges: [{ start: 0, end: 2 }], codeIds: [c] });
      expect(archiveCode(db, projectId, ANA, b).sort()).toEqual([b, c].sort());
      expect(listCodebook(db, projectId).map((x) => x.name)).toEqual(["A"]);
      expect(
        listCodebook(db, projectId, { includeArchived: true })
          .filter((x) => x.archived)
          .map((x) => x.name),
      ).toEqual(["B", "C"]);
      expect(db.select().from(codings).all()).toHaveLength(1);
      archiveCode(db, projectId, ANA, a);
      expect(restoreCode(db, projectId, ANA, c).sort()).toEqual([a, b, c].sort());
      expect(listCodebook(db, projectId).map((x) => x.name)).toEqual(["A", "B", "C"]);
      expect(() =>
        applyCodings(db, { projectId, coderId: ANA, documentId, ranges: [{ start: 0, end: 2 }], codeIds: [a] }),
      ).not.toThrow();
    });
  });

  describe("listCodebook counts and recent codes", () => {
    it("counts codings and distinct documents per code, and lists a coder's recent codes newest first", () => {
      const a = createCode(db, projectId, ANA, { name: "A" }).id;
      const b = createCode(db, projectId, ANA, { name: "B" }).id;
      const c = createCode(db, projectId, ANA, { name: "C" }).id;
      applyCodings(db, {
        projectId,
        coderId: ANA,
        documentId,
        ranges: [
          { start: 0, end: 2 },
          { start: 3, end: 8 },
        ],
        codeIds: [a],
      });
      applyCodings(db, {
        projectId,
        coderId: BEN,
        documentId: secondDocumentId,
        ranges: [{ start: 0, end: 2 }],
        codeIds: [a, b],
      });
      applyCodings(db, { projectId, coderId: ANA, documentId, ranges: [{ start: 9, end: 12 }], codeIds: [c] });
      const counts = Object.fromEntries(
        listCodebook(db, projectId).map((x) => [x.name, [x.codingCount, x.documentCount]]),
      );
      expect(counts).toEqual({ A: [3, 2], B: [1, 1], C: [1, 1] });
      expect(listRecentCodeIds(db, projectId, ANA)).toEqual([c, a]);
      expect(listRecentCodeIds(db, projectId, BEN)).toEqual([b, a]);
      archiveCode(db, projectId, ANA, c);
      expect(listRecentCodeIds(db, projectId, ANA)).toEqual([a]);
    });
  });

  describe("codebook CSV", () => {
    const csv = [
      "code,parent,description,colour,linked_metrics",
      'Workload and caseloads,,"Caseload size, escalation",#d9480f,workload_manageable:concern;missing_metric:strength',
      "Protected caseloads,Workload and caseloads,Caps for NQSWs,#e8590c,workload_manageable:strength",
      'Inclusive practice,,"Kraków, ś and “quotes” 😀",#862e9c,',
      "=Formula looking,,+1 means more,#123456,",
    ].join("\n");

    beforeEach(() => {
      db.insert(metrics)
        .values({
          projectId,
          key: "workload_manageable",
          label: "Workload",
          kind: "mean_score",
          scaleMin: 1,
          scaleMax: 5,
        })
        .run();
    });

    it("imports codebook.csv's shape with parents, colours and metric links, naming unknown metrics", () => {
      const result = importCodebookCsv(db, projectId, ANA, csv);
      expect(result).toEqual({ codes: 4, unknownMetrics: ["missing_metric"] });
      const book = listCodebook(db, projectId);
      expect(book.map((c) => `${"  ".repeat(c.depth)}${c.name}`)).toEqual([
        "Workload and caseloads",
        "  Protected caseloads",
        "Inclusive practice",
        "=Formula looking",
      ]);
      expect(book[0].metricLinks).toEqual([{ metricKey: "workload_manageable", polarity: "concern" }]);
      expect(book[2].description).toBe("Kraków, ś and “quotes” 😀");
    });

    it("round-trips: export, import into a fresh project, export again gives the same file", () => {
      importCodebookCsv(db, projectId, ANA, csv);
      const protectedId = listCodebook(db, projectId).find((c) => c.name === "Protected caseloads")!.id;
      updateCode(
        db,
        { projectId: projectId, userId: ANA },
        { codeId: protectedId, inclusion: "Named caps, e.g. 18 cases", exclusion: "=not formulas" },
      );
      const hidden = createCode(db, projectId, ANA, { name: "Hidden" }).id;
      archiveCode(db, projectId, ANA, hidden);
      const exported = exportCodebookCsv(db, projectId);
      const lines = exported.trimEnd().split("\r\n");
      expect(lines[0]).toBe("code,parent,description,colour,linked_metrics,inclusion,exclusion");
      expect(lines[2]).toBe(
        'Protected caseloads,Workload and caseloads,Caps for NQSWs,#e8590c,workload_manageable:strength,"Named caps, e.g. 18 cases",\'=not formulas',
      );
      expect(lines[4].startsWith("'=Formula looking,,'+1 means more")).toBe(true);
      expect(exported).not.toContain("Hidden");

      const fresh = createProject(db, { slug: "fresh", name: "Fresh" }).id;
      db.insert(metrics)
        .values({
          projectId: fresh,
          key: "workload_manageable",
          label: "W",
          kind: "mean_score",
          scaleMin: 1,
          scaleMax: 5,
        })
        .run();
      importCodebookCsv(db, fresh, ANA, exported);
      expect(exportCodebookCsv(db, fresh)).toBe(exported);
      const parsed = parseCodebookCsv(exported);
      expect(parsed.find((r) => r.code === "Protected caseloads")).toMatchObject({
        exclusion: "=not formulas",
        inclusion: "Named caps, e.g. 18 cases",
      });
      expect(parsed.find((r) => r.code === "=Formula looking")!.description).toBe("+1 means more");
    });

    it("updates codes matched by name (ignoring case) and moves them under the file's parent", () => {
      importCodebookCsv(db, projectId, ANA, csv);
      const before = listCodebook(db, projectId).length;
      importCodebookCsv(
        db,
        projectId,
        ANA,
        "code,parent,description,colour,linked_metrics\nprotected CASELOADS,Inclusive practice,New text,#000000,\n",
      );
      const book = listCodebook(db, projectId);
      expect(book).toHaveLength(before);
      const moved = book.find((c) => c.name === "Protected caseloads")!;
      expect(moved).toMatchObject({ description: "New text", colour: "#000000", metricLinks: [] });
      expect(book.find((c) => c.id === moved.parentId)!.name).toBe("Inclusive practice");
    });

    it.each([
      ["an empty file", "", /empty/],
      ["a header only", "code,parent,description,colour,linked_metrics\n", /no codes/],
      ["a missing column", "name,parent\nA,\n", /lacks the column code/],
      [
        "a bad polarity",
        "code,parent,description,colour,linked_metrics\nA,,,#123456,x:sideways\n",
        /Line 2: linked_metrics/,
      ],
      [
        "a duplicate code",
        "code,parent,description,colour,linked_metrics\nA,,,,\na,,,,\n",
        /Line 3: the code "a" already appears on line 2/,
      ],
      [
        "an unknown parent",
        "code,parent,description,colour,linked_metrics\nA,Nowhere,,,\n",
        /parent "Nowhere" that does not exist/,
      ],
      ["a loop", "code,parent,description,colour,linked_metrics\nA,B,,,\nB,A,,,\n", /loop/],
      ["a bad colour", "code,parent,description,colour,linked_metrics\nA,,,blue,\n", /colour/],
    ])("refuses %s with a clear message and changes nothing", (_name, text, message) => {
      expectAppError(() => importCodebookCsv(db, projectId, ANA, text), "invalid_input", message);
      expect(listCodebook(db, projectId, { includeArchived: true })).toEqual([]);
    });

    it("refuses a file that would put a code under its own subcode", () => {
      importCodebookCsv(db, projectId, ANA, csv);
      expectAppError(
        () =>
          importCodebookCsv(
            db,
            projectId,
            ANA,
            "code,parent,description,colour,linked_metrics\nWorkload and caseloads,Protected caseloads,,,\n",
          ),
        "invalid_input",
        /own subcodes/,
      );
    });
  });
});
