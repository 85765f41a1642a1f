import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { backupDatabase, integrityCheck, restoreDatabase } from "./backup";
import { migrateDatabase, openDatabase } from "./client";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

const count = (db: ReturnType<typeof openDatabase>) =>
  (db.$client.prepare("select count(*) as n from events").get() as { n: number }).n;

describe("online backup and restore", () => {
  it("copies a consistent database while another process keeps writing, and restores it", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-backup-"));
    folders.push(folder);
    const live = path.join(folder, "live.sqlite");
    const db = openDatabase(live);
    migrateDatabase(db);
    const insert = db.$client.prepare("insert into events (action, detail) values ('seed', ?)");
    db.$client.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(JSON.stringify({ i, note: "Zofia Wójcik 😀 ".repeat(10) }));
    })();
    // A second process writes for the whole backup, as the app would.
    const writer = spawn(
      process.execPath,
      [
        "-e",
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(live)});d.pragma('busy_timeout=5000');
         const s=d.prepare("insert into events (action) values ('live')");const end=Date.now()+1500;
         while(Date.now()<end){d.transaction(()=>{for(let i=0;i<50;i++)s.run();})();}
         d.close();`,
      ],
      { stdio: "inherit" },
    );
    const done = new Promise((resolve) => writer.on("exit", resolve));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const copy = path.join(folder, "copy.sqlite");
    await backupDatabase(db, copy);
    await done;

    const backup = openDatabase(copy);
    expect(integrityCheck(backup)).toBe("ok");
    const backedUp = count(backup);
    backup.$client.close();
    const final = count(db);
    expect(backedUp).toBeGreaterThanOrEqual(5000);
    expect(final).toBeGreaterThan(5000);
    expect(backedUp).toBeLessThanOrEqual(final);
    expect(backedUp % 50).toBe(0); // whole transactions only: 5000 seeded + k × 50

    db.$client.prepare("delete from events").run();
    db.$client.close();
    await restoreDatabase(copy, live);
    const restored = openDatabase(live);
    expect(count(restored)).toBe(backedUp);
    expect(integrityCheck(restored)).toBe("ok");
    restored.$client.close();
  });

  it("refuses a backup file that is not a sound database", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-backup-"));
    folders.push(folder);
    const bogus = path.join(folder, "bogus.sqlite");
    fs.writeFileSync(bogus, "this is not a database");
    await expect(restoreDatabase(bogus, path.join(folder, "live.sqlite"))).rejects.toThrow();
  });
});
