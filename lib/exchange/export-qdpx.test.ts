import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { exportQdpx } from "./export-qdpx";
import { readZipEntries } from "./read-zip-entries";
import { parseRefiXml } from "./refi-xml";
import { seedExchangeProject } from "./test-fixtures";
import { validateWithXmllint, xmllintAvailable } from "./validate-xml.test-helper";

let db: ReturnType<typeof createTestDb>;
beforeEach(() => {
  db = createTestDb();
});
afterEach(() => db.cleanup());

const xmllint = xmllintAvailable();
if (!xmllint && process.env.CI === "true") {
  it("xmllint is installed (required in CI to validate REFI-QDA exports)", () => {
    expect.fail("xmllint is missing: install libxml2-utils (.ci/run does).");
  });
}

describe("REFI-QDA project export", () => {
  it("writes a .qdpx whose project.qde is valid against Project.xsd", async () => {
    const seeded = seedExchangeProject(db, "export-valid", { withSurvey: true });
    const file = await exportQdpx(db, { userId: seeded.owner, projectId: seeded.projectId, role: "owner" });
    expect(file.filename).toBe("exchange-export-valid.qdpx");
    const entries = await readZipEntries(file.body);
    const qde = entries.get("project.qde")!.toString("utf8");
    if (xmllint) expect(validateWithXmllint(qde, "Project.xsd")).toBe("");
    const parsed = parseRefiXml(qde);
    const project = parsed.Project as Record<string, unknown>;
    expect(project["@_origin"]).toBe("Quoteline");
    expect([...entries.keys()].filter((name) => name.startsWith("sources/"))).toHaveLength(2);
  });

  it("gives the same bytes when exported twice", async () => {
    const seeded = seedExchangeProject(db, "export-twice");
    const actor = { userId: seeded.owner, projectId: seeded.projectId, role: "owner" as const };
    const first = await exportQdpx(db, actor);
    const second = await exportQdpx(db, actor);
    expect(second.qde).toBe(first.qde);
    expect(second.body.equals(first.body)).toBe(true);
  });

  it("keeps speaker labels in the source text and counts selections in code points", async () => {
    const seeded = seedExchangeProject(db, "export-labels");
    const file = await exportQdpx(db, { userId: seeded.owner, projectId: seeded.projectId, role: "owner" });
    const entries = await readZipEntries(file.body);
    const source = [...entries].find(([name]) => name.startsWith("sources/"))![1].toString("utf8");
    expect(source.startsWith("Facilitator: Welcome — what made this year hard? 😀\n\nAisha: Caseloads 📈")).toBe(true);
    expect(source).toContain("\n\n[crosstalk]\n\nAisha: Agency");
    const codePoints = [...source];
    const selections = [...file.qde.matchAll(/name="" startPosition="(\d+)" endPosition="(\d+)"/g)].map((m) =>
      codePoints.slice(Number(m[1]), Number(m[2])).join(""),
    );
    expect(selections).toContain("Caseloads 📈 went up again.\r\nAnd the duty rota");
    expect(selections).toContain("📈 went up again.\r\nAnd");
    expect(selections).toContain("🎉");
    expect(selections).toContain(
      "Supervision helps; my manager é listens. 🎉🎉\n\n[crosstalk]\n\nAisha: Agency staff leave",
    );
  });

  it("refuses a role that may not export raw text", async () => {
    const seeded = seedExchangeProject(db, "export-lead");
    await expect(exportQdpx(db, { userId: seeded.owner, projectId: seeded.projectId, role: "lead" })).rejects.toThrow(
      /does not allow/,
    );
  });
});
