import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { createUser } from "./create-user";
import { verifyPassword } from "./passwords";
import { signIn } from "./sign-in";
import { ACCOUNT_LIMIT, CLIENT_LIMIT, lockDuration } from "./sign-in-throttle";

const PASSWORD = "correct horse battery";

/** The real bcrypt check, counted. */
function countingVerify() {
  const counter = {
    checked: 0,
    verify: (password: string, hash: string) => {
      counter.checked++;
      return verifyPassword(password, hash);
    },
  };
  return counter;
}

/** A counted stand-in for bcrypt where only the count matters (it still yields, like bcrypt does). */
function countingFakeVerify() {
  const counter = {
    checked: 0,
    verify: async (password: string) => {
      counter.checked++;
      await new Promise((resolve) => setImmediate(resolve));
      return password === PASSWORD;
    },
  };
  return counter;
}

function throttleRow(db: ReturnType<typeof createTestDb>, key: string) {
  return db.$client.prepare("select failures, locked_until from login_throttles where email = ?").get(key) as
    | { failures: number; locked_until: number | null }
    | undefined;
}

describe("sign-in throttling", () => {
  let db: ReturnType<typeof createTestDb>;
  beforeEach(async () => {
    db = createTestDb();
    await createUser(db, { email: "zofia@example.org", password: PASSWORD });
  });
  afterEach(() => db.cleanup());

  it("30 parallel wrong passwords for one email check exactly 5, and refuse the rest", async () => {
    const counter = countingVerify();
    const now = Date.now();
    // Each call counts its attempt synchronously, then awaits bcrypt: all 30 are in flight together.
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => signIn(db, "zofia@example.org", `wrong ${i}`, now, counter)),
    );
    expect(counter.checked).toBe(ACCOUNT_LIMIT.freeFailures);
    expect(results.filter((r) => r.status === "fulfilled" && r.value === null)).toHaveLength(5);
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(25);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: "rate_limited" });
    expect(throttleRow(db, "zofia@example.org")).toEqual({ failures: 5, locked_until: now + 30_000 });
  });

  it("30 wrong passwords from three processes at once check exactly 5", async () => {
    const databasePath = db.$client.name;
    const goFile = path.join(path.dirname(databasePath), "go");
    const children = Array.from({ length: 3 }, () =>
      spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          path.join(__dirname, "sign-in-attempts.fixture.ts"),
          databasePath,
          "zofia@example.org",
          "10",
          goFile,
        ],
        { cwd: path.join(__dirname, "..", ".."), stdio: ["ignore", "pipe", "inherit"] },
      ),
    );
    const outputs = children.map((child) => {
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
      });
      const ready = new Promise<void>((resolve) => {
        const check = () => (out.includes("ready") ? resolve() : setTimeout(check, 5));
        check();
      });
      const done = new Promise<string>((resolve) => child.on("exit", () => resolve(out)));
      return { ready, done };
    });
    await Promise.all(outputs.map((o) => o.ready));
    fs.writeFileSync(goFile, "");
    const reports = (await Promise.all(outputs.map((o) => o.done))).map(
      (out) =>
        JSON.parse(out.trim().split("\n").at(-1) as string) as { checked: number; refused: number; wrong: number },
    );
    const sum = (key: "checked" | "refused" | "wrong") => reports.reduce((total, r) => total + r[key], 0);
    expect(sum("checked")).toBe(5);
    expect(sum("wrong")).toBe(5);
    expect(sum("refused")).toBe(25);
    expect(throttleRow(db, "zofia@example.org")?.failures).toBe(5);
  }, 60_000);

  it("does not even check the password while locked, and each lock after the fifth failure doubles", async () => {
    const counter = countingFakeVerify();
    let now = Date.now();
    for (let i = 0; i < 5; i++) expect(await signIn(db, "zofia@example.org", `wrong ${i}`, now, counter)).toBeNull();
    expect(counter.checked).toBe(5);
    await expect(signIn(db, "zofia@example.org", PASSWORD, now + 29_000, counter)).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(counter.checked).toBe(5);
    const locks: number[] = [];
    for (let failure = 6; failure <= 10; failure++) {
      now = throttleRow(db, "zofia@example.org")!.locked_until as number;
      expect(await signIn(db, "zofia@example.org", "still wrong", now, counter)).toBeNull();
      locks.push((throttleRow(db, "zofia@example.org")!.locked_until as number) - now);
      await expect(signIn(db, "zofia@example.org", PASSWORD, now + 1, counter)).rejects.toMatchObject({
        code: "rate_limited",
      });
    }
    expect(locks).toEqual([60_000, 120_000, 240_000, 480_000, 900_000]);
    expect(lockDuration(20, ACCOUNT_LIMIT)).toBe(ACCOUNT_LIMIT.maxLockMs);
    expect(counter.checked).toBe(10);
    // Once the lock passes, the right password still works and clears the count.
    now = throttleRow(db, "zofia@example.org")!.locked_until as number;
    expect((await signIn(db, "zofia@example.org", PASSWORD, now, counter))?.email).toBe("zofia@example.org");
    expect(throttleRow(db, "zofia@example.org")).toBeUndefined();
  });

  it("limits one client trying one password against many emails, without touching other clients", async () => {
    const counter = countingFakeVerify();
    const now = Date.now();
    const attacker = { ...counter, clientKey: "client:203.0.113.7" };
    for (let i = 0; i < CLIENT_LIMIT.freeFailures; i++) {
      expect(await signIn(db, `person${i}@example.org`, "Summer2026!", now + i, attacker)).toBeNull();
    }
    expect(counter.checked).toBe(CLIENT_LIMIT.freeFailures);
    // Every email is under its own limit, yet the client is locked: even a right password is not checked.
    await expect(signIn(db, "zofia@example.org", PASSWORD, now + 100, attacker)).rejects.toMatchObject({
      code: "rate_limited",
    });
    await expect(signIn(db, "someone-new@example.org", "Summer2026!", now + 100, attacker)).rejects.toMatchObject({
      code: "rate_limited",
    });
    expect(counter.checked).toBe(CLIENT_LIMIT.freeFailures);
    expect(throttleRow(db, "zofia@example.org")).toBeUndefined();
    const other = { ...counter, clientKey: "client:198.51.100.4" };
    expect((await signIn(db, "zofia@example.org", PASSWORD, now + 100, other))?.email).toBe("zofia@example.org");
    // The lock passes.
    const lockedUntil = throttleRow(db, "client:203.0.113.7")!.locked_until as number;
    expect(lockedUntil - (now + CLIENT_LIMIT.freeFailures - 1)).toBe(CLIENT_LIMIT.baseLockMs);
    expect((await signIn(db, "zofia@example.org", PASSWORD, lockedUntil, attacker))?.email).toBe("zofia@example.org");
  });

  it("30 parallel attempts from one client across 30 emails check at most the client's limit", async () => {
    const counter = countingFakeVerify();
    const now = Date.now();
    const options = { ...counter, clientKey: "client:203.0.113.8" };
    const results = await Promise.allSettled(
      Array.from({ length: CLIENT_LIMIT.freeFailures + 10 }, (_, i) =>
        signIn(db, `person${i}@example.org`, "Summer2026!", now, options),
      ),
    );
    expect(counter.checked).toBe(CLIENT_LIMIT.freeFailures);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(10);
  });

  it("never counts successful sign-ins against a client (an office behind one address)", async () => {
    const options = { ...countingFakeVerify(), clientKey: "client:192.0.2.10" };
    const now = Date.now();
    for (let i = 0; i < CLIENT_LIMIT.freeFailures + 5; i++) {
      expect((await signIn(db, "zofia@example.org", PASSWORD, now + i, options))?.email).toBe("zofia@example.org");
    }
    expect(await signIn(db, "zofia@example.org", "one typo", now + 100, options)).toBeNull();
    expect(throttleRow(db, "client:192.0.2.10")).toEqual({ failures: 1, locked_until: null });
  });

  it("forgets an email's failures after a day without one", async () => {
    const now = Date.now();
    const options = countingFakeVerify();
    for (let i = 0; i < 4; i++) await signIn(db, "zofia@example.org", `wrong ${i}`, now, options);
    expect(throttleRow(db, "zofia@example.org")?.failures).toBe(4);
    await signIn(db, "zofia@example.org", "wrong again", now + ACCOUNT_LIMIT.forgetAfterMs + 1, options);
    expect(throttleRow(db, "zofia@example.org")).toEqual({ failures: 1, locked_until: null });
  });

  it("an email-less name cannot reach a client's row", async () => {
    const options = { ...countingFakeVerify(), clientKey: "client:192.0.2.11" };
    const now = Date.now();
    for (let i = 0; i < 10; i++) expect(await signIn(db, "client:192.0.2.99", "x", now, options)).toBeNull();
    expect(throttleRow(db, "client:192.0.2.99")).toBeUndefined();
    expect(throttleRow(db, "client:192.0.2.11")?.failures).toBe(10);
  });
});
