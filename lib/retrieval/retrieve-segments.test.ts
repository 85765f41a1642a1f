import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { codes } from "../../db/schema";
import { AppError } from "../errors";
import { createProject } from "../projects/create-project";
import { listRetrievalChoices } from "./list-retrieval-choices";
import { retrieveSegments } from "./retrieve-segments";
import { neutraliseFormula, segmentsToCsv } from "./segments-csv";
import { codeText, createSearchFixture, type SearchFixture } from "./test-fixtures";

describe("retrieveSegments", () => {
  let fixture: SearchFixture;
  const code = (documentId: number, needle: string, codeId: number, coderId = 1) =>
    codeText(fixture, documentId, needle, codeId, coderId);

  beforeEach(() => {
    fixture = createSearchFixture();
    const { transcriptId, question2023, question2025, codes: c } = fixture;
    code(transcriptId, "My caseload 😀 is 31 children.", c.caseloads); // Ewa, South East team manager
    code(transcriptId, "Pay is not great.", c.workload, 2); // Tom, London social worker
    code(question2023, "Lower caseloads 😀", c.caseloads); // R23-1 London social worker
    code(question2023, "Supervision that is regular.", c.workload, 2); // R23-2 South East team manager
    code(question2025, "Caseloads are unmanageable.", c.caseloads); // R25-1 South East team manager
    code(question2025, "Caseloads are unmanageable.", c.caseloads, 2); // the same segment by a second coder
    code(question2025, "hybrid work", c.workload); // R25-3 South East service manager
    code(question2025, "Pay rise please!", c.pay); // another code entirely
  });
  afterEach(() => fixture.db.cleanup());

  it("retrieves a code alone or with its subcodes, with counts per code", () => {
    const { db, projectId, codes: c } = fixture;
    const alone = retrieveSegments(db, projectId, { codeId: c.workload });
    expect(alone.total).toBe(3);
    expect(alone.counts).toEqual([{ codeId: c.workload, name: "Workload", depth: 0, count: 3 }]);
    const withSubcodes = retrieveSegments(db, projectId, { codeId: c.workload, includeSubcodes: true });
    expect(withSubcodes.total).toBe(7);
    expect(withSubcodes.counts).toEqual([
      { codeId: c.workload, name: "Workload", depth: 0, count: 3 },
      { codeId: c.caseloads, name: "Caseloads", depth: 1, count: 4 },
    ]);
    expect(withSubcodes.rows.every((row) => row.codeId !== c.pay)).toBe(true);
  });

  it("gives each segment its source, attributes, wave, coder and context", () => {
    const { db, projectId, codes: c, transcriptId } = fixture;
    const { rows } = retrieveSegments(db, projectId, { codeId: c.caseloads });
    const turn = rows.find((row) => row.documentId === transcriptId)!;
    expect(turn).toMatchObject({
      documentTitle: "Managers focus group",
      documentKind: "transcript",
      wave: "2025",
      coderName: "Ada Coder",
      text: "My caseload 😀 is 31 children.",
      source: { kind: "turn", speaker: "Ewa Wójcik" },
      attributes: { region: "South East", role: "Team manager" },
      context: { text: "My caseload 😀 is 31 children. Supervision is rare!" },
    });
    expect(turn.context!.text.slice(turn.start - turn.context!.start, turn.end - turn.context!.start)).toBe(turn.text);
    const answer = rows.find((row) => row.source?.kind === "answer" && row.source.respondentExternalId === "R23-1")!;
    expect(answer).toMatchObject({
      wave: "2023",
      documentKind: "question",
      attributes: { region: "London", role: "Social worker" },
      context: { text: "Lower caseloads 😀 and better pay." },
    });
  });

  it("filters to South East managers, and counts follow the filters", () => {
    const { db, projectId, codes: c } = fixture;
    const result = retrieveSegments(db, projectId, {
      codeId: c.workload,
      includeSubcodes: true,
      attributes: { region: ["South East"], role: ["Team manager", "Service manager"] },
    });
    expect(result.total).toBe(5);
    for (const row of result.rows) {
      expect(row.attributes.region).toBe("South East");
      expect(["Team manager", "Service manager"]).toContain(row.attributes.role);
    }
    expect(result.counts.map((count) => count.count)).toEqual([2, 3]);
  });

  it("filters by wave, document and coder", () => {
    const { db, projectId, codes: c, question2025, transcriptId } = fixture;
    const base = { codeId: c.workload, includeSubcodes: true };
    expect(retrieveSegments(db, projectId, { ...base, waves: ["2023"] }).total).toBe(2);
    expect(retrieveSegments(db, projectId, { ...base, waves: ["2023", "2025"] }).total).toBe(7);
    expect(retrieveSegments(db, projectId, { ...base, documentIds: [question2025] }).total).toBe(3);
    expect(retrieveSegments(db, projectId, { ...base, documentIds: [question2025, transcriptId] }).total).toBe(5);
    const byBen = retrieveSegments(db, projectId, { ...base, coderIds: [2] });
    expect(byBen.rows.map((row) => row.coderName)).toEqual(["Ben Coder", "Ben Coder", "Ben Coder"]);
    expect(retrieveSegments(db, projectId, { ...base, attributes: { gender: ["Female"] } }).total).toBe(3);
  });

  it("pages the rows and fills context for the page only", () => {
    const { db, projectId, codes: c } = fixture;
    const first = retrieveSegments(db, projectId, { codeId: c.workload, includeSubcodes: true }, { pageSize: 4 });
    const second = retrieveSegments(
      db,
      projectId,
      { codeId: c.workload, includeSubcodes: true },
      { pageSize: 4, page: 2 },
    );
    expect([first.rows.length, second.rows.length, first.pageCount, second.total]).toEqual([4, 3, 2, 7]);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.codingId)).size).toBe(7);
    expect(second.rows.every((row) => row.context !== null)).toBe(true);
  });

  it("refuses a code of another project", () => {
    const other = createProject(fixture.db, { slug: "other", name: "Other" }).id;
    const foreign = fixture.db.insert(codes).values({ projectId: other, name: "Elsewhere" }).returning().get().id;
    expect(() => retrieveSegments(fixture.db, fixture.projectId, { codeId: foreign })).toThrow(AppError);
    expect(retrieveSegments(fixture.db, other, { codeId: foreign }).total).toBe(0);
  });

  it("exports the rows as CSV with attributes and neutralised formulas", () => {
    const { db, projectId, codes: c } = fixture;
    const result = retrieveSegments(db, projectId, { codeId: c.caseloads }, { all: true });
    const csv = segmentsToCsv(result.rows, ["region", "role"]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(parsed[0]).toEqual([
      "Code",
      "Document",
      "Kind",
      "Wave",
      "Speaker or respondent",
      "region",
      "role",
      "Coder",
      "Coded at",
      "Start",
      "End",
      "Segment",
      "Context",
    ]);
    expect(parsed).toHaveLength(5);
    expect(parsed.find((cells) => cells[4] === "Ewa Wójcik")).toEqual(
      expect.arrayContaining(["Caseloads", "South East", "Team manager", "My caseload 😀 is 31 children."]),
    );
    expect(neutraliseFormula("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(neutraliseFormula("-5 days")).toBe("'-5 days");
    expect(neutraliseFormula("Pay")).toBe("Pay");
  });

  it("lists the filter choices of the project", () => {
    const choices = listRetrievalChoices(fixture.db, fixture.projectId);
    expect(choices.waves).toEqual(["2023", "2025"]);
    expect(choices.attributes.map((a) => a.name)).toEqual(["region", "role", "gender"]);
    expect(choices.attributes[1].values).toEqual(["Service manager", "Social worker", "Team manager"]);
    expect(choices.coders.map((coder) => coder.name)).toEqual(["Ada Coder", "Ben Coder"]);
    expect(choices.documents).toHaveLength(3);
  });
});
