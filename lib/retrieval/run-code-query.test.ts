import { eq } from "drizzle-orm";
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectSettings } from "../../db/schema";
import { AppError } from "../errors";
import { type CodeQueryOperator, evaluateInUnit, subtractRanges } from "./code-query";
import { exportSegments } from "./export-segments";
import type { RetrievalFilter } from "./retrieval-types";
import { runCodeQuery } from "./run-code-query";
import { codeText, createSearchFixture, type SearchFixture } from "./test-fixtures";

describe("range algebra inside one unit", () => {
  it("joins left to right", () => {
    const a = [{ start: 0, end: 10 }];
    const b = [{ start: 5, end: 15 }];
    const c = [{ start: 7, end: 8 }];
    const run = (operators: CodeQueryOperator[]) => evaluateInUnit([a, b, c], operators);
    expect(run(["and", "not"])).toEqual([
      { start: 5, end: 7 },
      { start: 8, end: 10 },
    ]);
    expect(run(["or", "and"])).toEqual([{ start: 7, end: 8 }]);
    expect(run(["near", "or"])).toEqual([{ start: 0, end: 15 }]);
    expect(evaluateInUnit([a, []], ["near"])).toEqual([]);
    expect(subtractRanges([{ start: 0, end: 4 }], [{ start: 0, end: 4 }])).toEqual([]);
  });
});

