import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../db/client";
import { codings, segments, users } from "../db/schema";
import { buildPackFixture } from "../lib/packs/test-fixtures";

describe("qda agreement", () => {
  it("prints unit-level figures per code as JSON and CSV", { timeout: 240_000 }, () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "qda-agreement-"));
    try {
      const databasePath = path.join(folder, "db.sqlite");
      const db = openDatabase(databasePath);
      migrateDatabase(db);
      const { projectId } = buildPackFixture(db);
      // A second coder applies the same code to every other segment the first coder coded.
      const second = db
        .insert(users)
        .values({ email: "second@example.org", name: "Second", passwordHash: "x" })
        .returning()
        .get();
      const first = db.select().from(codings).all();
      first.forEach((coding, index) => {
        if (index % 2 === 0)
          db.insert(codings)
            .values({ projectId, segmentId: coding.segmentId, codeId: coding.codeId, coderId: second.id })
            .run();
      });
      expect(db.select().from(segments).all().length).toBeGreaterThan(10);
      db.$client.close();
      const run = (format: string) =>
        execFileSync(
          process.execPath,
          [
            "--import",
            "tsx",
            path.join(__dirname, "qda.ts"),
            "agreement",
            "--project",
            "packs-fixture",
            "--coders",
            "packs@example.org,second@example.org",
            "--format",
            format,
          ],
          { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: "utf8" },
        );
      const json = JSON.parse(run("json"));
      expect(json.perCode.map((code: { name: string }) => code.name).sort()).toEqual(["Pay", "Workload"]);
      const workload = json.perCode.find((code: { name: string }) => code.name === "Workload");
      expect(workload.units).toBeGreaterThan(300);
      expect(workload.alpha).toBeGreaterThan(0);
      expect(workload.alpha).toBeLessThan(1);
      const csv = run("csv").trim().split("\n");
      expect(csv[0]).toMatch(/seed "quoteline-agreement"/);
      expect(csv).toHaveLength(5);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
