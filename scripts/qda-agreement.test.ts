import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../db/client";
import { answers, codings, roundCoders, rounds, roundUnits, segments, users } from "../db/schema";
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
      // A round over the first document's first five answers, with both coders.
      const firstSegment = db.select().from(segments).get()!;
      const roundAnswers = db
        .select()
        .from(answers)
        .where(eq(answers.documentId, firstSegment.documentId))
        .limit(5)
        .all();
      const owner = db.select().from(users).where(eq(users.email, "packs@example.org")).get()!;
      const roundId = db
        .insert(rounds)
        .values({ projectId, name: "Pilot", mode: "blind", status: "closed", unitKind: "answers", createdBy: owner.id })
        .returning()
        .get().id;
      db.insert(roundCoders)
        .values([owner.id, second.id].map((userId) => ({ roundId, userId })))
        .run();
      db.insert(roundUnits)
        .values(
          roundAnswers.map((answer, position) => ({
            roundId,
            position,
            documentId: answer.documentId,
            answerId: answer.id,
          })),
        )
        .run();
      db.$client.close();
      const run = (format: string, selection = ["--coders", "packs@example.org,second@example.org"]) =>
        execFileSync(
          process.execPath,
          [
            "--import",
            "tsx",
            path.join(__dirname, "qda.ts"),
            "agreement",
            "--project",
            "packs-fixture",
            ...selection,
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
      const round = JSON.parse(run("json", ["--round", String(roundId)]));
      expect(round.round).toBe("Pilot");
      expect(round.coders.sort()).toEqual(["packs@example.org", "second@example.org"]);
      expect(round.pooled.units).toBeLessThanOrEqual(5 * 2);
      expect(round.perCode.find((code: { name: string }) => code.name === "Workload").units).toBe(5);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
