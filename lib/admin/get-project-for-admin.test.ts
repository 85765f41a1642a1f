import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { metrics, users } from "../../db/schema";
import { AppError } from "../errors";
import { listMetricLabels } from "../metrics/list-metric-labels";
import { createProject } from "../projects/create-project";
import { setMemberRole } from "../projects/members";
import { getProjectForAdmin } from "./get-project-for-admin";

let db: ReturnType<typeof createTestDb>;
let adminId: number;

beforeEach(() => {
  db = createTestDb();
  adminId = db
    .insert(users)
    .values({ email: "admin@example.org", name: "Admin", passwordHash: "x", isAdmin: true })
    .returning()
    .get().id;
  db.insert(users).values({ email: "lead@example.org", name: "Lead", passwordHash: "x" }).run();
});

afterEach(() => {
  db.cleanup();
});

describe("an admin and a project they are not in", () => {
  it("sees a new project with no members, adds its first owner, then sees them", () => {
    const project = createProject(db, { slug: "fresh", name: "Fresh study", actorId: adminId });
    expect(getProjectForAdmin(db, "fresh")).toMatchObject({ name: "Fresh study", members: [] });
    setMemberRole(db, { projectId: project.id, userId: adminId }, { email: "lead@example.org", role: "owner" });
    expect(getProjectForAdmin(db, "fresh").members.map((m) => [m.email, m.role])).toEqual([
      ["lead@example.org", "owner"],
    ]);
  });

  it("is told a missing project is not found", () => {
    expect(() => getProjectForAdmin(db, "nowhere")).toThrow(AppError);
  });
});

describe("metric names", () => {
  it("maps each of a project's metric keys to its label, and no other project's", () => {
    const alpha = createProject(db, { slug: "alpha", name: "Alpha", actorId: adminId }).id;
    const beta = createProject(db, { slug: "beta", name: "Beta", actorId: adminId }).id;
    const metric = { kind: "mean_score" as const, scaleMin: 1, scaleMax: 5 };
    db.insert(metrics)
      .values([
        { projectId: alpha, key: "workload_manageable", label: "My workload is manageable", ...metric },
        { projectId: beta, key: "pay_fair", label: "My pay is fair", ...metric },
      ])
      .run();
    expect(listMetricLabels(db, alpha)).toEqual({ workload_manageable: "My workload is manageable" });
  });
});
