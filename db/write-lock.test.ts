import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../lib/errors";
import { BUSY_TIMEOUT_MS, createTestDb, type Db, openDatabase, waitUntilWritable } from "./client";

let db: ReturnType<typeof createTestDb>;
let other: Db;

beforeEach(() => {
  db = createTestDb();
  other = openDatabase(db.$client.name);
  // The other connection never waits: each test says when it holds the lock.
  other.$client.pragma("busy_timeout = 0");
  db.$client.exec("create table notes (id integer primary key, text text not null)");
});

afterEach(() => {
  other.$client.close();
  db.cleanup();
});

const count = (database: Db) => (database.$client.prepare("select count(*) as n from notes").get() as { n: number }).n;
const insert = (database: Db, text: string) =>
  database.$client.prepare("insert into notes (text) values (?)").run(text);

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("write transactions", () => {
  it("wait up to the busy timeout", () => {
    expect(db.$client.pragma("busy_timeout", { simple: true })).toBe(BUSY_TIMEOUT_MS);
  });

  it("take the write lock when they begin, so a read before the write can never be refused", () => {
    db.transaction(() => {
      expect(count(db)).toBe(0);
      // Another writer arriving now finds the lock taken, instead of taking it first.
      expect((caught(() => insert(other, "other")) as { code?: string }).code).toMatch(/^SQLITE_BUSY/);
      insert(db, "mine");
    });
    expect(count(db)).toBe(1);
  });

  it("refused a read-then-write transaction at once when deferred (the failure during imports)", () => {
    const error = caught(() =>
      db.transaction(
        () => {
          count(db);
          insert(other, "committed meanwhile");
          insert(db, "mine");
        },
        { behavior: "deferred" },
      ),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("busy");
    expect(count(db)).toBe(1);
  });

  it("give up with the retryable AppError 'busy' when the lock stays held, changing nothing", () => {
    db.$client.pragma("busy_timeout = 50");
    other.$client.prepare("begin immediate").run();
    try {
      const error = caught(() => db.transaction(() => insert(db, "mine")));
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("busy");
      expect((error as AppError).message).toMatch(/busy with an import; try again/);
    } finally {
      other.$client.prepare("rollback").run();
    }
    expect(count(db)).toBe(0);
  });

  it("nested transactions still work (savepoints)", () => {
    db.transaction((tx) => {
      insert(db, "outer");
      tx.transaction(() => insert(db, "inner"));
    });
    expect(count(db)).toBe(2);
  });
});

describe("waitUntilWritable", () => {
  it("waits on a timer, leaving the process free, until the other writer lets go", async () => {
    other.$client.prepare("begin immediate").run();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    setTimeout(() => other.$client.prepare("commit").run(), 150);
    try {
      await waitUntilWritable(db, 5_000);
    } finally {
      clearInterval(ticker);
    }
    expect(other.$client.inTransaction).toBe(false);
    expect(ticks).toBeGreaterThan(3);
    db.transaction(() => insert(db, "after"));
    expect(count(db)).toBe(1);
  });

  it("polls the lock once for all the actions that wait on it", async () => {
    other.$client.prepare("begin immediate").run();
    let probes = 0;
    const prepare = db.$client.prepare.bind(db.$client);
    db.$client.prepare = ((source: string) => {
      if (source === "begin immediate") probes++;
      return prepare(source);
    }) as typeof db.$client.prepare;
    setTimeout(() => other.$client.prepare("commit").run(), 300);
    await Promise.all(Array.from({ length: 50 }, () => waitUntilWritable(db, 5_000)));
    db.$client.prepare = prepare;
    // Each waiter probes once on arrival; after that one shared poll (at most every 10–100 ms).
    expect(probes).toBeGreaterThanOrEqual(51);
    expect(probes).toBeLessThan(50 + 20);
  });

  it("answers the AppError 'busy' when the lock is still held at its deadline", async () => {
    other.$client.prepare("begin immediate").run();
    try {
      await expect(waitUntilWritable(db, 100)).rejects.toMatchObject({ code: "busy" });
    } finally {
      other.$client.prepare("rollback").run();
    }
    await expect(waitUntilWritable(db, 100)).resolves.toBeUndefined();
  });
});
