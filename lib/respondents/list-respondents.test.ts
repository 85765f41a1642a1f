import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { getDocumentHeader } from "../documents/get-document";
import { listDocuments } from "../documents/list-documents";
import { seedTranscriptProject } from "../participants/test-fixtures";
import { listRespondents } from "./list-respondents";
import { seedSurveyWave } from "./test-fixtures";

let db: ReturnType<typeof createTestDb>;

beforeEach(() => {
  db = createTestDb();
});

afterEach(() => {
  db.cleanup();
});

describe("listRespondents", () => {
  it("pages respondents and filters by wave", () => {
    const { projectId } = seedTranscriptProject(db, "alpha", ["Amira"]);
    const rows = Array.from({ length: 7 }, (_, i) => ({
      id: `r${i + 1}`,
      answer: i % 2 ? "Yes" : null,
      attributes: { region: "London" },
    }));
    const w2023 = seedSurveyWave(db, projectId, "2023", rows);
    seedSurveyWave(db, projectId, "2025", rows.slice(0, 2));

    const first = listRespondents(db, projectId, { page: 1, pageSize: 3 });
    expect(first).toMatchObject({ total: 9, page: 1, pageCount: 3, attributeNames: ["region"] });
    expect(first.rows.map((r) => [r.externalId, r.wave, r.answers])).toEqual([
      ["r1", "2023", 0],
      ["r2", "2023", 1],
      ["r3", "2023", 0],
    ]);
    expect(first.waves.map((w) => [w.label, w.respondents])).toEqual([
      ["2023", 7],
      ["2025", 2],
    ]);

    const last = listRespondents(db, projectId, { page: 99, pageSize: 3, waveId: w2023.waveId });
    expect(last.page).toBe(3);
    expect(last.rows.map((r) => r.externalId)).toEqual(["r7"]);
  });

  it("has one empty page for a project without respondents", () => {
    const { projectId } = seedTranscriptProject(db, "alpha", ["Amira"]);
    expect(listRespondents(db, projectId)).toMatchObject({ total: 0, page: 1, pageCount: 1, rows: [] });
  });
});

describe("documents", () => {
  it("lists documents with turn and answer counts and shows answers with respondent attributes", () => {
    const { projectId } = seedTranscriptProject(db, "alpha", ["Amira", "Ben"]);
    const { documentId } = seedSurveyWave(db, projectId, "2025", [
      { id: "r1", answer: "<script>alert(1)</script>", attributes: { region: "Leeds", role: "Social worker" } },
      { id: "r2", answer: "Zoë says 🙂" },
    ]);
    expect(listDocuments(db, projectId).map((d) => [d.kind, d.wave, d.units])).toEqual([
      ["question", "2025", 2],
      ["transcript", null, 2],
    ]);
    expect(listDocuments(db, projectId, { kind: "transcript" })).toHaveLength(1);
    expect(getDocumentHeader(db, projectId, documentId).kind).toBe("question");
  });

  it("does not find another project's document", () => {
    const alpha = seedTranscriptProject(db, "alpha", ["Amira"]);
    const beta = seedTranscriptProject(db, "beta", ["Ben"]);
    expect(() => getDocumentHeader(db, alpha.projectId, beta.documentId)).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});
