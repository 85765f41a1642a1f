import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { signOutEverywhere } from "../admin/sign-out-everywhere";
import { currentSessionUser } from "../auth/current-session-user";
import { changePassword } from "./change-password";
import { createUser } from "./create-user";
import { endSessions } from "./end-sessions";
import { signIn } from "./sign-in";

describe("session versions", () => {
  let db: ReturnType<typeof createTestDb>;
  let userId: number;
  let adminId: number;
  beforeEach(async () => {
    db = createTestDb();
    userId = (await createUser(db, { email: "zofia@example.org", password: "correct horse battery" })).id;
    adminId = (await createUser(db, { email: "admin@example.org", password: "correct horse battery", isAdmin: true }))
      .id;
  });
  afterEach(() => db.cleanup());

  const versionAtSignIn = async () => (await signIn(db, "zofia@example.org", "correct horse battery"))!.sessionVersion;

  it("a token stands while its version is the user's, and not after the user's sessions end", async () => {
    const issued = await versionAtSignIn();
    expect(currentSessionUser(db, String(userId), issued)?.email).toBe("zofia@example.org");
    const next = endSessions(db, userId, "user.sign_out");
    expect(next).toBe(issued + 1);
    expect(currentSessionUser(db, String(userId), issued)).toBeNull();
    expect(currentSessionUser(db, String(userId), next)?.id).toBe(userId);
  });

  it("refuses tokens without a version, with a malformed id, or for a user who is gone", () => {
    expect(currentSessionUser(db, String(userId), undefined)).toBeNull();
    expect(currentSessionUser(db, "abc", 0)).toBeNull();
    expect(currentSessionUser(db, "-1", 0)).toBeNull();
    expect(currentSessionUser(db, "999", 0)).toBeNull();
  });

  it("a password change ends every session and hands back the version for the one that made it", async () => {
    const issued = await versionAtSignIn();
    const next = await changePassword(db, userId, "correct horse battery", "a brand new passphrase");
    expect(currentSessionUser(db, String(userId), issued)).toBeNull();
    expect(currentSessionUser(db, String(userId), next)?.mustChangePassword).toBe(false);
    // A wrong current password changes nothing, sessions included.
    await expect(changePassword(db, userId, "not it at all", "another new passphrase")).rejects.toMatchObject({
      code: "invalid_input",
    });
    expect(currentSessionUser(db, String(userId), next)).not.toBeNull();
  });

  it("guesses at the current password in a password change count like failed sign-ins", async () => {
    for (let i = 0; i < 5; i++) {
      await expect(changePassword(db, userId, `guess ${i}`, "a brand new passphrase")).rejects.toMatchObject({
        code: "invalid_input",
      });
    }
    await expect(changePassword(db, userId, "correct horse battery", "a brand new passphrase")).rejects.toMatchObject({
      code: "rate_limited",
    });
    await expect(signIn(db, "zofia@example.org", "correct horse battery")).rejects.toMatchObject({
      code: "rate_limited",
    });
  });

  it("only a site admin signs another user out everywhere, and it is logged", async () => {
    const issued = await versionAtSignIn();
    const user = currentSessionUser(db, String(userId), issued)!;
    expect(() => signOutEverywhere(db, user, adminId)).toThrow(expect.objectContaining({ code: "forbidden" }));
    const admin = currentSessionUser(db, String(adminId), 0)!;
    signOutEverywhere(db, admin, userId);
    expect(currentSessionUser(db, String(userId), issued)).toBeNull();
    expect(() => signOutEverywhere(db, admin, 999)).toThrow(expect.objectContaining({ code: "not_found" }));
    const logged = db.$client
      .prepare("select user_id, action, target_id from events where action like 'user.sign_out%'")
      .all();
    expect(logged).toEqual([{ user_id: adminId, action: "user.sign_out_everywhere", target_id: userId }]);
  });
});
