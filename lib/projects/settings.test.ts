import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { events, users } from "../../db/schema";
import { createProject } from "./create-project";
import { getProjectSettings, parseRedactionTerms, updateProjectSettings } from "./settings";

let db: ReturnType<typeof createTestDb>;
let projectId: number;
let actorId: number;

beforeEach(() => {
  db = createTestDb();
  actorId = db
    .insert(users)
    .values({ email: "owner@example.org", name: "Owner", passwordHash: "x" })
    .returning()
    .get().id;
  projectId = createProject(db, { slug: "alpha", name: "Alpha", ownerId: actorId }).id;
});

afterEach(() => {
  db.cleanup();
});

describe("project settings", () => {
  it("starts from the defaults", () => {
    expect(getProjectSettings(db, projectId)).toEqual({ suppressionThreshold: 10, quoteK: 10, redactionTerms: [] });
  });

  it("saves and reads back the settings, tidying the terms", () => {
    const saved = updateProjectSettings(
      db,
      projectId,
      {
        suppressionThreshold: 1,
        quoteK: 5,
        redactionTerms: ["  Acme  Social Work ", "acme social work", "", "Brightside"],
      },
      actorId,
    );
    expect(saved.redactionTerms).toEqual(["Acme Social Work", "Brightside"]);
    expect(getProjectSettings(db, projectId)).toEqual(saved);
    expect(db.select().from(events).where(eq(events.action, "project.update_settings")).all()).toHaveLength(1);
  });

  it.each([
    [{ suppressionThreshold: 0, quoteK: 10 }, /suppression threshold/],
    [{ suppressionThreshold: 2.5, quoteK: 10 }, /suppression threshold/],
    [{ suppressionThreshold: 10, quoteK: 4 }, /k for quote labels/],
  ])("refuses %j", (values, message) => {
    expect(() => updateProjectSettings(db, projectId, { ...values, redactionTerms: [] }, actorId)).toThrow(message);
    expect(getProjectSettings(db, projectId).quoteK).toBe(10);
  });
});

describe("parseRedactionTerms", () => {
  it("keeps one term a line, in order, without blanks or case-insensitive repeats", () => {
    expect(parseRedactionTerms("Acme\r\n\n  acme \nŚwięty Team\n")).toEqual(["Acme", "Święty Team"]);
    expect(parseRedactionTerms("   \n")).toEqual([]);
  });
});
