import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { authorities, members, ROLES, type Role } from "../../db/schema";
import { createUser } from "../accounts/create-user";
import type { AppError } from "../errors";
import { createProject } from "../projects/create-project";
import { authoriseProject } from "./authorise-project";
import { PERMISSIONS, type Permission } from "./permissions";

// The role table of the foundation issue, written out again by hand so the code is checked against it.
const EXPECTED: Record<Permission, Role[]> = {
  manage_project: ["owner"],
  import: ["owner", "researcher"],
  read_text: ["owner", "researcher", "lead", "author"],
  code: ["owner", "researcher"],
  propose_quote: ["owner", "researcher", "lead", "author"],
  edit_quotes: ["owner", "author"],
  decide_quotes: ["owner", "lead"],
  adjudicate: ["owner", "lead"],
  manage_rounds: ["owner", "lead"],
  read_summaries: ["owner", "researcher", "lead", "author", "viewer"],
  export_raw: ["owner", "researcher"],
  make_packs: ["owner", "researcher"],
  read_pack: ["owner", "researcher", "lead", "author"],
  read_published: ["owner", "researcher", "lead", "author", "viewer"],
};

describe("authoriseProject", () => {
  let db: ReturnType<typeof createTestDb>;
  const ids = new Map<string, number>();

  beforeEach(async () => {
    db = createTestDb();
    createProject(db, { slug: "alpha", name: "Alpha" });
    createProject(db, { slug: "beta", name: "Beta" });
    for (const role of [...ROLES, "outsider"]) {
      const user = await createUser(db, { email: `${role}@example.org`, password: "long-enough-pw" });
      ids.set(role, user.id);
      if (role !== "outsider")
        db.insert(members)
          .values({ projectId: 1, userId: user.id, role: role as Role })
          .run();
    }
  });
  afterEach(() => db.cleanup());

  it("matches the role table for every permission and role", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [permission, allowed] of Object.entries(EXPECTED) as [Permission, Role[]][]) {
      for (const role of ROLES) {
        const attempt = () => authoriseProject(db, ids.get(role)!, "alpha", permission);
        if (allowed.includes(role)) expect(attempt().role).toBe(role);
        else expect(attempt).toThrow(expect.objectContaining({ code: "forbidden" }));
      }
    }
  });

  it("answers a missing project and a project the user is not in identically", () => {
    const refusal = (slug: string) => {
      try {
        authoriseProject(db, ids.get("outsider")!, slug, "read_summaries");
      } catch (error) {
        return error as AppError;
      }
      throw new Error("expected a refusal");
    };
    const missing = refusal("does-not-exist");
    const notMember = refusal("alpha");
    expect(missing.code).toBe("not_found");
    expect(notMember.code).toBe("not_found");
    expect(notMember.message).toBe(missing.message);
    // A member of alpha is not a member of beta either.
    expect(() => authoriseProject(db, ids.get("owner")!, "beta", "read_summaries")).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });

  it("holds an authority reader to their own pack, whatever their role", async () => {
    const reader = await createUser(db, { email: "reader@example.org", password: "long-enough-pw" });
    const authorityId = db
      .insert(authorities)
      .values({ projectId: 1, name: "Kent", region: "South East" })
      .returning({ id: authorities.id })
      .get().id;
    db.insert(members).values({ projectId: 1, userId: reader.id, role: "lead", authorityId }).run();
    expect(authoriseProject(db, reader.id, "alpha", "read_pack").authorityId).toBe(authorityId);
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      if (permission === "read_pack" || permission === "read_published") {
        expect(authoriseProject(db, reader.id, "alpha", permission).role).toBe("lead");
        continue;
      }
      expect(() => authoriseProject(db, reader.id, "alpha", permission)).toThrow(
        expect.objectContaining({ code: "forbidden" }),
      );
    }
    expect(authoriseProject(db, ids.get("lead")!, "alpha", "read_pack").authorityId).toBeNull();
  });
});
