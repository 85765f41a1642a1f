import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { events, projects, users } from "../../db/schema";
import { EVENT_ACTIONS, recordEvent } from "./record-event";

let db: ReturnType<typeof createTestDb>;

beforeEach(() => {
  db = createTestDb();
});

afterEach(() => {
  db.cleanup();
});

function seed() {
  const user = db
    .insert(users)
    .values({ email: "r@example.org", name: "R", passwordHash: "x" })
    .returning({ id: users.id })
    .get();
  const project = db.insert(projects).values({ slug: "p", name: "P" }).returning({ id: projects.id }).get();
  return { userId: user.id, projectId: project.id };
}

describe("recordEvent", () => {
  it("writes the actor, action, target and detail", () => {
    const { userId, projectId } = seed();
    recordEvent(db, {
      projectId,
      actorId: userId,
      action: "code.create",
      target: { type: "code", id: 7 },
      detail: { name: "Workload" },
    });
    recordEvent(db, { actorId: null, action: "user.create", target: { type: "user", id: userId } });
    const rows = db.select().from(events).all();
    expect(
      rows.map(({ projectId, userId, action, targetType, targetId, detail }) => ({
        projectId,
        userId,
        action,
        targetType,
        targetId,
        detail,
      })),
    ).toEqual([
      { projectId, userId, action: "code.create", targetType: "code", targetId: 7, detail: { name: "Workload" } },
      { projectId: null, userId: null, action: "user.create", targetType: "user", targetId: userId, detail: null },
    ]);
  });

  it("commits or rolls back with the transaction it is written in", () => {
    const { userId, projectId } = seed();
    expect(() =>
      db.transaction((tx) => {
        recordEvent(tx, { projectId, actorId: userId, action: "memo.delete", target: { type: "memo", id: 1 } });
        throw new Error("the change failed");
      }),
    ).toThrow("the change failed");
    expect(db.select().from(events).all()).toEqual([]);
  });

  it("lists each action once", () => {
    expect(new Set(EVENT_ACTIONS).size).toBe(EVENT_ACTIONS.length);
  });

  it("is the only writer of the event log in lib/ and scripts/", () => {
    const root = path.resolve(__dirname, "../..");
    const writers: string[] = [];
    const walk = (folder: string) => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          if (/\.insert\((schema\.)?events\)/.test(fs.readFileSync(full, "utf8")))
            writers.push(path.relative(root, full));
        }
      }
    };
    walk(path.join(root, "lib"));
    walk(path.join(root, "scripts"));
    expect(writers).toEqual(["lib/events/record-event.ts"]);
  });
});
