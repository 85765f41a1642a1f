import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codes, users } from "../../db/schema";
import { createProject } from "../projects/create-project";
import { exportQdc } from "./export-qdc";
import { importQdc } from "./import-qdc";
import { seedExchangeProject } from "./test-fixtures";
import { describeThirdParty, THIRD_PARTY } from "./third-party-fixtures.test-helper";
import { validateWithXmllint, xmllintAvailable } from "./validate-xml.test-helper";

let db: ReturnType<typeof createTestDb>;
beforeEach(() => {
  db = createTestDb();
});
afterEach(() => db.cleanup());

function emptyProject(slug: string) {
  const owner = db
    .insert(users)
    .values({ email: `${slug}@example.org`, name: slug, passwordHash: "x" })
    .returning({ id: users.id })
    .get().id;
  const project = createProject(db, { slug, name: slug, ownerId: owner });
  return { userId: owner, projectId: project.id, role: "owner" as const };
}

function tree(projectId: number) {
  const rows = db.select().from(codes).where(eq(codes.projectId, projectId)).orderBy(asc(codes.id)).all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const path = (row: (typeof rows)[number]): string =>
    row.parentId === null ? row.name : `${path(byId.get(row.parentId)!)} / ${row.name}`;
  return rows
    .map((row) => ({
      path: path(row),
      colour: row.colour,
      description: row.description,
      inclusion: row.inclusion,
      exclusion: row.exclusion,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

describe("REFI-QDA codebook (.qdc)", () => {
  it("exports a codebook valid against Codebook.xsd", () => {
    const seeded = seedExchangeProject(db, "qdc-valid");
    const file = exportQdc(db, { userId: seeded.owner, projectId: seeded.projectId, role: "author" });
    const xml = file.body.toString("utf8");
    expect(file.filename).toBe("exchange-qdc-valid-codebook.qdc");
    if (xmllintAvailable()) expect(validateWithXmllint(xml, "Codebook.xsd")).toBe("");
    else if (process.env.CI === "true") expect.fail("xmllint is missing");
    expect(xml.match(/<Code /g)).toHaveLength(5);
  });

  it("imports its own export into another project with the same tree, colours and notes", () => {
    const seeded = seedExchangeProject(db, "qdc-source");
    const file = exportQdc(db, { userId: seeded.owner, projectId: seeded.projectId, role: "owner" });
    const target = emptyProject("qdc-target");
    const summary = importQdc(db, target, { bytes: file.body, filename: file.filename });
    expect(summary).toMatchObject({ codes: 5, created: 5, matched: 0, nonGuidIdentifiers: 0 });
    expect(tree(target.projectId)).toEqual(tree(seeded.projectId));
    const again = importQdc(db, target, { bytes: file.body, filename: file.filename });
    expect(again).toMatchObject({ codes: 5, created: 0, matched: 5 });
  });

  it("refuses a researcher-less role and a file that is not a codebook, storing nothing", () => {
    const target = emptyProject("qdc-refuse");
    expect(() =>
      importQdc(db, { ...target, role: "lead" }, { bytes: Buffer.from("<CodeBook/>"), filename: "x.qdc" }),
    ).toThrow(/does not allow/);
    expect(() => importQdc(db, target, { bytes: Buffer.from("<Codes><Code"), filename: "x.qdc" })).toThrow(
      /not a REFI-QDA codebook|not well-formed/,
    );
    expect(db.select().from(codes).all()).toHaveLength(0);
  });
});

describeThirdParty("third-party REFI-QDA codebooks", () => {
  it("imports openqda's hand-written codebook: 44 codes on two levels, non-GUID ids mapped, padding trimmed", () => {
    const file = path.join(THIRD_PARTY, "refi-more/refi_openqda_example_codebook.qdc");
    const xml = readFileSync(file, "utf8");
    const guids = [...xml.matchAll(/<Code\s+guid="([^"]+)"\s+name="([^"]+)"/g)].map((match) => ({
      guid: match[1],
      name: match[2],
    }));
    expect(guids).toHaveLength(44);
    const target = emptyProject("qdc-openqda");
    const summary = importQdc(db, target, { bytes: readFileSync(file), filename: "example_codebook.qdc" });
    expect(summary.codes).toBe(44);
    expect(summary.nonGuidIdentifiers).toBe(44);
    expect(summary.origin).toBe("MastodonMoodBoard");
    const rows = db.select().from(codes).where(eq(codes.projectId, target.projectId)).all();
    expect(rows).toHaveLength(44);
    for (const { guid, name } of guids) {
      expect(rows.find((row) => row.id === summary.mapping[guid])?.name).toBe(name);
    }
    const top = rows.find((row) => row.id === summary.mapping.c001)!;
    expect(top.parentId).toBeNull();
    expect(top.description).toBe("All emotions with negative valence and positive arousal.");
    expect(top.colour).toBe("#e57373");
    expect(rows.find((row) => row.id === summary.mapping.c21)!.parentId).toBe(top.id);
    expect(Math.max(...rows.map((row) => (row.parentId === null ? 0 : 1)))).toBe(1);
  });
});
