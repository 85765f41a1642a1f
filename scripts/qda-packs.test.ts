import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../db/client";
import { buildPackFixture } from "../lib/packs/test-fixtures";

function qda(databasePath: string, args: string[]) {
  const output = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "qda.ts"), ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    encoding: "utf8",
  });
  return JSON.parse(output);
}

describe("qda packs", () => {
  it("writes every authority's pack, or one, and scopes a member to an authority", { timeout: 240_000 }, () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "qda-packs-"));
    try {
      const databasePath = path.join(folder, "db.sqlite");
      const db = openDatabase(databasePath);
      migrateDatabase(db);
      buildPackFixture(db);
      db.$client.close();
      const all = qda(databasePath, ["packs", "--project", "packs-fixture", "--out", path.join(folder, "all")]);
      expect(all).toMatchObject({ ok: true, packs: 7, regionOnly: ["Islington", "Medway"], files: 14 });
      expect(fs.readdirSync(path.join(folder, "all")).sort()).toContain("kent.pdf");
      const one = qda(databasePath, [
        "packs",
        "--project",
        "packs-fixture",
        "--out",
        path.join(folder, "one"),
        "--authority",
        "KCC",
      ]);
      expect(one).toMatchObject({ packs: 1, files: 2 });
      expect(fs.readdirSync(path.join(folder, "one")).sort()).toEqual(["kent.docx", "kent.pdf"]);
      qda(databasePath, ["user:create", "--email", "reader@example.org", "--password", "long-enough-password"]);
      const member = qda(databasePath, [
        "member:add",
        "--project",
        "packs-fixture",
        "--email",
        "reader@example.org",
        "--role",
        "viewer",
        "--authority",
        "Kent County Council",
      ]);
      expect(member.authorityId).toBeGreaterThan(0);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