describe("runCodeQuery on a hand-worked set", () => {
  let fixture: SearchFixture;
  let query: (codes: number[], operators: CodeQueryOperator[], more?: Partial<RetrievalFilter>) => string[];
  const code = (documentId: number, needle: string, codeId: number, coderId = 1) =>
    codeText(fixture, documentId, needle, codeId, coderId);

  beforeEach(() => {
    fixture = createSearchFixture();
    const { transcriptId: t, question2023: q23, question2025: q25, codes: c } = fixture;
    // Workload (W), its sub-code Caseloads (C), and Pay (P); region and role in brackets.
    code(t, "My caseload 😀 is 31 children.", c.workload); // Ewa (South East, Team manager)
    code(t, "Supervision is rare!", c.caseloads);
    code(t, "Pay is not great. We need a pay rise.", c.pay); // Tom (London, Social worker)
    code(t, "We need a pay rise.", c.workload);
    code(t, "hybrid working", c.caseloads); // Ewa
    code(q23, "Lower caseloads 😀 and better pay.", c.workload); // R23-1 (London, Social worker)
    code(q23, "better pay.", c.pay);
    code(q23, "Pay.", c.pay); // R23-2 (South East, Team manager)
    code(q23, "Supervision that is regular.", c.workload);
    code(q25, "Caseloads are unmanageable.", c.workload); // R25-1 (South East, Team manager)
    code(q25, "Caseloads are unmanageable.", c.caseloads, 2);
    code(q25, "Pay rise please!", c.pay);
    code(q25, "hybrid work", c.pay); // R25-3 (South East, Service manager)
    query = (codes, operators, more = {}) =>
      runCodeQuery(fixture.db, fixture.projectId, {
        codeId: codes[0],
        joins: operators.map((operator, index) => ({ operator, codeId: codes[index + 1] })),
        ...more,
      }).rows.map((row) => row.text);
  });
  afterEach(() => fixture.db.cleanup());

  it("AND keeps the text coded with both", () => {
    const { workload: w, pay: p } = fixture.codes;
    expect(query([w, p], ["and"]).sort()).toEqual(["We need a pay rise.", "better pay."].sort());
  });

  it("OR keeps the text coded with either, one passage per stretch", () => {
    const { workload: w, pay: p } = fixture.codes;
    expect(query([w, p], ["or"]).sort()).toEqual(
      [
        "My caseload 😀 is 31 children.",
        "Pay is not great. We need a pay rise.",
        "Lower caseloads 😀 and better pay.",
        "Pay.",
        "Supervision that is regular.",
        "Caseloads are unmanageable.",
        "Pay rise please!",
        "hybrid work",
      ].sort(),
    );
  });

  it("AND NOT keeps the text of the first code the second does not cover, in either order", () => {
    const { workload: w, pay: p } = fixture.codes;
    expect(query([w, p], ["not"]).sort()).toEqual(
      [
        "My caseload 😀 is 31 children.",
        "Lower caseloads 😀 and ",
        "Supervision that is regular.",
        "Caseloads are unmanageable.",
      ].sort(),
    );
    expect(query([p, w], ["not"]).sort()).toEqual(
      ["Pay is not great. ", "Pay.", "Pay rise please!", "hybrid work"].sort(),
    );
  });

  it("NEAR keeps both codes' text in turns and answers that hold both", () => {
    const { workload: w, pay: p } = fixture.codes;
    expect(query([w, p], ["near"]).sort()).toEqual(
      [
        "Pay is not great. We need a pay rise.",
        "Lower caseloads 😀 and better pay.",
        "Pay.",
        "Supervision that is regular.",
        "Caseloads are unmanageable.",
        "Pay rise please!",
      ].sort(),
    );
  });

  it("combines operators left to right, with sub-codes when asked", () => {
    const { workload: w, pay: p, caseloads: c } = fixture.codes;
    expect(query([w, p, c], ["near", "not"])).toHaveLength(5);
    expect(query([w, p, c], ["near", "not"])).not.toContain("Caseloads are unmanageable.");
    expect(query([w, p], ["not"], { includeSubcodes: true }).sort()).toEqual(
      [
        "My caseload 😀 is 31 children.",
        "Supervision is rare!",
        "hybrid working",
        "Lower caseloads 😀 and ",
        "Supervision that is regular.",
        "Caseloads are unmanageable.",
      ].sort(),
    );
  });

  it("applies attribute, wave and coder filters, and finds nothing when nothing matches", () => {
    const { workload: w, pay: p, caseloads: c } = fixture.codes;
    const southEast = { attributes: { region: ["South East"] } };
    expect(query([w, p], ["not"], southEast).sort()).toEqual(
      ["My caseload 😀 is 31 children.", "Supervision that is regular.", "Caseloads are unmanageable."].sort(),
    );
    expect(query([w, p], ["not"], { attributes: { region: ["South East"], role: ["Team manager"] } })).toHaveLength(3);
    expect(query([w, p], ["not"], { attributes: { region: ["South East"], role: ["Service manager"] } })).toEqual([]);
    expect(query([w, p], ["not"], { waves: ["2023"] }).sort()).toEqual(
      ["Lower caseloads 😀 and ", "Supervision that is regular."].sort(),
    );
    expect(query([c, w], ["or"], { coderIds: [2] })).toEqual(["Caseloads are unmanageable."]);
    expect(query([p, c], ["and"])).toEqual([]);
  });

  it("counts only the codings the project counts, and reads them inside a caller's transaction too", () => {
    const { workload: w, caseloads: c } = fixture.codes;
    const both = query([c, w], ["or"]).length;
    fixture.db
      .update(projectSettings)
      .set({ countedCodings: "coder", countedCoderId: 2 })
      .where(eq(projectSettings.projectId, fixture.projectId))
      .run();
    expect(query([c, w], ["or"])).toEqual(["Caseloads are unmanageable."]);
    expect(both).toBeGreaterThan(1);
    const inside = fixture.db.transaction((tx) =>
      runCodeQuery(tx as unknown as typeof fixture.db, fixture.projectId, {
        codeId: c,
        joins: [{ operator: "or", codeId: w }],
      }).rows.map((row) => row.text),
    );
    expect(inside).toEqual(["Caseloads are unmanageable."]);
    expect(query([c, w], ["or"], { documentIds: [fixture.question2023] })).toEqual([]);
  });

  it("gives each passage its source, attributes, codes and coders, and names the query", () => {
    const { workload: w, pay: p, caseloads: c } = fixture.codes;
    const result = runCodeQuery(fixture.db, fixture.projectId, {
      codeId: w,
      joins: [
        { operator: "near", codeId: p },
        { operator: "or", codeId: c },
      ],
      waves: ["2025"],
    });
    expect(result.name).toBe("Workload NEAR Pay OR Caseloads");
    const unmanageable = result.rows.find((row) => row.text === "Caseloads are unmanageable.")!;
    expect(unmanageable).toMatchObject({
      documentKind: "question",
      wave: "2025",
      source: { kind: "answer", respondentExternalId: "R25-1" },
      attributes: { region: "South East", role: "Team manager", gender: "Female" },
      coders: ["Ada Coder", "Ben Coder"],
    });
    expect(unmanageable.codes.map((code) => code.name)).toEqual(["Workload", "Caseloads"]);
    const turn = result.rows.find((row) => row.source.kind === "turn" && row.text === "Supervision is rare!")!;
    expect(turn.source).toMatchObject({ speaker: "Ewa Wójcik" });
    expect(turn.attributes).toEqual({ region: "South East", role: "Team manager" });
    expect(result.unitCount).toBe(4);
  });

  it("exports the passages as CSV with each one's attributes as columns", () => {
    const { workload: w, pay: p } = fixture.codes;
    const { csv, filename, rows } = exportSegments(fixture.db, {
      projectId: fixture.projectId,
      actorId: 1,
      filter: { codeId: w, joins: [{ operator: "not", codeId: p }], attributes: { region: ["South East"] } },
    });
    expect(filename).toBe("retrieval-workload-and-not-pay.csv");
    expect(rows).toBe(3);
    const table = Papa.parse<string[]>(csv.replace(/^\uFEFF/, "").trim()).data;
    const [header, ...data] = table;
    expect(header.slice(0, 6)).toEqual(["Query", "Codes", "Document", "Kind", "Wave", "Speaker or respondent"]);
    expect(header).toEqual(expect.arrayContaining(["region", "role", "gender", "Passage"]));
    const column = (name: string) => header.indexOf(name);
    const answer = data.find((row) => row[column("Passage")] === "Caseloads are unmanageable.")!;
    expect(answer[column("Query")]).toBe("Workload AND NOT Pay");
    expect(answer[column("region")]).toBe("South East");
    expect(answer[column("role")]).toBe("Team manager");
    expect(answer[column("gender")]).toBe("Female");
    expect(answer[column("Speaker or respondent")]).toBe("R25-1");
  });

  it("refuses a code from outside the project", () => {
    expect(() => runCodeQuery(fixture.db, fixture.projectId, { codeId: 9999 })).toThrow(AppError);
    expect(() =>
      runCodeQuery(fixture.db, fixture.projectId, {
        codeId: fixture.codes.pay,
        joins: [{ operator: "and", codeId: 9999 }],
      }),
    ).toThrow("Code not found.");
  });
});
